import type { GroupUnits } from '../../../shared/domain/reports/funding-comparison';
import type { Language } from '../../../shared/i18n/languages';
import { escapeHtml } from '../../../shared/email/escape-html';
import type {
  FundingComparisonGroupName,
  FundingRates,
  SummaryFundingComparison,
} from '../../../shared/schemas/funding-comparison';
import {
  fundingComparisonGroupNames,
  fundingModels,
} from '../../../shared/schemas/funding-comparison-names';
import { formatCount, formatEuro, formatShare } from './display-format';
import type { Cell, Html, TableRow } from './html-parts';
import {
  localized,
  chartFigure,
  figureTable,
  note,
  section,
  trusted,
  valueCell,
} from './html-parts';
import type { Label } from './labels';
import { combinedLabel, comparisonLabels, fundingLabels, uiLabels, wordingOf } from './labels';
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

const shareCell = (language: Language, figure: string, value: number | null): Cell =>
  value === null
    ? { state: 'null', figure, why: uiLabels.noData }
    : valueCell(figure, formatShare(language, value), value);

function sharesTable(language: Language, comparison: SummaryFundingComparison): Html {
  const rows = fundingComparisonGroupNames.map((group): TableRow => {
    const shares = sharesOf(comparison, group);
    const hint = groupHints[group];
    const path = (model: string, field: string) =>
      `fundingComparison.${model}.groups.${group}.${field}`;
    const cells: Cell[] = shares
      ? [
          valueCell(
            path('per_active_month', 'carriers'),
            formatCount(language, shares.carriers),
            shares.carriers,
          ),
          shareCell(language, path('per_active_month', 'baselineShare'), shares.per_new_match),
          shareCell(language, path('per_active_month', 'share'), shares.per_active_month),
          shareCell(language, path('per_supported_month', 'share'), shares.per_supported_month),
        ]
      : [{ state: 'suppressed', figure: `fundingComparison.groups.${group}`, span: 4 }];
    return { label: comparisonLabels[group], cells, ...(hint ? { hint } : {}) };
  });
  return figureTable(
    language,
    comparisonLabels.sharesTable,
    [
      comparisonLabels.carriers,
      withToday(fundingLabels.per_new_match),
      fundingLabels.per_active_month,
      fundingLabels.per_supported_month,
    ],
    rows,
  );
}

function movesTable(language: Language, comparison: SummaryFundingComparison): Html {
  const moves = ['more', 'less', 'similar'] as const;
  const rows = moves.map((move): TableRow => ({
    label: comparisonLabels[move],
    cells: (['per_active_month', 'per_supported_month'] as const).map((model): Cell => {
      const counts = comparison[model].versusBaseline;
      const value = counts[move];
      const figure = `fundingComparison.${model}.versusBaseline.${move}`;
      return value === null
        ? { state: 'suppressed', figure }
        : valueCell(figure, formatCount(language, value), value);
    }),
  }));
  return figureTable(
    language,
    comparisonLabels.movesTable,
    [fundingLabels.per_active_month, fundingLabels.per_supported_month],
    rows,
  );
}

/**
 * A wide table scrolls sideways on a phone instead of widening the page; focusable, so it can
 * be scrolled by keyboard too.
 */
const scrollable = (language: Language, table: Html, label: Label): Html =>
  trusted(
    `<div class="table-scroll" role="region" tabindex="0" aria-label="${escapeHtml(wordingOf(label, language))}">${table.html}</div>`,
  );

/** One small chart per group: its share of the funding under each of the three models. */
async function groupChart(
  language: Language,
  comparison: SummaryFundingComparison,
  group: GroupName,
): Promise<Html> {
  const shares = sharesOf(comparison, group);
  if (!shares) {
    return trusted(
      `<figure class="chart"><figcaption>${localized(comparisonLabels[group], language).html}</figcaption><p class="note">${localized(uiLabels.suppressed, language).html}</p></figure>`,
    );
  }
  const bars: Bar[] = fundingModels.map((model) =>
    shareBar(
      language,
      model === 'per_new_match' ? withToday(fundingLabels[model]) : fundingLabels[model],
      shares[model],
      modelColors[model],
      uiLabels.noData,
    ),
  );
  const svg = await renderChartSvg(
    barChart(bars, {
      language,
      description: `${wordingOf(comparisonLabels.chart, language)}: ${wordingOf(comparisonLabels[group], language)}`,
      domainMax: 1,
      axisFormat: '.0%',
    }),
    `comparison-${group}`,
  );
  return chartFigure(
    language,
    combinedLabel(
      (groupName, chart) => `${groupName}: ${chart}`,
      comparisonLabels[group],
      comparisonLabels.chart,
    ),
    svg,
  );
}

