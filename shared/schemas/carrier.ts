import * as z from 'zod/mini';
import { displayName } from './display-name';
import { email, languageCode, partnerId } from './primitives';

// A carrier profile's schemas, checked where a profile is written (shared/data/
// carrier-onboarding.ts); its readers (shared/data/carriers.ts, and the webhook secrets' in
// carrier-secrets.ts) trust the table, no schema library.

/**
 * A webhook secret as stored: sealed (shared/crypto/secret-box.ts), never in clear, so that
 * the functions that read carrier profiles (reports, read API, web app) cannot use it.
 */
const sealedWebhookSecretSchema = z.strictObject({
  sealed: z.string().check(z.minLength(1)),
  /** ISO timestamp after which the secret is refused; null for the current one. */
  validUntil: z.nullable(z.string()),
});
export type SealedWebhookSecret = z.infer<typeof sealedWebhookSecretSchema>;

export const newCarrierSchema = z.strictObject({
  /** Without bidi or other invisible controls (pages, digests and reports show it). */
  name: displayName,
  coordinatorEmail: email,
  leadEmail: z.optional(email),
  language: z._default(languageCode, 'de'),
  migrantOrganisation: z._default(z.boolean(), false),
  /** Amtlicher Gemeindeschlüssel of the carrier's municipality. */
  municipality: z.optional(
    z.string().check(z.regex(/^\d{8}$/, 'must be an 8-digit Amtlicher Gemeindeschlüssel')),
  ),
  /** The umbrella organisation the carrier belongs to (SPEC §1, §12), at most one. */
  umbrellaId: z.optional(partnerId),
  /** New matches per period the carrier is expected to make (SPEC §12), if agreed. */
  quota: z.optional(z.int().check(z.minimum(0), z.maximum(1_000_000))),
});
export type NewCarrier = z.input<typeof newCarrierSchema>;

export const carrierSchema = z.extend(newCarrierSchema, {
  carrierId: partnerId,
  createdAt: z.string(),
  webhookSecrets: z.array(sealedWebhookSecretSchema).check(z.minLength(1)),
  /** Bumped by every rotation: the optimistic lock that keeps rotations from losing one. */
  secretsRevision: z.int().check(z.minimum(0)),
});
export type Carrier = z.infer<typeof carrierSchema>;
