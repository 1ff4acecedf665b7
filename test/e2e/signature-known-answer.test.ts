import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { verifySignature } from '../../functions/ingest/verify-signature';
import { dynamo } from '../../shared/aws/dynamo';
import { tableName } from '../../shared/config/runtime-env';
import { createCarrier } from '../../shared/data/carrier-onboarding';
import { sealWebhookSecret } from '../../shared/data/carrier-secrets';
import { keys } from '../../shared/data/keys';

// The known-answer vector published with the Standard Webhooks specification.
const vector = {
  secret: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw',
  id: 'msg_p5jXN8AQM9LWM0D4loKWxJek',
  timestamp: 1614265330,
  payload: '{"test": 2432232314}',
  signature: 'v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=',
};

const requestWith = (signature: string) =>
  ({
    headers: {
      'webhook-id': vector.id,
      'webhook-timestamp': String(vector.timestamp),
      'webhook-signature': signature,
    },
  }) as unknown as APIGatewayProxyEventV2;

async function carrierWithVectorSecret(): Promise<string> {
  const carrier = await createCarrier({
    name: 'Vector e.V.',
    coordinatorEmail: 'k@vector.example',
  });
  await dynamo.send(
    new UpdateCommand({
      TableName: tableName(),
      Key: keys.carrierProfile(carrier.carrierId),
      UpdateExpression: 'SET webhookSecrets = :secrets',
      ExpressionAttributeValues: {
        ':secrets': [
          { sealed: await sealWebhookSecret(carrier.carrierId, vector.secret), validUntil: null },
        ],
      },
    }),
  );
  return carrier.carrierId;
}

afterEach(() => {
  vi.useRealTimers();
});

describe('Standard Webhooks known-answer vector', () => {
  it('verifies the published signature at the published time', async () => {
    const carrierId = await carrierWithVectorSecret();
    vi.useFakeTimers({ toFake: ['Date'], now: vector.timestamp * 1000 + 30_000 });
    const body = vector.payload;
    await expect(verifySignature(carrierId, body, requestWith(vector.signature))).resolves.toBe(
      vector.id,
    );
    await expect(
      verifySignature(carrierId, body, requestWith(`v1,bogus v2,x ${vector.signature}`)),
    ).resolves.toBe(vector.id);
  });

  it('refuses it with one byte of the body changed, or outside the tolerance', async () => {
    const carrierId = await carrierWithVectorSecret();
    vi.useFakeTimers({ toFake: ['Date'], now: vector.timestamp * 1000 });
    const tampered = vector.payload.replace('4', '5');
    await expect(
      verifySignature(carrierId, tampered, requestWith(vector.signature)),
    ).rejects.toMatchObject({
      status: 401,
    });
    vi.setSystemTime(vector.timestamp * 1000 + 5 * 60_000 + 1_000);
    await expect(
      verifySignature(carrierId, vector.payload, requestWith(vector.signature)),
    ).rejects.toMatchObject({ status: 401 });
  });
});
