import type { CarrierReport, FunderSummary } from '../../shared/schemas/reports';
import { carrierReportSchema, funderSummarySchema } from '../../shared/schemas/reports';

// Sample reports for the renderer tests, by hand, checked against the schemas.

export const carrierReport: CarrierReport = carrierReportSchema.parse({
  periodId: '2025',
  carrierId: 'c-musterstadt',
  generatedAt: '2026-01-01T00:05:00.000Z',
  matches: {
    new: 12,
    activeDuring: 31,
    activeAtEnd: 22,
    ended: 9,
    endedByReason: { goal_reached: 3, planned_end: 2, mentee_withdrew: 1, moved_away: 2, other: 1 },
    medianDurationDays: 183.5,
    reached: { '90': 0.75, '180': 0.5417, '365': null },
    earlyClosureShare: 0.2222,
    withConcern: 2,
  },
  checkIns: { recorded: 140, due: 128, onTime: 104, adherence: 0.8125 },
  funding: { per_new_match: 2400, per_active_month: 6613.33, per_supported_month: 7350.5 },
  // 20 evaluated, 6 flagged, 4 closed early, 3 of them flagged.
  riskFlag: {
    evaluated: 20,
    flagged: 6,
    closedEarly: 4,
    flaggedClosedEarly: 3,
    sensitivity: 0.75,
    specificity: 0.8125,
    precision: 0.5,
    baseRate: 0.2,
  },
});

/** The SPEC's example: a carrier without any match in the period. */
export const emptyCarrierReport: CarrierReport = carrierReportSchema.parse({
  periodId: '2025',
  carrierId: 'c-new',
  generatedAt: '2026-01-01T00:05:00.000Z',
  matches: {
    new: 0,
    activeDuring: 0,
    activeAtEnd: 0,
    ended: 0,
    endedByReason: {},
    medianDurationDays: null,
    reached: { '90': null, '180': null, '365': null },
    earlyClosureShare: null,
    withConcern: 0,
  },
  checkIns: { recorded: 0, due: 0, onTime: 0, adherence: null },
  funding: { per_new_match: 0, per_active_month: 0, per_supported_month: 0 },
  riskFlag: {
    evaluated: 0,
    flagged: 0,
    closedEarly: 0,
    flaggedClosedEarly: 0,
    sensitivity: null,
    specificity: null,
    precision: null,
    baseRate: null,
  },
});

const suppressedGroup = {
  carriers: null,
  amount: null,
  share: null,
  baselineShare: null,
  suppressed: true,
};

export const funderSummary: FunderSummary = funderSummarySchema.parse({
  periodId: '2025',
  funderId: 'example',
  generatedAt: '2026-01-01T00:06:00.000Z',
  matches: {
    new: 97,
    activeDuring: 310,
    activeAtEnd: 241,
    ended: 69,
    endedByReason: { goal_reached: 30, planned_end: 21, mismatch: 7, safeguarding: 1, other: 10 },
    medianDurationDays: 211,
    reached: { '90': 0.8812, '180': 0.7043, '365': 0.4118 },
    earlyClosureShare: 0.1304,
    withConcern: 17,
  },
  checkIns: { recorded: 2950, due: 2711, onTime: 2208, adherence: 0.8145 },
  funding: { per_new_match: 19400, per_active_month: 51234.67, per_supported_month: 60120 },
  riskFlag: {
    evaluated: 180,
    flagged: 45,
    closedEarly: 30,
    flaggedClosedEarly: 18,
    sensitivity: 0.6,
    specificity: 0.82,
    precision: 0.4,
    baseRate: 0.1667,
  },
  carriers: { total: 30, reporting: 27, migrantOrganisations: 4 },
  carrierSituation: {
    thirdPartyShare: { p25: 0.8, median: 0.9, p75: 1 },
    fullyThirdParty: { count: 6, share: 0.2222 },
    atLeast90ThirdParty: { count: 14, share: 0.5185 },
    withMunicipalFunds: { count: null, share: null, suppressed: true },
    municipalShareOfFunds: null,
    migrantOrganisations: {
      shareOfCarriers: null,
      shareOfActiveMatches: null,
      shareOfFederalProgrammeFunds: 0.1,
      suppressed: true,
    },
  },
  // Four migrant organisations and three carriers with municipal funds: both suppressed.
  fundingComparison: {
    per_active_month: {
      rates: { per_new_match: 0, per_active_month: 20, per_supported_month: 0 },
      total: 51234.67,
      baselineTotal: 19400,
      groups: {
        all: { carriers: 30, amount: 51234.67, share: 1, baselineShare: 1 },
        migrantOrganisations: suppressedGroup,
        otherCarriers: { carriers: 26, amount: 43120.5, share: 0.8416, baselineShare: 0.8866 },
        withMunicipalFunds: suppressedGroup,
        withoutMunicipalFunds: {
          carriers: 24,
          amount: 40012.33,
          share: 0.781,
          baselineShare: 0.7938,
        },
      },
      versusBaseline: { more: 12, less: 11, similar: null, suppressed: true },
    },
    per_supported_month: {
      rates: { per_new_match: 0, per_active_month: 0, per_supported_month: 30 },
      total: 60120,
      baselineTotal: 19400,
      groups: {
        all: { carriers: 30, amount: 60120, share: 1, baselineShare: 1 },
        migrantOrganisations: suppressedGroup,
        otherCarriers: { carriers: 26, amount: 49560, share: 0.8244, baselineShare: 0.8866 },
        withMunicipalFunds: suppressedGroup,
        withoutMunicipalFunds: {
          carriers: 24,
          amount: 46230,
          share: 0.769,
          baselineShare: 0.7938,
        },
      },
      versusBaseline: { more: 14, less: 9, similar: 7 },
    },
  },
});

export const suppressedSummary: FunderSummary = funderSummarySchema.parse({
  ...funderSummary,
  carriers: { total: 7, reporting: 3, migrantOrganisations: 1 },
  riskFlag: { suppressed: true },
  carrierSituation: { suppressed: true },
});
