import type { CarrierSituation } from '../../schemas/reports';
import { identifies, pairIdentifies } from './k-anonymity';
import { quantile, roundShare, shareOf } from './numbers';
import type { CarrierStanding } from './report-inputs';

const sumOf = (values: readonly number[]) => values.reduce((sum, value) => sum + value, 0);

const amountOf = (standing: CarrierStanding, kind?: string) =>
  sumOf(
    (standing.funding?.sources ?? [])
      .filter((source) => kind === undefined || source.kind === kind)
      .map((source) => source.amountEur),
  );

/** A carrier counts as reporting when its latest report for the period has a total above 0. */
export const isReporting = (standing: CarrierStanding): boolean => amountOf(standing) > 0;

/** Its municipal funds (source kind `municipal`) in its latest report for the period. */
export const municipalFundsOf = (standing: CarrierStanding): number =>
  amountOf(standing, 'municipal');

/**
 * SPEC §6: the carriers' funding situation, publishable under k-anonymity. A group's figures
 * are suppressed also when its complement (the other carriers; the reporting carriers without
 * municipal funds) identifies: the shown totals would give the complement's by subtraction.
 */
export function carrierSituation(
  standings: readonly CarrierStanding[],
  kAnonymity: number,
): CarrierSituation {
  const reporting = standings.filter(isReporting);
  if (reporting.length < kAnonymity) return { suppressed: true };

  const thirdPartyShares = reporting.map(
    (standing) => 1 - amountOf(standing, 'own_funds') / amountOf(standing),
  );
  // Up to floating-point noise in 1 − own/total.
  const atLeast = (share: number, bound: number) => share >= bound - 1e-12;
  const counted = (count: number, hidden = identifies(count, kAnonymity)) =>
    hidden
      ? { count: null, share: null, suppressed: true as const }
      : { count, share: roundShare(count / reporting.length) };

  const withMunicipal = reporting.filter((standing) => amountOf(standing, 'municipal') > 0);
  const migrant = standings.filter((standing) => standing.migrantOrganisation);
  const migrantReporting = reporting.filter((standing) => standing.migrantOrganisation);
  const municipalHidden = pairIdentifies(
    withMunicipal.length,
    reporting.length - withMunicipal.length,
    kAnonymity,
  );
  const migrantHidden = pairIdentifies(
    migrant.length,
    standings.length - migrant.length,
    kAnonymity,
  );
  const migrantReportingHidden = pairIdentifies(
    migrantReporting.length,
    reporting.length - migrantReporting.length,
    kAnonymity,
  );
  const federalOf = (group: readonly CarrierStanding[]) =>
    sumOf(group.map((standing) => amountOf(standing, 'federal_programme')));
  const activeOf = (group: readonly CarrierStanding[]) =>
    sumOf(group.map((standing) => standing.activeMatches));

  return {
    thirdPartyShare: {
      p25: roundShare(quantile(thirdPartyShares, 0.25)),
      median: roundShare(quantile(thirdPartyShares, 0.5)),
      p75: roundShare(quantile(thirdPartyShares, 0.75)),
    },
    fullyThirdParty: counted(thirdPartyShares.filter((share) => atLeast(share, 1)).length),
    atLeast90ThirdParty: counted(thirdPartyShares.filter((share) => atLeast(share, 0.9)).length),
    withMunicipalFunds: counted(withMunicipal.length, municipalHidden),
    municipalShareOfFunds: municipalHidden
      ? null
      : shareOf(
          sumOf(reporting.map((standing) => amountOf(standing, 'municipal'))),
          sumOf(reporting.map((standing) => amountOf(standing))),
        ),
    migrantOrganisations: {
      shareOfCarriers: migrantHidden ? null : shareOf(migrant.length, standings.length),
      shareOfActiveMatches: migrantHidden ? null : shareOf(activeOf(migrant), activeOf(standings)),
      shareOfFederalProgrammeFunds: migrantReportingHidden
        ? null
        : shareOf(federalOf(migrantReporting), federalOf(reporting)),
      ...(migrantHidden || migrantReportingHidden ? { suppressed: true as const } : {}),
    },
  };
}
