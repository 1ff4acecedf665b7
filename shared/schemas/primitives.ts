import * as z from 'zod';
import { partnerIdPattern, partnerIdRule } from './partner-id';

/** Partner ids: pseudonymous, never names (SPEC §2). No '#', so they are safe inside keys. */
export const partnerId = z.string().regex(partnerIdPattern, partnerIdRule);

/** A calendar date `YYYY-MM-DD` that really exists (2025-02-30 is rejected). */
export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date YYYY-MM-DD')
  .refine((value) => {
    const parsed = new Date(`${value}T00:00:00Z`);
    return !Number.isNaN(parsed.getTime()) && parsed.toISOString().startsWith(value);
  }, 'must be a real calendar date');

export const isoTimestamp = z.iso.datetime({
  offset: true,
  message: 'must be an ISO 8601 timestamp',
});

export const languageCode = z.string().regex(/^[a-z]{2}$/, 'must be an ISO 639-1 code');

export const email = z.email();
