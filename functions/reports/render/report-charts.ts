import type { TopLevelSpec } from 'vega-lite';
import type { Language } from '../../../shared/i18n/languages';
import type { CarrierReport, CarrierSituation } from '../../../shared/schemas/reports';
import { endReasons } from '../../../shared/schemas/webhook-vocabulary';
import { formatCount, formatEuro, formatShare } from './display-format';
import type { Label } from './labels';
import {
  chartLabels,
  checkInLabels,
  endReasonLabels,
  fundingLabels,
  matchLabels,
  sectionLabels,
  situationLabels,
  uiLabels,
  wordingOf,
} from './labels';
import { renderChartSvg } from './svg-chart';

/**
 * The report charts (SPEC §6) as Vega-Lite specs, rendered to inline SVG. All are horizontal
 * bars with the value written at the bar's end, so that the category labels fit a
 * phone's width; a figure without data gets no bar and the words why.
 */

type Matches = CarrierReport['matches'];
type CheckIns = CarrierReport['checkIns'];
type Funding = CarrierReport['funding'];
type Situation = Exclude<CarrierSituation, { suppressed: true }>;

export const chartColors = {
  primary: '#1b6f8a',
  good: '#2b8a4e',
  warning: '#c2571a',
  muted: '#9aa3ad',
  text: '#1d232a',
  grid: '#e3e7eb',
} as const;

/** The report language's number formats inside the charts' axes (d3-format locale). */
function axisNumbers(language: Language) {
  const parts = new Intl.NumberFormat(language, { numberingSystem: 'latn' }).formatToParts(12345.6);
  const part = (type: string, fallback: string) =>
    parts.find((found) => found.type === type)?.value ?? fallback;
  return {
    decimal: part('decimal', '.'),
    thousands: part('group', ','),
    grouping: [3],
    currency: ['', '\u00a0€'] as [string, string],
    percent: language === 'en' ? '%' : '\u00a0%',
  };
}

const font = 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif';

export interface Bar {
  /** In the report's language, above the bar. */
  readonly label: string;
  readonly value: number | null;
  readonly display: string;
  readonly color: string;
}

const missing = (language: Language, why: Label): string => `– ${wordingOf(why, language)}`;

interface BarChartOptions {
  readonly language: Language;
  readonly description: string;
  readonly domainMax: number;
  readonly axisFormat: string;
  readonly integerTicks?: boolean;
  readonly title?: { readonly text: string; readonly subtitle: string };
}

/**
 * Phone-friendly horizontal bars: each bar's label stands above the bar, so the bars keep the
 * chart's whole width, and the value is written at the bar's end. (Vega has no real text metrics without canvas, so labels in an axis column
 * would be cut off or padded by guesswork.)
 */
export function barChart(bars: readonly Bar[], options: BarChartOptions): TopLevelSpec {
  const values = bars.map((bar) => ({
    key: bar.label,
    position: bar.value ?? 0,
    display: bar.display,
    color: bar.color,
  }));
  return {
    description: options.description,
    ...(options.title
      ? {
          title: {
            text: options.title.text,
            subtitle: options.title.subtitle,
            anchor: 'start' as const,
            fontSize: 15,
            subtitleFontSize: 12.5,
            subtitleColor: '#5b6470',
            offset: 10,
          },
        }
      : {}),
    // A fixed size instead of Vega's "pad" autosize: without canvas Vega overestimates text
    // widths and would widen the SVG, which the page then scales down, text and all. Labels
    // run across the whole width; the right padding holds the value written after a full bar.
    autosize: { type: 'none' },
    width: 252,
    height: { step: 62 },
    background: 'white',
    padding: { top: options.title ? 50 : 4, left: 4, right: 84, bottom: 26 },
    data: { values },
    encoding: {
      y: { field: 'key', type: 'nominal', sort: null, axis: null },
    },
    layer: [
      {
        mark: { type: 'bar', aria: false, height: 16, yOffset: 12, cornerRadiusEnd: 2 },
        encoding: {
          x: {
            field: 'position',
            type: 'quantitative',
            scale: { domain: [0, options.domainMax], nice: false },
            axis: {
              title: null,
              format: options.axisFormat,
              tickCount: 4,
              ...(options.integerTicks ? { tickMinStep: 1 } : {}),
              labelFontSize: 11,
              labelColor: '#5b6470',
              gridColor: chartColors.grid,
              domainColor: chartColors.muted,
              tickColor: chartColors.muted,
              labelFlush: true,
            },
          },
          color: { field: 'color', type: 'nominal', scale: null },
        },
      },
      {
        mark: {
          type: 'text',
          aria: false,
          align: 'left',
          baseline: 'middle',
          dx: 4,
          yOffset: 12,
          fontSize: 13,
          fontWeight: 'bold',
          color: chartColors.text,
        },
        encoding: {
          x: { field: 'position', type: 'quantitative' },
          text: { field: 'display', type: 'nominal' },
        },
      },
      {
        mark: {
          type: 'text',
          aria: false,
          align: 'left',
          baseline: 'middle',
          x: 0,
          yOffset: -10,
          fontSize: 13,
          color: chartColors.text,
        },
        encoding: { text: { field: 'key', type: 'nominal' } },
      },
    ],
    config: {
      font,
      // Vega's own ARIA texts are English on every page ("X-axis for a linear scale…",
      // "position: …; key: …"): off here and on each mark (else its container is an unnamed
      // graphic). The SVG is one image named by `description` instead (svg-chart.ts).
      aria: false,
      view: { stroke: null },
      locale: { number: axisNumbers(options.language) },
    },
  };
}

