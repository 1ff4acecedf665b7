import { randomBytes } from 'node:crypto';
import { GetCommand, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import * as z from 'zod';
import { dynamo } from '../aws/dynamo';
import { tableName } from '../config/runtime-env';
import { openSecret, sealSecret } from '../crypto/secret-box';
import { email, languageCode, partnerId } from '../schemas/primitives';
import { writeIfCondition } from './conditional';
import { putContacts } from './contacts';
import { indexKeys, keys } from './keys';
import { queryAll } from './query-all';
import { tableDefinition } from './table-definition';

/** How long the previous webhook secret stays valid after a rotation (SPEC §8). */
export const secretRotationOverlapMs = 24 * 60 * 60 * 1000;

/**
 * A webhook secret as stored: sealed (shared/crypto/secret-box.ts), never in clear, so that
 * the functions that read carrier profiles (reports, read API, web app) cannot use it.
 */
const sealedWebhookSecretSchema = z.strictObject({
  sealed: z.string().min(1),
  /** ISO timestamp after which the secret is refused; null for the current one. */
  validUntil: z.string().nullable(),
});
type SealedWebhookSecret = z.infer<typeof sealedWebhookSecretSchema>;

/** A webhook secret in clear, only in the memory of ingest and the operator commands. */
export interface WebhookSecret {
  readonly secret: string;
  readonly validUntil: string | null;
}

export const newCarrierSchema = z.strictObject({
  name: z.string().trim().min(1).max(200),
  coordinatorEmail: email,
  leadEmail: email.optional(),
  language: languageCode.default('de'),
  migrantOrganisation: z.boolean().default(false),
  /** Amtlicher Gemeindeschlüssel of the carrier's municipality. */
  municipality: z
    .string()
    .regex(/^\d{8}$/, 'must be an 8-digit Amtlicher Gemeindeschlüssel')
    .optional(),
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

/** Creates the carrier; its first webhook secret is returned in clear once, and kept sealed. */
export async function createCarrier(
  input: NewCarrier,
  now = new Date(),
): Promise<Carrier & { webhookSecret: string }> {
  const carrierId = newCarrierId();
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
  return { ...carrier, webhookSecret };
}

export async function getCarrier(carrierId: string): Promise<Carrier | undefined> {
  const { Item } = await dynamo.send(
    new GetCommand({
      TableName: tableName(),
      Key: keys.carrierProfile(carrierId),
      // A secret rotated a moment ago must verify at once.
      ConsistentRead: true,
    }),
  );
  return Item ? carrierSchema.parse(stripKeys(Item)) : undefined;
}

const stripKeys = (item: Record<string, unknown>) => {
  const attributes = { ...item };
  for (const name of [
    'pk',
    'sk',
    'entity',
    tableDefinition.indexes.carriers.partitionKey,
    tableDefinition.indexes.carriers.sortKey,
  ]) {
    delete attributes[name];
  }
  return attributes;
};

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

export class UnknownCarrierError extends Error {
  override readonly name = 'UnknownCarrierError';
}

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

/** Every carrier id of the deployment, from the sparse carriers index (no scan). */
export async function listCarrierIds(): Promise<string[]> {
  const index = tableDefinition.indexes.carriers;
  const items = await queryAll({
    TableName: tableName(),
    IndexName: index.name,
    KeyConditionExpression: '#pk = :pk',
    ExpressionAttributeNames: { '#pk': index.partitionKey },
    ExpressionAttributeValues: { ':pk': indexKeys.carriersPartition },
  });
  return items.map((item) => String(item[index.sortKey]));
}
