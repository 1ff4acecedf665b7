import type {
  CarrierReport,
  CarrierSituation,
  FunderSummary,
} from '../../../shared/schemas/reports';
import { endReasons } from '../../../shared/schemas/webhook-vocabulary';
import { fundingComparisonRows } from './funding-comparison-rows';

/**
 * How a figure is written as text: counts and day counts as they are, shares as fractions,
 * amounts in EUR with two decimals, rates (EUR per unit) as given, flags as `true`, texts
 * (ids, timestamps) verbatim.
 */
export type FigureKind = 'count' | 'days' | 'share' | 'amount' | 'rate' | 'flag' | 'text';

/** One figure of a report, flattened: `section`, a dotted `figure` path, a value or null. */
export interface FigureRow {
  readonly section: string;
  readonly figure: string;
  readonly kind: FigureKind;
  readonly value: number | string | boolean | null;
}

type Figures = Pick<CarrierReport, 'matches' | 'checkIns' | 'funding'>;

const row = (
  section: string,
  figure: string,
  kind: FigureKind,
  value: FigureRow['value'],
): FigureRow => ({ section, figure, kind, value });
const rowOf = row;

/**
 * The figures that carrier reports and the funder summary share. Every end reason gets a row
 * (0 when the report has none), so that every report of every period has the same rows in
 * the same order and spreadsheets of several carriers or periods line up.
 */
function sharedFigureRows(figures: Figures): FigureRow[] {
  const { funding } = figures;
  return [
    ...matchAndCheckInRows(figures),
    row('funding', 'per_new_match', 'amount', funding.per_new_match),
    row('funding', 'per_active_month', 'amount', funding.per_active_month),
    row('funding', 'per_supported_month', 'amount', funding.per_supported_month),
  ];
}

/** The `matches` and `checkIns` rows, under `prefix` (a region report's `all.`). */
export function matchAndCheckInRows(
  { matches, checkIns }: Pick<Figures, 'matches' | 'checkIns'>,
  prefix = '',
): FigureRow[] {
  const row = (section: string, figure: string, kind: FigureKind, value: FigureRow['value']) =>
    rowOf(`${prefix}${section}`, figure, kind, value);
  return [
    row('matches', 'new', 'count', matches.new),
    row('matches', 'activeDuring', 'count', matches.activeDuring),
    row('matches', 'activeAtEnd', 'count', matches.activeAtEnd),
    row('matches', 'ended', 'count', matches.ended),
    ...endReasons.map((reason) =>
      row('matches', `endedByReason.${reason}`, 'count', matches.endedByReason[reason] ?? 0),
    ),
    row('matches', 'medianDurationDays', 'days', matches.medianDurationDays),
    row('matches', 'reached.90', 'share', matches.reached['90']),
    row('matches', 'reached.180', 'share', matches.reached['180']),
    row('matches', 'reached.365', 'share', matches.reached['365']),
    row('matches', 'earlyClosureShare', 'share', matches.earlyClosureShare),
    row('matches', 'withConcern', 'count', matches.withConcern),
    row('checkIns', 'recorded', 'count', checkIns.recorded),
    row('checkIns', 'due', 'count', checkIns.due),
    row('checkIns', 'onTime', 'count', checkIns.onTime),
    row('checkIns', 'adherence', 'share', checkIns.adherence),
  ];
}

const riskFlagCounts = ['evaluated', 'flagged', 'closedEarly', 'flaggedClosedEarly'] as const;
const riskFlagRates = ['sensitivity', 'specificity', 'precision', 'baseRate'] as const;

/**
 * The riskFlag figures (SPEC §6). Suppressed in a summary, its rows are still written, empty,
 * after a `riskFlag,suppressed,true` row, so the layout does not depend on the suppression.
 */
export function riskFlagRows(flag: FunderSummary['riskFlag']): FigureRow[] {
  const figures = 'suppressed' in flag ? null : flag;
  return [
    ...(figures === null ? [row('riskFlag', 'suppressed', 'flag', true)] : []),
    ...riskFlagCounts.map((name) => row('riskFlag', name, 'count', figures?.[name] ?? null)),
    ...riskFlagRates.map((name) => row('riskFlag', name, 'share', figures?.[name] ?? null)),
  ];
}