export const shareBar = (
  language: Language,
  label: Label,
  value: number | null,
  color: string,
  why: Label,
): Bar => ({
  label: wordingOf(label, language),
  value,
  display: value === null ? missing(language, why) : formatShare(language, value),
  color,
});

/** (1a) Retention: the shares that lasted 90, 180, 365 days, and the early-closure share. */
export function retentionChart(language: Language, matches: Matches): Promise<string> {
  const bars = [
    shareBar(
      language,
      chartLabels.reached90,
      matches.reached['90'],
      chartColors.primary,
      uiLabels.noData,
    ),
    shareBar(
      language,
      chartLabels.reached180,
      matches.reached['180'],
      chartColors.primary,
      uiLabels.noData,
    ),
    shareBar(
      language,
      chartLabels.reached365,
      matches.reached['365'],
      chartColors.primary,
      uiLabels.noData,
    ),
    shareBar(
      language,
      matchLabels.earlyClosureShare,
      matches.earlyClosureShare,
      chartColors.warning,
      uiLabels.noData,
    ),
  ];
  return renderChartSvg(
    barChart(bars, {
      language,
      description: wordingOf(uiLabels.retentionChart, language),
      domainMax: 1,
      axisFormat: '.0%',
    }),
    'retention',
  );
}

/** (1b) Ended matches by reason, every reason listed. */
export function endedByReasonChart(language: Language, matches: Matches): Promise<string> {
  const counts = endReasons.map((reason) => matches.endedByReason[reason] ?? 0);
  const bars = endReasons.map((reason, index): Bar => ({
    label: wordingOf(endReasonLabels[reason], language),
    value: counts[index] ?? 0,
    display: formatCount(language, counts[index] ?? 0),
    color:
      reason === 'goal_reached' || reason === 'planned_end'
        ? chartColors.good
        : chartColors.warning,
  }));
  return renderChartSvg(
    barChart(bars, {
      language,
      description: wordingOf(uiLabels.endedByReasonChart, language),
      domainMax: Math.max(1, ...counts),
      axisFormat: 'd',
      integerTicks: true,
    }),
    'ended-by-reason',
  );
}

