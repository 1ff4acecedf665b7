import { randomBytes } from 'node:crypto';
import { PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { dynamo } from '../aws/dynamo';
import { tableName } from '../config/runtime-env';
import { openSecret, sealSecret } from '../crypto/secret-box';
import {
  carrierSchema,
  newCarrierSchema,
  type Carrier,
  type NewCarrier,
  type SealedWebhookSecret,
} from '../schemas/carrier';
import { getCarrier, UnknownCarrierError } from './carriers';
import { writeIfCondition } from './conditional';
import { putOfficeRow } from './office-rows';
import { putContacts } from './contacts';
import { indexKeys, keys } from './keys';

// Onboarding a carrier and its webhook secrets: sealing (the operator's commands) and
// opening them (ingest). Only these need the secrets key (deployed: KMS).

/** How long the previous webhook secret stays valid after a rotation (SPEC §8). */
export const secretRotationOverlapMs = 24 * 60 * 60 * 1000;

/** A webhook secret in clear, only in the memory of ingest and the operator commands. */
export interface WebhookSecret {
  readonly secret: string;
  readonly validUntil: string | null;
}

export const newWebhookSecret = (): string => `whsec_${randomBytes(32).toString('base64')}`;
const newCarrierId = (): string => `c-${randomBytes(8).toString('hex')}`;

const profileAttributes = (carrier: Carrier) => ({
  ...keys.carrierProfile(carrier.carrierId),
  ...indexKeys.carrier(carrier.carrierId),
  entity: 'Carrier',
  ...carrier,
});

/** The secret sealed for its carrier: a sealed value does not open under another carrier. */
export const sealWebhookSecret = (carrierId: string, secret: string) =>
  sealSecret(secret, `carrier:${carrierId}`);

/**
 * Creates the carrier; its first webhook secret is returned in clear once, and kept sealed.
 * `options.carrierId`: an id derived from a form's one-time value (the office's onboarding,
 * SPEC §12), so a form sent twice fails the second time (ConditionalCheckFailedException)
 * instead of creating a second carrier.
 */
export async function createCarrier(
  input: NewCarrier,
  now = new Date(),
  options: { readonly carrierId?: string } = {},
): Promise<Carrier & { webhookSecret: string }> {
  const carrierId = options.carrierId ?? newCarrierId();
  const webhookSecret = newWebhookSecret();
  const carrier = carrierSchema.parse({
    ...newCarrierSchema.parse(input),
    carrierId,
    createdAt: now.toISOString(),
    webhookSecrets: [
      { sealed: await sealWebhookSecret(carrierId, webhookSecret), validUntil: null },
    ],
    secretsRevision: 0,
  });
  await dynamo.send(
    new PutCommand({
      TableName: tableName(),
      Item: profileAttributes(carrier),
      ConditionExpression: 'attribute_not_exists(pk)',
    }),
  );
  // After the profile: a contact item never points at a carrier that does not exist.
  await putContacts(carrier);
  await putOfficeRow(carrier);
  return { ...carrier, webhookSecret };
}

const validAt = (entry: { validUntil: string | null }, now: Date) =>
  entry.validUntil === null || Date.parse(entry.validUntil) > now.getTime();

/**
 * The carrier's webhook secrets in clear, those still valid at `now`. Needs the key's
 * Decrypt (deployed: only the ingest function and the operator have it).
 */
export const openWebhookSecrets = (carrier: Carrier, now = new Date()): Promise<WebhookSecret[]> =>
  Promise.all(
    carrier.webhookSecrets
      .filter((entry) => validAt(entry, now))
      .map(async (entry) => ({
        secret: await openSecret(entry.sealed, `carrier:${carrier.carrierId}`),
        validUntil: entry.validUntil,
      })),
  );

/** The secrets a webhook may be signed with at `now`: the current one and any in overlap. */
export const acceptedSecrets = (secrets: readonly WebhookSecret[], now = new Date()): string[] =>
  secrets.filter((entry) => validAt(entry, now)).map((entry) => entry.secret);

/**
 * Issues a new webhook secret; the previous one stays valid for 24 hours. A conditional
 * write on the secrets read makes two concurrent rotations fail rather than lose one.
 */
export async function rotateWebhookSecret(
  carrierId: string,
  now = new Date(),
  options: { endOverlapNow?: boolean } = {},
) {
  for (let attempt = 1; attempt <= 10; attempt++) {
    const carrier = await getCarrier(carrierId);
    if (!carrier) throw new UnknownCarrierError(`No carrier ${carrierId}`);
    // `--now` (a leaked secret): every earlier secret ends at once instead of in 24 h.
    const previousValidUntil = new Date(
      now.getTime() + (options.endOverlapNow ? 0 : secretRotationOverlapMs),
    ).toISOString();
    const webhookSecret = newWebhookSecret();
    const stillValid: SealedWebhookSecret[] = options.endOverlapNow
      ? []
      : carrier.webhookSecrets.filter(
          (entry) => entry.validUntil !== null && Date.parse(entry.validUntil) > now.getTime(),
        );
    const current = carrier.webhookSecrets.filter((entry) => entry.validUntil === null);
    // Rotating needs Encrypt only: the earlier secrets stay sealed as they are.
    const webhookSecrets: SealedWebhookSecret[] = [
      { sealed: await sealWebhookSecret(carrierId, webhookSecret), validUntil: null },
      ...current.map((entry) => ({ sealed: entry.sealed, validUntil: previousValidUntil })),
      ...stillValid,
    ];
    const written = await writeIfCondition(() =>
      dynamo.send(
        new UpdateCommand({
          TableName: tableName(),
          Key: keys.carrierProfile(carrierId),
          UpdateExpression: 'SET webhookSecrets = :next, secretsRevision = :revision',
          ConditionExpression: 'secretsRevision = :read',
          ExpressionAttributeValues: {
            ':next': webhookSecrets,
            ':revision': carrier.secretsRevision + 1,
            ':read': carrier.secretsRevision,
          },
        }),
      ),
    );
    if (written) return { webhookSecret, previousValidUntil };
  }
  throw new Error(`Could not rotate the secret of ${carrierId}: too many concurrent rotations`);
}
