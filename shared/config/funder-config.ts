import * as z from 'zod';
import { languages } from '../i18n/languages';
import { fieldErrors } from '../schemas/field-errors';
import { email, isoDate, languageCode, partnerId } from '../schemas/primitives';

export const checkInPolicySchema = z
  .strictObject({
    firstMonthContacts: z.int().min(1).default(2),
    firstMonthDays: z.int().min(1).default(30),
    thenEveryDays: z.int().min(1).default(30),
    escalateAfterDays: z.int().min(1).default(14),
  })
  // Otherwise the spacing floor(days / contacts) is 0 and every contact is due on day one.
  .refine((policy) => policy.firstMonthDays >= policy.firstMonthContacts, {
    message: 'must be at least firstMonthContacts',
    path: ['firstMonthDays'],
  });
export type CheckInPolicy = z.infer<typeof checkInPolicySchema>;

const fundingPeriodSchema = z
  .strictObject({ id: partnerId, start: isoDate, end: isoDate })
  .refine((period) => period.start <= period.end, {
    message: 'start must not be after end',
    path: ['end'],
  });

export const funderConfigSchema = z.strictObject({
  funderId: z
    .string()
    .regex(/^[a-z0-9][a-z0-9-]{0,30}$/, 'must be lower-case letters, digits and dashes'),
  name: z.string().min(1),
  senderEmail: email,
  contactEmail: z.optional(email),
  timezone: z.string().refine(isKnownTimeZone, 'must be an IANA time zone such as Europe/Berlin'),
  periods: z
    .array(fundingPeriodSchema)
    .min(1)
    .refine((periods) => new Set(periods.map((period) => period.id)).size === periods.length, {
      message: 'period ids must be unique',
    }),
  checkInPolicy: checkInPolicySchema.prefault({}),
  fundingModels: z.strictObject({
    per_new_match: z.number().min(0),
    per_active_month: z.number().min(0),
    per_supported_month: z.number().min(0),
  }),
  kAnonymity: z.int().min(1).default(5),
  languages: z.array(languageCode).min(1).default(['de']),
  /** The funder's language, for its summary and its e-mails (SPEC §7). */
  language: z.enum(languages).default('de'),
  /** Days without a fact after which a carrier counts as silent (SPEC §7, §12). */
  silentAfterDays: z.int().min(1).max(3650).default(30),
  /** The most e-mails per second the deployment sends (SPEC §7); SES's default quota. */
  emailRatePerSecond: z.int().min(1).max(1000).default(14),
  /** Public base URL of the web app, for e-mail links (SPEC §7); never the Host header. */
  appUrl: z
    .url({ protocol: /^https$/, message: 'must be an https:// URL' })
    .transform((url) => url.replace(/\/+$/, ''))
    .optional(),
});
export type FunderConfig = z.infer<typeof funderConfigSchema>;

function isKnownTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone });
    return true;
  } catch {
    return false;
  }
}

export class FunderConfigError extends Error {
  override readonly name = 'FunderConfigError';
}

/** Validates a parsed config; the error names every offending field. */
export function parseFunderConfig(raw: unknown, source: string): FunderConfig {
  const result = funderConfigSchema.safeParse(raw);
  if (result.success) return result.data;
  const problems = fieldErrors(result.error).map((error) => `  ${error.path}: ${error.message}`);
  throw new FunderConfigError(`Invalid funder config ${source}:\n${problems.join('\n')}`);
}