/** (2) Check-in adherence: contacts due against those on time, adherence in the title. */
export function adherenceChart(language: Language, checkIns: CheckIns): Promise<string> {
  const adherence =
    checkIns.adherence === null
      ? {
          text: `${wordingOf(checkInLabels.adherence, language)}: –`,
          subtitle: wordingOf(uiLabels.noCheckInsDue, language),
        }
      : {
          text: `${wordingOf(checkInLabels.adherence, language)}: ${formatShare(language, checkIns.adherence)}`,
          subtitle: '',
        };
  const bars: Bar[] = [
    {
      label: wordingOf(chartLabels.due, language),
      value: checkIns.due,
      display: formatCount(language, checkIns.due),
      color: chartColors.muted,
    },
    {
      label: wordingOf(chartLabels.onTime, language),
      value: checkIns.onTime,
      display: formatCount(language, checkIns.onTime),
      color: chartColors.good,
    },
  ];
  return renderChartSvg(
    barChart(bars, {
      language,
      description: wordingOf(uiLabels.adherenceChart, language),
      domainMax: Math.max(1, checkIns.due, checkIns.onTime),
      axisFormat: 'd',
      integerTicks: true,
      title: adherence,
    }),
    'adherence',
  );
}

/** (3) The three funding models' amounts side by side, in EUR. */
export function fundingChart(language: Language, funding: Funding): Promise<string> {
  const models: readonly [keyof Funding, Label][] = [
    ['per_new_match', fundingLabels.per_new_match],
    ['per_active_month', fundingLabels.per_active_month],
    ['per_supported_month', fundingLabels.per_supported_month],
  ];
  const bars = models.map(([model, label]): Bar => ({
    label: wordingOf(label, language),
    value: funding[model],
    display: formatEuro(language, funding[model]),
    color: chartColors.primary,
  }));
  return renderChartSvg(
    barChart(bars, {
      language,
      description: wordingOf(uiLabels.fundingChart, language),
      domainMax: Math.max(1, ...models.map(([model]) => funding[model])),
      axisFormat: ',d',
    }),
    'funding',
  );
}

/** Funder page: the carriers' third-party shares as quartile bars. */
export function thirdPartyShareChart(language: Language, situation: Situation): Promise<string> {
  const { p25, median, p75 } = situation.thirdPartyShare;
  const bars: Bar[] = [
    shareBar(language, chartLabels.p25, p25, chartColors.primary, uiLabels.noData),
    shareBar(language, chartLabels.median, median, chartColors.primary, uiLabels.noData),
    shareBar(language, chartLabels.p75, p75, chartColors.primary, uiLabels.noData),
  ];
  return renderChartSvg(
    barChart(bars, {
      language,
      description: wordingOf(uiLabels.thirdPartyChart, language),
      domainMax: 1,
      axisFormat: '.0%',
    }),
    'third-party-share',
  );
}

/** Funder page: the shares of the situation block, suppressed ones named as such. */
export function situationSharesChart(language: Language, situation: Situation): Promise<string> {
  const migrant = situation.migrantOrganisations;
  const why = (suppressed: boolean | undefined): Label =>
    suppressed ? chartLabels.suppressed : uiLabels.noData;
  const bars: Bar[] = [
    shareBar(
      language,
      chartLabels.fullyThirdParty,
      situation.fullyThirdParty.share,
      chartColors.warning,
      why('suppressed' in situation.fullyThirdParty),
    ),
    shareBar(
      language,
      chartLabels.atLeast90ThirdParty,
      situation.atLeast90ThirdParty.share,
      chartColors.warning,
      why('suppressed' in situation.atLeast90ThirdParty),
    ),
    shareBar(
      language,
      situationLabels.withMunicipalFunds,
      situation.withMunicipalFunds.share,
      chartColors.primary,
      why('suppressed' in situation.withMunicipalFunds),
    ),
    shareBar(
      language,
      chartLabels.municipalShare,
      situation.municipalShareOfFunds,
      chartColors.primary,
      uiLabels.noData,
    ),
    shareBar(
      language,
      chartLabels.migrantCarriers,
      migrant.shareOfCarriers,
      chartColors.good,
      why(migrant.suppressed),
    ),
    shareBar(
      language,
      chartLabels.migrantActiveMatches,
      migrant.shareOfActiveMatches,
      chartColors.good,
      why(migrant.suppressed),
    ),
    shareBar(
      language,
      chartLabels.migrantFederalFunds,
      migrant.shareOfFederalProgrammeFunds,
      chartColors.good,
      why(migrant.suppressed),
    ),
  ];
  return renderChartSvg(
    barChart(bars, {
      language,
      description: wordingOf(sectionLabels.carrierSituation, language),
      domainMax: 1,
      axisFormat: '.0%',
    }),
    'situation-shares',
  );
}
