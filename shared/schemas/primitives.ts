import * as z from 'zod/mini';
import { partnerIdPattern, partnerIdRule } from './partner-id';

// Written with zod/mini, as are the webhooks' and the events' schemas built from them: zod's
// classic API costs every function that validates a body about 15 ms of cold start
// (bench/bundle-size.ts). zod/mini sets no messages: a parse whose words reach a user is given
// zod's English ones (error-messages.ts).

/** Partner ids: pseudonymous, never names (SPEC §2). No '#', so they are safe inside keys. */
export const partnerId = z.string().check(z.regex(partnerIdPattern, partnerIdRule));

const isCalendarDate = (value: string) => {
  const parsed = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().startsWith(value);
};

/** A calendar date `YYYY-MM-DD` that really exists (2025-02-30 is rejected). */
export const isoDate = z
  .string()
  .check(
    z.regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date YYYY-MM-DD'),
    z.refine(isCalendarDate, 'must be a real calendar date'),
  );

export const isoTimestamp = z.iso.datetime({
  offset: true,
  message: 'must be an ISO 8601 timestamp',
});

export const languageCode = z.string().check(z.regex(/^[a-z]{2}$/, 'must be an ISO 639-1 code'));

export const email = z.email();
