import * as z from 'zod';
import { endReasons } from './webhooks';
import { summaryFundingComparisonSchema } from './funding-comparison';

// SPEC §6: the report shapes, exact. Figures are defined in shared/domain/reports/.

const share = z.number().min(0).max(1);

// The descriptions are short; docs/report-definitions.md has each figure in full.
export const matchFiguresSchema = z
  .strictObject({
    new: z.int().min(0).describe('Matches started in the period'),
    activeDuring: z.int().min(0).describe('Matches active on at least one day of the period'),
    activeAtEnd: z.int().min(0).describe('Matches still active after the last day'),
    ended: z.int().min(0).describe('Matches ended in the period'),
    endedByReason: z
      .partialRecord(z.enum(endReasons), z.int().min(1))
      .describe('The ended matches by reason'),
    medianDurationDays: z.number().nullable().describe('Median duration of the ended matches'),
    reached: z
      .strictObject({
        '90': share.nullable(),
        '180': share.nullable(),
        '365': share.nullable(),
      })
      .describe('Share of the matches old enough that lasted 90, 180, 365 days'),
    earlyClosureShare: share.nullable().describe('Share of the ended matches shorter than 90 days'),
    withConcern: z.int().min(0).describe('Active matches with a check-in that noted a concern'),
  })
  .describe('Figures on matches');

export const checkInFiguresSchema = z
  .strictObject({
    recorded: z.int().min(0).describe('Counted check-ins dated in the period'),
    due: z.int().min(0).describe('Support contacts due in the period'),
    onTime: z.int().min(0).describe('Due contacts that happened by their due date'),
    adherence: share.nullable().describe('onTime / due; null when nothing was due'),
  })
  .describe('Figures on support contacts');

export const fundingModelFiguresSchema = z
  .strictObject({
    per_new_match: z.number().min(0).describe('EUR paid per new match'),
    per_active_month: z.number().min(0).describe('EUR paid per active month (active days / 30)'),
    per_supported_month: z
      .number()
      .min(0)
      .describe('EUR paid per month with at least one check-in'),
  })
  .describe("The period's funding at the funder's rates, under each of three models");

const rate = share.nullable();

export const riskFlagFiguresSchema = z
  .strictObject({
    evaluated: z.int().min(0).describe('Matches evaluated 90 days after their start (t₀)'),
    flagged: z.int().min(0).describe('Of these, at risk on t₀ (SPEC §5, facts dated ≤ t₀)'),
    closedEarly: z
      .int()
      .min(0)
      .describe('Of these, ended within 180 days after t₀ (withdrawal, mismatch, other)'),
    flaggedClosedEarly: z.int().min(0).describe('Flagged and closed early'),
    sensitivity: rate.describe('flaggedClosedEarly / closedEarly'),
    specificity: rate.describe(
      '(evaluated − flagged − closedEarly + flaggedClosedEarly) / (evaluated − closedEarly)',
    ),
    precision: rate.describe('flaggedClosedEarly / flagged'),
    baseRate: rate.describe('closedEarly / evaluated'),
  })
  .describe(
    'How well the at-risk flag anticipated early endings; a prompt to call, not a prediction',
  );

export const carrierReportSchema = z
  .strictObject({
    periodId: z.string().describe('The funding period'),
    carrierId: z.string().describe('The carrier'),
    generatedAt: z.string().describe('When the report was built (ISO 8601)'),
    matches: matchFiguresSchema,
    checkIns: checkInFiguresSchema,
    funding: fundingModelFiguresSchema,
    riskFlag: riskFlagFiguresSchema,
  })
  .describe("A carrier's report of a closed funding period");
export type CarrierReport = z.infer<typeof carrierReportSchema>;

/** A count and share of carriers, or its suppressed form (k-anonymity). */
const carrierCount = z.union([
  z.strictObject({ count: z.int().min(0), share }),
  z.strictObject({ count: z.null(), share: z.null(), suppressed: z.literal(true) }),
]);

export const carrierSituationSchema = z.union([
  z.strictObject({ suppressed: z.literal(true) }),
  z.strictObject({
    thirdPartyShare: z.strictObject({ p25: share, median: share, p75: share }),
    fullyThirdParty: carrierCount,
    atLeast90ThirdParty: carrierCount,
    withMunicipalFunds: carrierCount,
    municipalShareOfFunds: share.nullable(),
    migrantOrganisations: z.strictObject({
      shareOfCarriers: share.nullable(),
      shareOfActiveMatches: share.nullable(),
      shareOfFederalProgrammeFunds: share.nullable(),
      suppressed: z.literal(true).optional(),
    }),
  }),
]);
export type CarrierSituation = z.infer<typeof carrierSituationSchema>;

export const funderSummarySchema = z.strictObject({
  periodId: z.string(),
  funderId: z.string(),
  generatedAt: z.string(),
  matches: matchFiguresSchema,
  checkIns: checkInFiguresSchema,
  funding: fundingModelFiguresSchema,
  carriers: z.strictObject({
    total: z.int().min(0),
    reporting: z.int().min(0),
    migrantOrganisations: z.int().min(0),
  }),
  riskFlag: z.union([riskFlagFiguresSchema, z.strictObject({ suppressed: z.literal(true) })]),
  carrierSituation: carrierSituationSchema,
  fundingComparison: summaryFundingComparisonSchema,
});
export type FunderSummary = z.infer<typeof funderSummarySchema>;

/**
 * SPEC §6: an umbrella's summary, the funder summary's figures over its carriers only, with
 * the same k-anonymity and suppressed also where all − the other umbrellas would give them.
 */
export const umbrellaSummarySchema = funderSummarySchema
  .extend({ umbrellaId: z.string().describe('The umbrella organisation (SPEC §12)') })
  .describe("An umbrella's summary of a closed funding period");
export type UmbrellaSummary = z.infer<typeof umbrellaSummarySchema>;

export { reportFormats, type ReportFormat } from './report-formats';
