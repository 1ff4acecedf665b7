import type { TopLevelSpec } from 'vega-lite';
import type { CarrierReport, CarrierSituation } from '../../../shared/schemas/reports';
import { endReasons } from '../../../shared/schemas/webhooks';
import { formatCount, formatEuro, formatShare } from './display-format';
import type { Label } from './labels';
import { endReasonLabels, uiLabels } from './labels';
import { renderChartSvg } from './svg-chart';

/**
 * The report charts (SPEC §6) as Vega-Lite specs, rendered to inline SVG. All are horizontal
 * bars with the value written at the bar's end, so that the bilingual category labels fit a
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

/** German number formats inside the charts' axes (d3-format locale). */
const germanNumbers = {
  decimal: ',',
  thousands: '.',
  grouping: [3],
  currency: ['', '\u00a0€'] as [string, string],
  percent: '\u00a0%',
};

const font = 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif';

export interface Bar {
  /** German and English, as two lines. */
  readonly label: Label;
  readonly value: number | null;
  readonly display: string;
  readonly color: string;
}

const missing = (why: Label): string => `– ${why.de} / ${why.en}`;

interface BarChartOptions {
  readonly description: string;
  readonly domainMax: number;
  readonly axisFormat: string;
  readonly integerTicks?: boolean;
  readonly title?: { readonly text: string; readonly subtitle: string };
}

/**
 * Phone-friendly horizontal bars: each bar's label stands above the bar, German and English
 * underneath as on the rest of the page, so the bars keep the chart's whole width, and the value is written at the
 * bar's end. (Vega has no real text metrics without canvas, so labels in an axis column
 * would be cut off or padded by guesswork.)
 */
export function barChart(bars: readonly Bar[], options: BarChartOptions): TopLevelSpec {
  const values = bars.map((bar) => ({
    key: `${bar.label.de}|${bar.label.en}`,
    de: bar.label.de,
    en: bar.label.en,
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
        mark: { type: 'bar', height: 16, yOffset: 12, cornerRadiusEnd: 2 },
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
          align: 'left',
          baseline: 'middle',
          x: 0,
          yOffset: -19,
          fontSize: 13,
          color: chartColors.text,
        },
        encoding: { text: { field: 'de', type: 'nominal' } },
      },
      {
        mark: {
          type: 'text',
          align: 'left',
          baseline: 'middle',
          x: 0,
          yOffset: -4,
          fontSize: 11,
          color: '#5b6470',
        },
        encoding: { text: { field: 'en', type: 'nominal' } },
      },
    ],
    config: {
      font,
      view: { stroke: null },
      locale: { number: germanNumbers },
    },
  };
}

export const shareBar = (label: Label, value: number | null, color: string, why: Label): Bar => ({
  label,
  value,
  display: value === null ? missing(why) : formatShare(value),
  color,
});

/** (1a) Retention: the shares that lasted 90, 180, 365 days, and the early-closure share. */
export function retentionChart(matches: Matches): Promise<string> {
  const bars = [
    shareBar(
      { de: '≥ 90 Tage', en: '≥ 90 days' },
      matches.reached['90'],
      chartColors.primary,
      uiLabels.noData,
    ),
    shareBar(
      { de: '≥ 180 Tage', en: '≥ 180 days' },
      matches.reached['180'],
      chartColors.primary,
      uiLabels.noData,
    ),
    shareBar(
      { de: '≥ 365 Tage', en: '≥ 365 days' },
      matches.reached['365'],
      chartColors.primary,
      uiLabels.noData,
    ),
    shareBar(
      { de: 'Früh beendet (< 90 Tage)', en: 'Closed early (< 90 days)' },
      matches.earlyClosureShare,
      chartColors.warning,
      uiLabels.noData,
    ),
  ];
  return renderChartSvg(
    barChart(bars, {
      description:
        'Anteil der Tandems, die 90, 180 und 365 Tage bestanden, und Anteil früh beendeter',
      domainMax: 1,
      axisFormat: '.0%',
    }),
    'retention',
  );
}

/** (1b) Ended matches by reason, every reason listed. */
export function endedByReasonChart(matches: Matches): Promise<string> {
  const counts = endReasons.map((reason) => matches.endedByReason[reason] ?? 0);
  const bars = endReasons.map((reason, index): Bar => ({
    label: endReasonLabels[reason],
    value: counts[index] ?? 0,
    display: formatCount(counts[index] ?? 0),
    color:
      reason === 'goal_reached' || reason === 'planned_end'
        ? chartColors.good
        : chartColors.warning,
  }));
  return renderChartSvg(
    barChart(bars, {
      description: 'Beendete Tandems nach Grund',
      domainMax: Math.max(1, ...counts),
      axisFormat: 'd',
      integerTicks: true,
    }),
    'ended-by-reason',
  );
}

