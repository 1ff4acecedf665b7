import type { GroupUnits } from '../../../shared/domain/reports/funding-comparison';
import { escapeHtml } from '../../../shared/email/escape-html';
import {
  fundingComparisonGroupNames,
  fundingModels,
  type FundingComparisonGroupName,
  type FundingRates,
  type SummaryFundingComparison,
} from '../../../shared/schemas/funding-comparison';
import { formatCount, formatEuro, formatShare } from './display-format';
import type { Cell, Html, TableRow } from './html-parts';
import {
  bilingual,
  chartFigure,
  figureTable,
  note,
  section,
  trusted,
  valueCell,
} from './html-parts';
import type { Label } from './labels';
import { comparisonLabels, fundingLabels, uiLabels } from './labels';
import { barChart, chartColors, shareBar, type Bar } from './report-charts';
import { renderChartSvg } from './svg-chart';

/**
 * The funder summary's comparison of funding models (SPEC §6): the groups' shares under the
 * three models side by side (a table, and one small chart per group), how many carriers
 * would get more, less or about the same, and, when the page carries the groups' units, a
 * what-if form that recomputes the groups' shares in the browser. Without script the form
 * stays hidden and everything else is there.
 */

type GroupName = FundingComparisonGroupName;

const modelColors = {
  per_new_match: chartColors.muted,
  per_active_month: chartColors.primary,
  per_supported_month: chartColors.good,
} as const;

const groupHints: Partial<Record<GroupName, Label>> = {
  withMunicipalFunds: comparisonLabels.reportingHint,
  withoutMunicipalFunds: comparisonLabels.reportingHint,
};

/** The share of `group` under each model: today's (the baseline) and the two alternatives. */
function sharesOf(comparison: SummaryFundingComparison, group: GroupName) {
  const activeMonth = comparison.per_active_month.groups[group];
  const supportedMonth = comparison.per_supported_month.groups[group];
  if ('suppressed' in activeMonth || 'suppressed' in supportedMonth) return undefined;
  return {
    carriers: activeMonth.carriers,
    per_new_match: activeMonth.baselineShare,
    per_active_month: activeMonth.share,
    per_supported_month: supportedMonth.share,
  };
}

const shareCell = (figure: string, value: number | null): Cell =>
  value === null
    ? { state: 'null', figure, why: uiLabels.noData }
    : valueCell(figure, formatShare(value), value);

function sharesTable(comparison: SummaryFundingComparison): Html {
  const rows = fundingComparisonGroupNames.map((group): TableRow => {
    const shares = sharesOf(comparison, group);
    const hint = groupHints[group];
    const path = (model: string, field: string) =>
      `fundingComparison.${model}.groups.${group}.${field}`;
    const cells: Cell[] = shares
      ? [
          valueCell(
            path('per_active_month', 'carriers'),
            formatCount(shares.carriers),
            shares.carriers,
          ),
          shareCell(path('per_active_month', 'baselineShare'), shares.per_new_match),
          shareCell(path('per_active_month', 'share'), shares.per_active_month),
          shareCell(path('per_supported_month', 'share'), shares.per_supported_month),
        ]
      : [{ state: 'suppressed', figure: `fundingComparison.groups.${group}`, span: 4 }];
    return { label: comparisonLabels[group], cells, ...(hint ? { hint } : {}) };
  });
  return figureTable(
    comparisonLabels.sharesTable,
    [
      comparisonLabels.carriers,
      {
        de: `${fundingLabels.per_new_match.de} (${comparisonLabels.today.de})`,
        en: `${fundingLabels.per_new_match.en} (${comparisonLabels.today.en})`,
      },
      fundingLabels.per_active_month,
      fundingLabels.per_supported_month,
    ],
    rows,
  );
}