/** A model's name with "(today)" after it: the baseline, today's practice. */
const withToday = (label: Label): Label =>
  combinedLabel((model, today) => `${model} (${today})`, label, comparisonLabels.today);

/**
 * A model's name inside a sentence: "pro neuem Tandem", "yeni tandem başına" (its first letter
 * small, but German nouns keep their capital).
 */
const inSentence = (wording: string, language: Language): string =>
  language === 'de'
    ? wording.replace(/^Pro /, 'pro ')
    : `${wording.charAt(0).toLocaleLowerCase(language)}${wording.slice(1)}`;

const ratesNote = (language: Language, rates: FundingRates): Html => {
  const part = (model: (typeof fundingModels)[number]) =>
    `${formatEuro(language, rates[model])} ${inSentence(wordingOf(fundingLabels[model], language), language)}`;
  const today = wordingOf(comparisonLabels.today, language);
  return trusted(
    `<p class="table-note">${escapeHtml(
      `${wordingOf(comparisonLabels.rates, language)}: ${part('per_new_match')} (${today}), ${part('per_active_month')}, ${part('per_supported_month')}.`,
    )}</p>`,
  );
};

/** JSON inside a `<script type="application/json">`: `<` escaped so it cannot end the element. */
const dataBlock = (id: string, value: unknown): string =>
  `<script type="application/json" id="${id}">${JSON.stringify(value).replaceAll('<', '\\u003c')}</script>`;

/** The what-if form: hidden until its script runs, so without script nothing half-works. */
function whatIfForm(language: Language, rates: FundingRates, units: GroupUnits): Html {
  const input = (model: (typeof fundingModels)[number]) =>
    `<p class="what-if-rate"><label for="what-if-${model}">${localized(fundingLabels[model], language).html}</label><input id="what-if-${model}" name="${model}" type="text" inputmode="decimal" autocomplete="off" size="8" value="${escapeHtml(String(rates[model]))}"> €</p>`;
  const rows = fundingComparisonGroupNames
    .map((group) => {
      const label = `<th scope="row">${localized(comparisonLabels[group], language).html}</th>`;
      if (!units[group]) {
        return `<tr>${label}<td class="value suppressed" colspan="3"><span class="dash" aria-hidden="true">–</span><span class="note">${localized(uiLabels.suppressed, language).html}</span></td></tr>`;
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
        `<th scope="col"${index > 0 ? ' class="value"' : ''}>${localized(column, language).html}</th>`,
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
<h3>${localized(comparisonLabels.whatIf, language).html}</h3>
<p class="hint">${localized(comparisonLabels.whatIfIntro, language).html}</p>
<fieldset><legend class="visually-hidden">${localized(comparisonLabels.whatIf, language).html}</legend>${fundingModels.map(input).join('')}</fieldset>
<p class="note-block" data-what-if="status" role="status" hidden>${localized(comparisonLabels.whatIfInvalid, language).html}</p>
<div class="table-scroll" role="region" tabindex="0" aria-label="${escapeHtml(wordingOf(comparisonLabels.whatIfTable, language))}"><table aria-live="polite"><caption>${localized(comparisonLabels.whatIfTable, language).html}</caption><thead><tr>${head}</tr></thead><tbody>
${rows}
</tbody></table></div>
<p class="table-note">${localized(comparisonLabels.whatIfNoCounts, language).html}</p>
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
  inputs: ComparisonInputs | undefined,
  language: Language,
): Promise<Html> {
  const charts = await Promise.all(
    fundingComparisonGroupNames
      .filter((group) => group !== 'all')
      .map((group) => groupChart(language, comparison, group)),
  );
  const anySuppressed =
    fundingComparisonGroupNames.some((group) => !sharesOf(comparison, group)) ||
    (['per_active_month', 'per_supported_month'] as const).some(
      (model) => comparison[model].versusBaseline.suppressed,
    );
  // The shares table has four value columns, so it takes the whole width; the charts follow
  // in a grid, two side by side from tablet width.
  return section(language, 'funding-comparison', comparisonLabels.section, [
    note(language, comparisonLabels.intro, 'hint'),
    scrollable(language, sharesTable(language, comparison), comparisonLabels.sharesTable),
    ...(inputs ? [ratesNote(language, inputs.rates)] : []),
    trusted(`<div class="chart-grid">${charts.map((chart) => chart.html).join('\n')}</div>`),
    scrollable(language, movesTable(language, comparison), comparisonLabels.movesTable),
    ...(anySuppressed ? [note(language, uiLabels.suppressedNote)] : []),
    ...(inputs?.units ? [whatIfForm(language, inputs.rates, inputs.units)] : []),
  ]);
}
