import { getCarrier, listCarrierIds } from './carriers';
import { putContacts } from './contacts';
import { listCreatedFacts } from './match-facts';
import { linkParticipantsUnlessErased } from './participant-links';

export interface BackfillResult {
  readonly carriers: number;
  /** Contact items written: one per distinct coordinator and lead address of a carrier. */
  readonly contactItems: number;
  /** Participant links written: one per participant a stored `match.created` names. */
  readonly participantLinks: number;
}

/**
 * Writes the items a write derives today for data stored before it did: contact items
 * (sign-in by e-mail, SPEC §9) from each carrier's profile, and participant links (erasure by
 * key, SPEC §3) from each stored `match.created`. Every write is a put of a derived key, so a
 * second run changes nothing; a participant erased meanwhile is redacted, not linked again.
 */
export async function backfillDerivedItems(
  onProgress: (message: string) => void = () => undefined,
): Promise<BackfillResult> {
  const carrierIds = await listCarrierIds();
  let contactItems = 0;
  let participantLinks = 0;
  for (const [index, carrierId] of carrierIds.entries()) {
    const carrier = await getCarrier(carrierId);
    if (!carrier) continue;
    contactItems += await putContacts(carrier);
    for (const created of await listCreatedFacts(carrierId)) {
      participantLinks += await linkParticipantsUnlessErased(carrierId, created);
    }
    onProgress(`backfill: carrier ${index + 1} of ${carrierIds.length}`);
  }
  return { carriers: carrierIds.length, contactItems, participantLinks };
}