/** (2) Check-in adherence: contacts due against those on time, adherence in the title. */
export function adherenceChart(checkIns: CheckIns): Promise<string> {
  const adherence =
    checkIns.adherence === null
      ? { text: 'Termintreue: –', subtitle: `Adherence: – (${uiLabels.noCheckInsDue.en})` }
      : {
          text: `Termintreue: ${formatShare(checkIns.adherence)}`,
          subtitle: `Adherence: ${(checkIns.adherence * 100).toFixed(2).replace(/\.?0+$/, '')} %`,
        };
  const bars: Bar[] = [
    {
      label: { de: 'Fällig', en: 'Due' },
      value: checkIns.due,
      display: formatCount(checkIns.due),
      color: chartColors.muted,
    },
    {
      label: { de: 'Rechtzeitig', en: 'On time' },
      value: checkIns.onTime,
      display: formatCount(checkIns.onTime),
      color: chartColors.good,
    },
  ];
  return renderChartSvg(
    barChart(bars, {
      description: 'Fällige und rechtzeitige Begleitkontakte',
      domainMax: Math.max(1, checkIns.due, checkIns.onTime),
      axisFormat: 'd',
      integerTicks: true,
      title: adherence,
    }),
    'adherence',
  );
}

/** (3) The three funding models' amounts side by side, in EUR. */
export function fundingChart(funding: Funding): Promise<string> {
  const models: readonly [keyof Funding, Label][] = [
    ['per_new_match', { de: 'Pro neuem Tandem', en: 'Per new match' }],
    ['per_active_month', { de: 'Pro aktivem Monat', en: 'Per active month' }],
    ['per_supported_month', { de: 'Pro begleitetem Monat', en: 'Per supported month' }],
  ];
  const bars = models.map(([model, label]): Bar => ({
    label,
    value: funding[model],
    display: formatEuro(funding[model]),
    color: chartColors.primary,
  }));
  return renderChartSvg(
    barChart(bars, {
      description: 'Fördersumme der drei Fördermodelle in Euro',
      domainMax: Math.max(1, ...models.map(([model]) => funding[model])),
      axisFormat: ',d',
    }),
    'funding',
  );
}

/** Funder page: the carriers' third-party shares as quartile bars. */
export function thirdPartyShareChart(situation: Situation): Promise<string> {
  const { p25, median, p75 } = situation.thirdPartyShare;
  const bars: Bar[] = [
    shareBar({ de: 'Unteres Quartil', en: 'p25' }, p25, chartColors.primary, uiLabels.noData),
    shareBar({ de: 'Median', en: 'Median' }, median, chartColors.primary, uiLabels.noData),
    shareBar({ de: 'Oberes Quartil', en: 'p75' }, p75, chartColors.primary, uiLabels.noData),
  ];
  return renderChartSvg(
    barChart(bars, {
      description: 'Drittmittelanteil der Träger: Quartile',
      domainMax: 1,
      axisFormat: '.0%',
    }),
    'third-party-share',
  );
}

/** Funder page: the shares of the situation block, suppressed ones named as such. */
export function situationSharesChart(situation: Situation): Promise<string> {
  const migrant = situation.migrantOrganisations;
  const why = (suppressed: boolean | undefined): Label =>
    suppressed ? { de: 'unterdrückt', en: 'suppressed' } : uiLabels.noData;
  const bars: Bar[] = [
    shareBar(
      { de: '100 % Drittmittel', en: 'Fully third-party' },
      situation.fullyThirdParty.share,
      chartColors.warning,
      why('suppressed' in situation.fullyThirdParty),
    ),
    shareBar(
      { de: '≥ 90 % Drittmittel', en: '≥ 90 % third-party' },
      situation.atLeast90ThirdParty.share,
      chartColors.warning,
      why('suppressed' in situation.atLeast90ThirdParty),
    ),
    shareBar(
      { de: 'Mit kommunalen Mitteln', en: 'With municipal funds' },
      situation.withMunicipalFunds.share,
      chartColors.primary,
      why('suppressed' in situation.withMunicipalFunds),
    ),
    shareBar(
      { de: 'Kommunaler Mittelanteil', en: 'Municipal share of funds' },
      situation.municipalShareOfFunds,
      chartColors.primary,
      uiLabels.noData,
    ),
    shareBar(
      { de: 'Migrant:innenorg.: Anteil Träger', en: 'Migrant organisations: share of carriers' },
      migrant.shareOfCarriers,
      chartColors.good,
      why(migrant.suppressed),
    ),
    shareBar(
      { de: 'Migrant:innenorg.: aktive Tandems', en: 'Migrant organisations: active matches' },
      migrant.shareOfActiveMatches,
      chartColors.good,
      why(migrant.suppressed),
    ),
    shareBar(
      { de: 'Migrant:innenorg.: Bundesmittel', en: 'Migrant organisations: federal funds' },
      migrant.shareOfFederalProgrammeFunds,
      chartColors.good,
      why(migrant.suppressed),
    ),
  ];
  return renderChartSvg(
    barChart(bars, {
      description: 'Anteile zur Lage der Träger',
      domainMax: 1,
      axisFormat: '.0%',
    }),
    'situation-shares',
  );
}
