import { randomBytes } from 'node:crypto';
import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { dynamo } from '../aws/dynamo';
import { tableName } from '../config/runtime-env';
import { openSecret, sealSecret } from '../crypto/secret-box';
import type { Carrier, SealedWebhookSecret } from '../schemas/carrier';
import { getCarrier, UnknownCarrierError } from './carriers';
import { writeIfCondition } from './conditional';
import { keys } from './keys';

// A carrier's webhook secrets: sealing them (onboarding, rotation) and opening them (ingest).
// Only these need the secrets key (deployed: KMS). No schema library: ingest and the connect
// form read profiles the onboarding checked (carrier-onboarding.ts).

/** How long the previous webhook secret stays valid after a rotation (SPEC §8). */
export const secretRotationOverlapMs = 24 * 60 * 60 * 1000;

/** A webhook secret in clear, only in the memory of ingest and the operator commands. */
export interface WebhookSecret {
  readonly secret: string;
  readonly validUntil: string | null;
}

export const newWebhookSecret = (): string => `whsec_${randomBytes(32).toString('base64')}`;
/** The secret sealed for its carrier: a sealed value does not open under another carrier. */
export const sealWebhookSecret = (carrierId: string, secret: string) =>
  sealSecret(secret, `carrier:${carrierId}`);

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
