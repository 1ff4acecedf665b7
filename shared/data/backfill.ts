import type { CheckInPolicy } from '../config/funder-config';
import { tableName } from '../config/runtime-names';
import { getCarrier, listCarrierIds } from './carriers';
import { putContacts } from './contacts';
import { keys } from './keys';
import { listCreatedFacts } from './match-facts';
import { rederiveMatchSummary } from './match-summaries';
import { backfillOfficeRow } from './office-row-backfill';
import { linkParticipantsUnlessErased } from './participant-links';
import { queryAll } from './query-all';

export interface BackfillResult {
  readonly carriers: number;
  /** Contact items written: one per distinct coordinator and lead address of a carrier. */
  readonly contactItems: number;
  /** Participant links written: one per participant a stored `match.created` names. */
  readonly participantLinks: number;
  /**
   * Match summaries derived anew from their facts, so that each holds what a summary holds
   * today (the at-risk dates, the per-carrier due index entry).
   */
  readonly matchSummaries: number;
  /** Office rows (SPEC §12) written for carriers created before them, or given their facts' days. */
  readonly officeRows: number;
}

/**
 * Writes the items a write derives today for data stored before it did: contact items
 * (sign-in by e-mail, SPEC §9) from each carrier's profile, and participant links (erasure by
 * key, SPEC §3) from each stored `match.created`. Every write is a put of a derived key, so a
 * second run changes nothing; a participant erased meanwhile is redacted, not linked again.
 */
export async function backfillDerivedItems(
  policy: CheckInPolicy,
  onProgress: (message: string) => void = () => undefined,
): Promise<BackfillResult> {
  const carrierIds = await listCarrierIds();
  let contactItems = 0;
  let participantLinks = 0;
  let matchSummaries = 0;
  let officeRows = 0;
  for (const [index, carrierId] of carrierIds.entries()) {
    const carrier = await getCarrier(carrierId);
    if (!carrier) continue;
    contactItems += await putContacts(carrier);
    if (await backfillOfficeRow(carrier)) officeRows++;
    for (const created of await listCreatedFacts(carrierId)) {
      participantLinks += await linkParticipantsUnlessErased(
        carrierId,
        created,
        new Date().toISOString(),
      );
    }
    for (const matchId of await listSummariesToRederive(carrierId)) {
      // Every stored match.created of the carrier was linked above.
      await rederiveMatchSummary(carrierId, matchId, policy, { linksWritten: true });
      matchSummaries++;
    }
    onProgress(`backfill: carrier ${index + 1} of ${carrierIds.length}`);
  }
  return {
    carriers: carrierIds.length,
    contactItems,
    participantLinks,
    matchSummaries,
    officeRows,
  };
}

/**
 * The carrier's matches whose summary was written before summaries kept the at-risk dates
 * (a summary written since holds the attribute, as null when there is no such contact).
 */
async function listSummariesToRederive(carrierId: string): Promise<string[]> {
  const items = await queryAll({
    TableName: tableName(),
    KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
    FilterExpression: 'attribute_not_exists(#menteeContact)',
    ExpressionAttributeNames: { '#menteeContact': 'lastMenteeContactOn' },
    ExpressionAttributeValues: {
      ':pk': keys.carrierPartition(carrierId),
      ':prefix': keys.matchSummaryPrefix,
    },
    ProjectionExpression: 'sk',
  });
  return items.map((item) => String(item.sk).slice(keys.matchSummaryPrefix.length));
}