function movesTable(comparison: SummaryFundingComparison): Html {
  const moves = ['more', 'less', 'similar'] as const;
  const rows = moves.map((move): TableRow => ({
    label: comparisonLabels[move],
    cells: (['per_active_month', 'per_supported_month'] as const).map((model): Cell => {
      const counts = comparison[model].versusBaseline;
      const value = counts[move];
      const figure = `fundingComparison.${model}.versusBaseline.${move}`;
      return value === null
        ? { state: 'suppressed', figure }
        : valueCell(figure, formatCount(value), value);
    }),
  }));
  return figureTable(
    comparisonLabels.movesTable,
    [fundingLabels.per_active_month, fundingLabels.per_supported_month],
    rows,
  );
}

/**
 * A wide table scrolls sideways on a phone instead of widening the page; focusable, so it can
 * be scrolled by keyboard too.
 */
const scrollable = (table: Html, label: Label): Html =>
  trusted(
    `<div class="table-scroll" role="region" tabindex="0" aria-label="${escapeHtml(label.de)}">${table.html}</div>`,
  );

/** One small chart per group: its share of the funding under each of the three models. */
async function groupChart(comparison: SummaryFundingComparison, group: GroupName): Promise<Html> {
  const shares = sharesOf(comparison, group);
  if (!shares) {
    return trusted(
      `<figure class="chart"><figcaption>${bilingual(comparisonLabels[group]).html}</figcaption><p class="note">${bilingual(uiLabels.suppressed).html}</p></figure>`,
    );
  }
  const bars: Bar[] = fundingModels.map((model) =>
    shareBar(
      model === 'per_new_match'
        ? {
            de: `${fundingLabels[model].de} (${comparisonLabels.today.de})`,
            en: `${fundingLabels[model].en} (${comparisonLabels.today.en})`,
          }
        : fundingLabels[model],
      shares[model],
      modelColors[model],
      uiLabels.noData,
    ),
  );
  const svg = await renderChartSvg(
    barChart(bars, {
      description: `${comparisonLabels.chart.de}: ${comparisonLabels[group].de}`,
      domainMax: 1,
      axisFormat: '.0%',
    }),
    `comparison-${group}`,
  );
  return chartFigure(
    {
      de: `${comparisonLabels[group].de}: ${comparisonLabels.chart.de}`,
      en: `${comparisonLabels[group].en}: ${comparisonLabels.chart.en}`,
    },
    svg,
  );
}

/** "Pro neuem Tandem" inside a sentence: "pro neuem Tandem" (German nouns keep their capital). */
const inSentence = (label: Label): Label => ({
  de: label.de.replace(/^Pro /, 'pro '),
  en: label.en.replace(/^Per /, 'per '),
});

const ratesNote = (rates: FundingRates): Html => {
  const part = (model: (typeof fundingModels)[number], language: 'de' | 'en') =>
    `${formatEuro(rates[model])} ${inSentence(fundingLabels[model])[language]}`;
  return note(
    {
      de: `${comparisonLabels.rates.de}: ${part('per_new_match', 'de')} (${comparisonLabels.today.de}), ${part('per_active_month', 'de')}, ${part('per_supported_month', 'de')}.`,
      en: `${comparisonLabels.rates.en}: ${part('per_new_match', 'en')} (${comparisonLabels.today.en}), ${part('per_active_month', 'en')}, ${part('per_supported_month', 'en')}.`,
    },
    'table-note',
  );
};

/** JSON inside a `<script type="application/json">`: `<` escaped so it cannot end the element. */
const dataBlock = (id: string, value: unknown): string =>
  `<script type="application/json" id="${id}">${JSON.stringify(value).replaceAll('<', '\\u003c')}</script>`;

