import * as z from 'zod';
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
  sealed: z.string().min(1),
  /** ISO timestamp after which the secret is refused; null for the current one. */
  validUntil: z.string().nullable(),
});
export type SealedWebhookSecret = z.infer<typeof sealedWebhookSecretSchema>;

export const newCarrierSchema = z.strictObject({
  /** Without bidi or other invisible controls (pages, digests and reports show it). */
  name: displayName,
  coordinatorEmail: email,
  leadEmail: email.optional(),
  language: languageCode.default('de'),
  migrantOrganisation: z.boolean().default(false),
  /** Amtlicher Gemeindeschlüssel of the carrier's municipality. */
  municipality: z
    .string()
    .regex(/^\d{8}$/, 'must be an 8-digit Amtlicher Gemeindeschlüssel')
    .optional(),
  /** The umbrella organisation the carrier belongs to (SPEC §1, §12), at most one. */
  umbrellaId: partnerId.optional(),
  /** New matches per period the carrier is expected to make (SPEC §12), if agreed. */
  quota: z.int().min(0).max(1_000_000).optional(),
});
export type NewCarrier = z.input<typeof newCarrierSchema>;

export const carrierSchema = newCarrierSchema.extend({
  carrierId: partnerId,
  createdAt: z.string(),
  webhookSecrets: z.array(sealedWebhookSecretSchema).min(1),
  /** Bumped by every rotation: the optimistic lock that keeps rotations from losing one. */
  secretsRevision: z.int().min(0),
});
export type Carrier = z.infer<typeof carrierSchema>;
