import { randomBytes } from 'node:crypto';
import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { dynamo } from '../aws/dynamo';
import { tableName } from '../config/runtime-env';
import { englishErrorMessages } from '../schemas/error-messages';
import { carrierSchema, newCarrierSchema, type Carrier, type NewCarrier } from '../schemas/carrier';
import { newWebhookSecret, sealWebhookSecret } from './carrier-secrets';
import { putContacts } from './contacts';
import { indexKeys, keys } from './keys';
import { putOfficeRow } from './office-rows';

// Onboarding a carrier (the operator's `carriers add`, the office's form, SPEC §8 and §12):
// the profile checked by its schema, its first webhook secret sealed, its contacts and its
// office row.

const newCarrierId = (): string => `c-${randomBytes(8).toString('hex')}`;

const profileAttributes = (carrier: Carrier) => ({
  ...keys.carrierProfile(carrier.carrierId),
  ...indexKeys.carrier(carrier.carrierId),
  entity: 'Carrier',
  ...carrier,
});

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
  const carrier = carrierSchema.parse(
    {
      ...newCarrierSchema.parse(input, englishErrorMessages),
      carrierId,
      createdAt: now.toISOString(),
      webhookSecrets: [
        { sealed: await sealWebhookSecret(carrierId, webhookSecret), validUntil: null },
      ],
      secretsRevision: 0,
    },
    englishErrorMessages,
  );
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