/** The what-if form: hidden until its script runs, so without script nothing half-works. */
function whatIfForm(rates: FundingRates, units: GroupUnits): Html {
  const input = (model: (typeof fundingModels)[number]) =>
    `<p class="what-if-rate"><label for="what-if-${model}">${bilingual(fundingLabels[model]).html}</label><input id="what-if-${model}" name="${model}" type="text" inputmode="decimal" autocomplete="off" size="8" value="${escapeHtml(String(rates[model]))}"> €</p>`;
  const rows = fundingComparisonGroupNames
    .map((group) => {
      const label = `<th scope="row">${bilingual(comparisonLabels[group]).html}</th>`;
      if (!units[group]) {
        return `<tr>${label}<td class="value suppressed" colspan="3"><span class="dash" aria-hidden="true">–</span><span class="note">${bilingual(uiLabels.suppressed).html}</span></td></tr>`;
      }
      return `<tr data-group="${group}">${label}<td class="value" data-what-if="amount">–</td><td class="value" data-what-if="share">–</td><td class="value" data-what-if="baselineShare">–</td></tr>`;
    })
    .join('\n');
  const head = [
    comparisonLabels.group,
    comparisonLabels.amount,
    comparisonLabels.yourShare,
    comparisonLabels.baselineShare,
  ]
    .map(
      (column, index) =>
        `<th scope="col"${index > 0 ? ' class="value"' : ''}>${bilingual(column).html}</th>`,
    )
    .join('');
  const baselineRates = { ...rates, per_active_month: 0, per_supported_month: 0 };
  const roundedUnits = Object.fromEntries(
    Object.entries(units).map(([group, groupUnits]) => [
      group,
      Object.fromEntries(
        Object.entries(groupUnits).map(([model, value]) => [
          model,
          Math.round(value * 10_000) / 10_000,
        ]),
      ),
    ]),
  );
  return trusted(
    `<form id="funding-what-if" class="what-if" hidden>
<h3>${bilingual(comparisonLabels.whatIf).html}</h3>
<p class="hint">${bilingual(comparisonLabels.whatIfIntro).html}</p>
<fieldset><legend class="visually-hidden">${bilingual(comparisonLabels.whatIf).html}</legend>${fundingModels.map(input).join('')}</fieldset>
<p class="note-block" data-what-if="status" role="status" hidden>${bilingual(comparisonLabels.whatIfInvalid).html}</p>
<div class="table-scroll" role="region" tabindex="0" aria-label="${escapeHtml(comparisonLabels.whatIfTable.de)}"><table aria-live="polite"><caption>${bilingual(comparisonLabels.whatIfTable).html}</caption><thead><tr>${head}</tr></thead><tbody>
${rows}
</tbody></table></div>
<p class="table-note">${bilingual(comparisonLabels.whatIfNoCounts).html}</p>
${dataBlock('funding-what-if-data', { baselineRates, groups: roundedUnits })}
</form>`,
  );
}

/** What the page knows beyond the summary: the funder's rates and the groups' units. */
export interface ComparisonInputs {
  readonly rates: FundingRates;
  /** Left out, the page has no what-if form (and no script). */
  readonly units?: GroupUnits;
}

export async function fundingComparisonSection(
  comparison: SummaryFundingComparison,
  inputs?: ComparisonInputs,
): Promise<Html> {
  const charts = await Promise.all(
    fundingComparisonGroupNames
      .filter((group) => group !== 'all')
      .map((group) => groupChart(comparison, group)),
  );
  const anySuppressed =
    fundingComparisonGroupNames.some((group) => !sharesOf(comparison, group)) ||
    (['per_active_month', 'per_supported_month'] as const).some(
      (model) => comparison[model].versusBaseline.suppressed,
    );
  // The shares table has four value columns, so it takes the whole width; the charts follow
  // in a grid, two side by side from tablet width.
  return section('funding-comparison', comparisonLabels.section, [
    note(comparisonLabels.intro, 'hint'),
    scrollable(sharesTable(comparison), comparisonLabels.sharesTable),
    ...(inputs ? [ratesNote(inputs.rates)] : []),
    trusted(`<div class="chart-grid">${charts.map((chart) => chart.html).join('\n')}</div>`),
    scrollable(movesTable(comparison), comparisonLabels.movesTable),
    ...(anySuppressed ? [note(uiLabels.suppressedNote)] : []),
    ...(inputs?.units ? [whatIfForm(inputs.rates, inputs.units)] : []),
  ]);
}
