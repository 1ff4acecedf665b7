import { GetCommand } from '@aws-sdk/lib-dynamodb';
import * as z from 'zod';
import { dynamo } from '../aws/dynamo';
import { tableName } from '../config/runtime-env';
import { displayName } from '../schemas/display-name';
import { email, languageCode, partnerId } from '../schemas/primitives';
import { indexKeys, keys } from './keys';
import { queryAll } from './query-all';
import { tableDefinition } from './table-definition';

// Carrier profiles as the functions that read them need them: no crypto here, so the read
// API, reports and web app carry no KMS client. Creating carriers and their secrets:
// carrier-secrets.ts.

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

export class UnknownCarrierError extends Error {
  override readonly name = 'UnknownCarrierError';
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
