import { factVersion } from '../../shared/data/facts';
import { deleteParticipant, isErased, putParticipant } from '../../shared/data/participants';
import { consumer } from '../../shared/events/consume';
import { noteCarrierFactToday } from '../../shared/data/office-rows';

export const handler = consumer('ParticipantRegistered', async (event) => {
  const { carrierId, data } = event;
  await putParticipant(carrierId, data, factVersion(event.occurredAt, event.webhookId));
  // Write first, then look for a tombstone: with a concurrent erasure, one side sees the other.
  if (await isErased(carrierId, data.participantId)) {
    await deleteParticipant(carrierId, data.participantId);
  }
  await noteCarrierFactToday(carrierId);
});
