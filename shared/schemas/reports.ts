import * as z from 'zod';
import { endReasons } from './webhooks';

// SPEC §6: the report shapes, exact. Figures are defined in shared/domain/reports/.

const share = z.number().min(0).max(1);

export const matchFiguresSchema = z.strictObject({
  new: z.int().min(0),
  activeDuring: z.int().min(0),
  activeAtEnd: z.int().min(0),
  ended: z.int().min(0),
  endedByReason: z.partialRecord(z.enum(endReasons), z.int().min(1)),
  medianDurationDays: z.number().nullable(),
  reached: z.strictObject({
    '90': share.nullable(),
    '180': share.nullable(),
    '365': share.nullable(),
  }),
  earlyClosureShare: share.nullable(),
  withConcern: z.int().min(0),
});

export const checkInFiguresSchema = z.strictObject({
  recorded: z.int().min(0),
  due: z.int().min(0),
  onTime: z.int().min(0),
  adherence: share.nullable(),
});

export const fundingModelFiguresSchema = z.strictObject({
  per_new_match: z.number().min(0),
  per_active_month: z.number().min(0),
  per_supported_month: z.number().min(0),
});

export const carrierReportSchema = z.strictObject({
  periodId: z.string(),
  carrierId: z.string(),
  generatedAt: z.string(),
  matches: matchFiguresSchema,
  checkIns: checkInFiguresSchema,
  funding: fundingModelFiguresSchema,
});
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
  carrierSituation: carrierSituationSchema,
});
export type FunderSummary = z.infer<typeof funderSummarySchema>;

export const reportFormats = ['json', 'csv', 'html'] as const;
export type ReportFormat = (typeof reportFormats)[number];
