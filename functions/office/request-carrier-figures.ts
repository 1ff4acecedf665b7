import { mapLimit } from '../../shared/async/map-limit';
import { listCarrierIds } from '../../shared/data/carriers';
import { reminderEventSource } from '../../shared/events/catalogue';
import { publishEvents } from '../../shared/events/publish';

/** PutEvents takes ten entries a call; a few calls at once put 1,000 carriers in seconds. */
const eventsPerCall = 10;
const callsAtOnce = 4;

/**
 * Asks for every carrier's office figures as of `date` (SPEC §12: kept up to date as the
 * sweep runs), one CarrierFiguresRequested each; returns how many carriers were asked for.
 */
export async function requestCarrierFigures(date: string): Promise<number> {
  const carrierIds = await listCarrierIds();
  const calls = Array.from({ length: Math.ceil(carrierIds.length / eventsPerCall) }, (_, index) =>
    carrierIds.slice(index * eventsPerCall, (index + 1) * eventsPerCall),
  );
  await mapLimit(calls, callsAtOnce, (batch) =>
    publishEvents(
      reminderEventSource,
      batch.map((carrierId) => ({
        detailType: 'CarrierFiguresRequested' as const,
        detail: { carrierId, date },
      })),
    ),
  );
  return carrierIds.length;
}
