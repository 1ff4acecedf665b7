import * as z from 'zod';
import { regionKeySchema } from './office';
import {
  carrierSituationSchema,
  checkInFiguresSchema,
  matchFiguresSchema,
  riskFlagFiguresSchema,
} from './reports';

// SPEC §13: the region report, exact. Which regions are given: shared/domain/reports/regions.ts.

export const regionUnitsSchema = z
  .strictObject({
    per_new_match: z.number().min(0).describe('New matches of the region'),
    per_active_month: z.number().min(0).describe('Active match days of the region / 30'),
    per_supported_month: z.number().min(0).describe('Supported match months of the region'),
  })
  .describe("What a municipality's rate per model would multiply (SPEC §6 funding units)");

export const givenRegionReportSchema = z.strictObject({
  periodId: z.string(),
  region: z.strictObject({
    key: regionKeySchema,
    carriers: z.int().min(1).describe('Carriers whose municipality is in the region'),
  }),
  matches: matchFiguresSchema,
  checkIns: checkInFiguresSchema,
  riskFlag: z.union([riskFlagFiguresSchema, z.strictObject({ suppressed: z.literal(true) })]),
  carrierSituation: carrierSituationSchema,
  units: regionUnitsSchema,
  all: z
    .strictObject({ matches: matchFiguresSchema, checkIns: checkInFiguresSchema })
    .describe('The same figures over every carrier, for comparison'),
});
export type GivenRegionReport = z.infer<typeof givenRegionReportSchema>;

/** Too few carriers in the region or in the rest of an enclosing one: no figure, no count. */
export const suppressedRegionReportSchema = z.strictObject({
  periodId: z.string(),
  region: z.strictObject({ key: regionKeySchema, carriers: z.null() }),
  suppressed: z.literal(true),
});
export type SuppressedRegionReport = z.infer<typeof suppressedRegionReportSchema>;

export const regionReportSchema = z
  .union([givenRegionReportSchema, suppressedRegionReportSchema])
  .describe("A region's report of a closed funding period (SPEC §13)");
export type RegionReport = z.infer<typeof regionReportSchema>;
