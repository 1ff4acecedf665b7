import { PutEventsCommand } from '@aws-sdk/client-eventbridge';
import { eventBridge } from '../aws/event-bridge';
import { eventBusName } from '../config/runtime-env';
import type { BusEvent } from './catalogue';
import { eventCatalogue } from './catalogue';

export class PublishFailedError extends Error {
  override readonly name = 'PublishFailedError';
}

/**
 * Puts one event on the bus and returns only once the bus has taken it. PutEvents can
 * answer 200 and still fail an entry, so the entry result is checked too.
 */
export async function publishEvent(source: string, event: BusEvent): Promise<string> {
  const checked = eventCatalogue[event.detailType].parse(event.detail);
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
