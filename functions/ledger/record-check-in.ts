import { factVersion } from '../../shared/data/facts';
import { putCheckIn } from '../../shared/data/match-facts';
import { countCheckIn, rederiveMatchSummary } from '../../shared/data/match-summaries';
import { funderConfig } from '../../shared/config/runtime-env';
import { consumer } from '../../shared/events/consume';

/**
 * A new check-in (or a redelivery of one) moves the summary on by itself; a corrected version
 * may have moved its date, so only then is the summary re-derived from all facts.
 */
export const handler = consumer('CheckInRecorded', async (event) => {
  const { carrierId, data } = event;
  const policy = funderConfig().checkInPolicy;
  const version = factVersion(event.occurredAt, event.webhookId);
  const stored = await putCheckIn(carrierId, data, version);
  if (stored.outcome === 'replaced') {
    await rederiveMatchSummary(carrierId, data.matchId, policy, {
      checkInId: data.checkInId,
      version,
    });
  } else {
    await countCheckIn(carrierId, data, version, policy);
  }
});
