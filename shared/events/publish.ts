import { PutEventsCommand } from '@aws-sdk/client-eventbridge';
import { eventBridge } from '../aws/event-bridge';
import { eventBusName } from '../config/runtime-env';
import type { BusEvent } from './catalogue';
import { parseDetail } from './catalogue';

export class PublishFailedError extends Error {
  override readonly name = 'PublishFailedError';
}

/**
 * Puts one event on the bus and returns only once the bus has taken it. PutEvents can
 * answer 200 and still fail an entry, so the entry result is checked too.
 */
export async function publishEvent(source: string, event: BusEvent): Promise<string> {
  const checked = parseDetail(event.detailType, event.detail);
  const result = await eventBridge.send(
    new PutEventsCommand({
      Entries: [
        {
          EventBusName: eventBusName(),
          Source: source,
          DetailType: event.detailType,
          Detail: JSON.stringify(checked),
        },
      ],
    }),
  );
  const entry = result.Entries?.[0];
  if (result.FailedEntryCount || !entry?.EventId) {
    throw new PublishFailedError(
      `The bus refused the event: ${entry?.ErrorCode ?? 'unknown'} ${entry?.ErrorMessage ?? ''}`.trim(),
    );
  }
  return entry.EventId;
}

/** PutEvents takes at most ten entries a call. */
const putEventsBatch = 10;

/**
 * Puts many events on the bus, ten a call, and throws if any entry failed, so that the
 * caller is retried (its consumers are idempotent, so events put twice do no harm).
 */
export async function publishEvents(source: string, events: readonly BusEvent[]): Promise<void> {
  for (let start = 0; start < events.length; start += putEventsBatch) {
    const batch = events.slice(start, start + putEventsBatch);
    const result = await eventBridge.send(
      new PutEventsCommand({
        Entries: batch.map((event) => ({
          EventBusName: eventBusName(),
          Source: source,
          DetailType: event.detailType,
          Detail: JSON.stringify(parseDetail(event.detailType, event.detail)),
        })),
      }),
    );
    if (result.FailedEntryCount) {
      throw new PublishFailedError(
        `The bus refused ${result.FailedEntryCount} of ${batch.length} events`,
      );
    }
  }
}