export function carrierReportRows(report: CarrierReport): FigureRow[] {
  return [
    row('report', 'periodId', 'text', report.periodId),
    row('report', 'carrierId', 'text', report.carrierId),
    row('report', 'generatedAt', 'text', report.generatedAt),
    ...sharedFigureRows(report),
    ...riskFlagRows(report.riskFlag),
  ];
}

const countRows = (
  path: string,
  figure: { count: number | null; share: number | null; suppressed?: true },
): FigureRow[] => [
  row('carrierSituation', `${path}.count`, 'count', figure.count),
  row('carrierSituation', `${path}.share`, 'share', figure.share),
  ...(figure.suppressed ? [row('carrierSituation', `${path}.suppressed`, 'flag', true)] : []),
];

/**
 * The situation block. When it is suppressed as a whole, its figure rows are still written,
 * empty, after a `suppressed,true` row, so the layout does not depend on the suppression.
 */
export function situationRows(situation: CarrierSituation): FigureRow[] {
  if ('suppressed' in situation) {
    const empty = { count: null, share: null };
    return [
      row('carrierSituation', 'suppressed', 'flag', true),
      row('carrierSituation', 'thirdPartyShare.p25', 'share', null),
      row('carrierSituation', 'thirdPartyShare.median', 'share', null),
      row('carrierSituation', 'thirdPartyShare.p75', 'share', null),
      ...countRows('fullyThirdParty', empty),
      ...countRows('atLeast90ThirdParty', empty),
      ...countRows('withMunicipalFunds', empty),
      row('carrierSituation', 'municipalShareOfFunds', 'share', null),
      row('carrierSituation', 'migrantOrganisations.shareOfCarriers', 'share', null),
      row('carrierSituation', 'migrantOrganisations.shareOfActiveMatches', 'share', null),
      row('carrierSituation', 'migrantOrganisations.shareOfFederalProgrammeFunds', 'share', null),
    ];
  }
  const migrant = situation.migrantOrganisations;
  return [
    row('carrierSituation', 'thirdPartyShare.p25', 'share', situation.thirdPartyShare.p25),
    row('carrierSituation', 'thirdPartyShare.median', 'share', situation.thirdPartyShare.median),
    row('carrierSituation', 'thirdPartyShare.p75', 'share', situation.thirdPartyShare.p75),
    ...countRows('fullyThirdParty', situation.fullyThirdParty),
    ...countRows('atLeast90ThirdParty', situation.atLeast90ThirdParty),
    ...countRows('withMunicipalFunds', situation.withMunicipalFunds),
    row('carrierSituation', 'municipalShareOfFunds', 'share', situation.municipalShareOfFunds),
    row(
      'carrierSituation',
      'migrantOrganisations.shareOfCarriers',
      'share',
      migrant.shareOfCarriers,
    ),
    row(
      'carrierSituation',
      'migrantOrganisations.shareOfActiveMatches',
      'share',
      migrant.shareOfActiveMatches,
    ),
    row(
      'carrierSituation',
      'migrantOrganisations.shareOfFederalProgrammeFunds',
      'share',
      migrant.shareOfFederalProgrammeFunds,
    ),
    ...(migrant.suppressed
      ? [row('carrierSituation', 'migrantOrganisations.suppressed', 'flag', true)]
      : []),
  ];
}

export function funderSummaryRows(summary: FunderSummary): FigureRow[] {
  return [
    row('report', 'periodId', 'text', summary.periodId),
    row('report', 'funderId', 'text', summary.funderId),
    row('report', 'generatedAt', 'text', summary.generatedAt),
    ...sharedFigureRows(summary),
    ...riskFlagRows(summary.riskFlag),
    row('carriers', 'total', 'count', summary.carriers.total),
    row('carriers', 'reporting', 'count', summary.carriers.reporting),
    row('carriers', 'migrantOrganisations', 'count', summary.carriers.migrantOrganisations),
    ...situationRows(summary.carrierSituation),
    ...fundingModelsCompared.flatMap((model) =>
      fundingComparisonRows('fundingComparison', summary.fundingComparison[model], `${model}.`),
    ),
  ];
}

const fundingModelsCompared = ['per_active_month', 'per_supported_month'] as const;
