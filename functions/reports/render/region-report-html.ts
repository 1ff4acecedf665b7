import type { Language } from '../../../shared/i18n/languages';
import type { GivenRegionReport } from '../../../shared/schemas/region-report';
import { formatCount, formatDays, formatShare } from './display-format';
import type { Cell, Html, TableRow } from './html-parts';
import { chartFigure, columns, figureTable, note, section, valueCell } from './html-parts';
import { reportPage, type ReportContext } from './html-page';
import type { Label } from './labels';
import { checkInLabels, combinedLabel, matchLabels, uiLabels, wordingOf } from './labels';
import { regionCoFundingSection } from './region-co-funding';
import { levelLabelOf, regionLabels } from './region-labels';
import { barChart, chartColors, shareBar } from './report-charts';
import { riskFlagSection } from './risk-flag-section';
import { situationSection } from './situation-section';
import { renderChartSvg } from './svg-chart';

type Comparison = GivenRegionReport['all'];

const countCell = (language: Language, figure: string, value: number): Cell =>
  valueCell(figure, formatCount(language, value), value);

const optionalCell = (
  figure: string,
  value: number | null,
  shown: (value: number) => string,
): Cell =>
  value === null
    ? { state: 'null', figure, why: uiLabels.noData }
    : valueCell(figure, shown(value), value);

const row = (label: Label, cells: readonly Cell[]): TableRow => ({ label, cells });

/** One row per figure, the region's value beside all carriers'. */
function comparisonRows(language: Language, region: Comparison, all: Comparison): TableRow[] {
  const share = (value: number) => formatShare(language, value);
  const days = (value: number) => formatDays(language, value);
  const counts = ['new', 'activeDuring', 'activeAtEnd', 'ended', 'withConcern'] as const;
  const reached = ['90', '180', '365'] as const;
  const checkIns = ['recorded', 'due', 'onTime'] as const;
  return [
    ...counts.map((name) =>
      row(matchLabels[name], [
        countCell(language, `matches.${name}`, region.matches[name]),
        countCell(language, `all.matches.${name}`, all.matches[name]),
      ]),
    ),
    row(matchLabels.medianDurationDays, [
      optionalCell('matches.medianDurationDays', region.matches.medianDurationDays, days),
      optionalCell('all.matches.medianDurationDays', all.matches.medianDurationDays, days),
    ]),
    ...reached.map((days) =>
      row(matchLabels[`reached.${days}`], [
        optionalCell(`matches.reached.${days}`, region.matches.reached[days], share),
        optionalCell(`all.matches.reached.${days}`, all.matches.reached[days], share),
      ]),
    ),
    row(matchLabels.earlyClosureShare, [
      optionalCell('matches.earlyClosureShare', region.matches.earlyClosureShare, share),
      optionalCell('all.matches.earlyClosureShare', all.matches.earlyClosureShare, share),
    ]),
    ...checkIns.map((name) =>
      row(checkInLabels[name], [
        countCell(language, `checkIns.${name}`, region.checkIns[name]),
        countCell(language, `all.checkIns.${name}`, all.checkIns[name]),
      ]),
    ),
    row(checkInLabels.adherence, [
      optionalCell('checkIns.adherence', region.checkIns.adherence, share),
      optionalCell('all.checkIns.adherence', all.checkIns.adherence, share),
    ]),
  ];
}

/** The shares that say how long matches last and how well they are supported, region by all. */
function againstAllChart(language: Language, region: Comparison, all: Comparison) {
  const pairs: readonly [Label, (figures: Comparison) => number | null][] = [
    [matchLabels['reached.90'], (figures) => figures.matches.reached['90']],
    [matchLabels['reached.180'], (figures) => figures.matches.reached['180']],
    [matchLabels['reached.365'], (figures) => figures.matches.reached['365']],
    [matchLabels.earlyClosureShare, (figures) => figures.matches.earlyClosureShare],
    [checkInLabels.adherence, (figures) => figures.checkIns.adherence],
  ];
  const labelled = (label: Label, whose: Label): Label =>
    combinedLabel((figure, who) => `${figure} – ${who}`, label, whose);
  const bars = pairs.flatMap(([label, value]) => [
    shareBar(
      language,
      labelled(label, regionLabels.inRegion),
      value(region),
      chartColors.primary,
      uiLabels.noData,
    ),
    shareBar(
      language,
      labelled(label, regionLabels.all),
      value(all),
      chartColors.muted,
      uiLabels.noData,
    ),
  ]);
  return renderChartSvg(
    barChart(bars, {
      language,
      description: wordingOf(regionLabels.sharesChart, language),
      domainMax: 1,
      axisFormat: '.0%',
    }),
    'region-against-all',
  );
}

function regionSection(language: Language, report: GivenRegionReport): Html {
  const table = figureTable(
    language,
    regionLabels.region,
    [uiLabels.value],
    [
      row(regionLabels.regionKey, [valueCell('region.key', report.region.key, report.region.key)]),
      {
        label: regionLabels.level,
        cells: [
          valueCell(
            'region.level',
            wordingOf(levelLabelOf(report.region.key), language),
            report.region.key.length,
          ),
        ],
      },
      row(regionLabels.carriers, [countCell(language, 'region.carriers', report.region.carriers)]),
    ],
    true,
  );
  return section(language, 'region', regionLabels.region, [table]);
}

/**
 * The region report (SPEC §13) as a printable fact sheet: the region, its figures against all
 * carriers' with a chart, the at-risk flag and the carriers' situation with the summary's
 * suppression, and what co-funding at a few rates would cost. Self-contained, A4 in print.
 */
export async function renderRegionReportHtml(
  report: GivenRegionReport,
  context: ReportContext & { readonly funderId: string; readonly generatedAt: string },
  language: Language,
): Promise<string> {
  const [chart, situation] = await Promise.all([
    againstAllChart(language, report, report.all),
    situationSection(report.carrierSituation, language),
  ]);
  const againstAll = section(language, 'against-all', regionLabels.againstAll, [
    columns(
      [
        figureTable(
          language,
          regionLabels.againstAll,
          [regionLabels.inRegion, regionLabels.all],
          comparisonRows(language, report, report.all),
          true,
        ),
      ],
      [chartFigure(language, regionLabels.sharesChart, chart)],
    ),
  ]);
  return reportPage({
    language,
    title: regionLabels.title,
    context,
    funderId: context.funderId,
    generatedAt: context.generatedAt,
    sections: [
      regionSection(language, report),
      againstAll,
      riskFlagSection(report.riskFlag, language),
      situation,
      regionCoFundingSection(language, report.units),
      note(language, uiLabels.suppressedNote, 'table-note'),
    ],
  });
}
