import * as z from 'zod/mini';
import { partnerId } from '../primitives';
import { fundingSourceKinds } from '../webhook-vocabulary';
import { about } from './about';

// SPEC §2: the data of a `funding.reported` webhook, in a module of its own so that a function builds
// only the types it meets (webhook-schema-loader.ts).

/** SPEC §2: amounts are below 10¹² euros; with cents that is 14 digits, exact in a double. */
export const maxAmountEur = 1e12;
/** SPEC §2: counts and hours are integers up to 10⁷. */
export const maxCount = 1e7;

/** A whole number of cents: every accepted amount is stored and summed without surprise. */
const hasAtMostTwoDecimals = (value: number) => Math.round(value * 100) / 100 === value;

// Every number is bounded to what is meaningful and storable, so that nothing the schema
// accepts can fail in the table afterwards (a 202 followed by a dead letter).
export const amountEur = z
  .number()
  .check(
    z.minimum(0),
    z.lt(maxAmountEur, { message: 'must be below 10^12', abort: true }),
    z.refine(hasAtMostTwoDecimals, 'must have at most two decimals (whole cents)'),
  );

export const boundedCount = z.int().check(z.minimum(0), z.maximum(maxCount));

export const fundingReportedData = z
  .strictObject({
    periodId: partnerId.check(about("The funder's funding period", '2025')),
    sources: z
      .array(
        z.strictObject({
          kind: z.enum(fundingSourceKinds).check(about('Where the money comes from', 'state')),
          amountEur: amountEur.check(about('EUR in the period, at most two decimals', 12000.5)),
        }),
      )
      .check(z.maxLength(100), z.describe("The carrier's funding in the period, by source")),
    volunteerCount: z.optional(boundedCount).check(about('Active volunteers', 25)),
    paidStaffHours: z.optional(boundedCount).check(about('Paid staff hours in the period', 800)),
  })
  .check(z.describe("The carrier's funding situation in a period (its latest report counts)"));
