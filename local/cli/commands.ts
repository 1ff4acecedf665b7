import type { SweepResult } from '../../functions/reminders/sweep';
import { createApiKey } from '../../shared/data/api-keys';
import { reminderSent } from '../../shared/data/reminders';
import { closeProgress } from '../../shared/data/period-closes';
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

/** Runs a function of the running local system, as its schedule would, and waits for it. */
async function invokeLocal<T>(apiUrl: string, functionId: string, input: object): Promise<T> {
  const response = await fetch(`${apiUrl}/_local/functions/${functionId}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(input),
  });
  const body = (await response.json()) as T & { errorMessage?: string };
  if (!response.ok)
    throw new Error(`${functionId} failed: ${body.errorMessage ?? response.status}`);
  return body;
}

/**
 * Closes a funding period in the running local system and reports, once every report is
 * written, how many carriers the close covered and how many carrier reports it wrote.
 */
export async function closePeriod(apiUrl: string, periodId: string) {
  const { revision } = await invokeLocal<{ revision: string }>(apiUrl, 'ClosePeriod', { periodId });
  const progress = await closeProgress(periodId, revision);
  return { periodId, ...progress };
}

/**
 * Runs the reminder sweep in the running local system as of `date` (default: today there)
 * and counts the digest e-mails it led to, once they have been sent.
 */
export async function sweep(apiUrl: string, date?: string) {
  const body = await invokeLocal<SweepResult>(apiUrl, 'ReminderSweep', date ? { date } : {});
  let emailsSent = 0;
  for (const digest of body.digests) {
    const sent = await Promise.all(
      digest.matches.map((match) => reminderSent(digest.carrierId, digest.level, match)),
    );
    if (sent.some(Boolean)) emailsSent++;
  }
  return { date: body.date, overdue: body.overdue, emailsSent };
}
