import { createApiKey } from '../../shared/data/api-keys';
import { createCarrier, rotateWebhookSecret } from '../../shared/data/carriers';

/** The operator commands; each returns the one JSON object it prints (SPEC §8). */

export async function addCarrier(input: {
  name: string;
  coordinatorEmail: string;
  leadEmail?: string;
  language?: string;
  migrantOrganisation?: boolean;
  municipality?: string;
}) {
  const carrier = await createCarrier(input);
  const apiKey = await createApiKey({ kind: 'carrier', carrierId: carrier.carrierId });
  const [current] = carrier.webhookSecrets;
  return { carrierId: carrier.carrierId, webhookSecret: current?.secret, apiKey };
}

export const rotateSecret = (carrierId: string) => rotateWebhookSecret(carrierId);

export const createAdminKey = async () => ({ apiKey: await createApiKey({ kind: 'admin' }) });
