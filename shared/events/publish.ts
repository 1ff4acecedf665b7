import { putEvents, type PutEventsResultEntry } from '../aws/event-bridge';
import { eventBusName } from '../config/runtime-env';
import type { BusEvent } from './catalogue';
import { parseDetail } from './catalogue';

export class PublishFailedError extends Error {
  override readonly name = 'PublishFailedError';
}

/** PutEvents takes at most ten entries a call. */
const putEventsBatch = 10;

const describeFailure = (entry: PutEventsResultEntry | undefined) =>
  `${entry?.ErrorCode ?? 'unknown'} ${entry?.ErrorMessage ?? ''}`.trim();

/**
 * Puts events on the bus, ten a call, each checked against the catalogue, and returns their
 * ids only once the bus has taken every one. PutEvents can answer 200 and still fail an
 * entry, so each entry's result is checked; a failure throws, so that the caller is retried
 * (consumers are idempotent, so an event put twice does no harm).
 */
export async function publishEvents(
  source: string,
  events: readonly BusEvent[],
): Promise<string[]> {
  const eventIds: string[] = [];
  for (let start = 0; start < events.length; start += putEventsBatch) {
    const batch = events.slice(start, start + putEventsBatch);
    const result = await putEvents(
      await Promise.all(
        batch.map(async (event) => ({
          Source: source,
          DetailType: event.detailType,
          Detail: JSON.stringify(await parseDetail(event.detailType, event.detail)),
          EventBusName: eventBusName(),
        })),
      ),
    );
    const failed = result.Entries?.find((entry) => !entry.EventId);
    if (result.FailedEntryCount || failed || (result.Entries?.length ?? 0) < batch.length) {
      throw new PublishFailedError(
        `The bus refused ${result.FailedEntryCount ?? 1} of ${batch.length} events: ${describeFailure(failed)}`,
      );
    }
    eventIds.push(...(result.Entries ?? []).map((entry) => String(entry.EventId)));
  }
  return eventIds;
}

/** Puts one event on the bus; returns its id once the bus has taken it. */
export async function publishEvent(source: string, event: BusEvent): Promise<string> {
  const [eventId] = await publishEvents(source, [event]);
  return String(eventId);
}
