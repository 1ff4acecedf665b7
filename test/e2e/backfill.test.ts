import { DeleteCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { beforeAll, describe, expect, it } from 'vitest';
import { backfill } from '../../local/cli/commands';
import { dynamo } from '../../shared/aws/dynamo';
import { tableName } from '../../shared/config/runtime-env';
import { carriersOfContact } from '../../shared/data/contacts';
import { keys } from '../../shared/data/keys';
import { onboardCarrier, processed, sendWebhook, webhook, type TestCarrier } from '../support/api';
import { useTableOfItsOwn } from '../support/own-table';
import { testFunderConfig } from '../support/test-config';
import { carrierItems } from '../support/table';

// Issues 7 and 8 derive items on write that data stored before them lacks: contact items
// (sign-in by e-mail) and participant links (erasure by key). Without them a coordinator
// cannot sign in and an erasure misses the match. `tandem backfill` writes them once, also
// for a participant erased in between (it must not bring the id back).

const coordinator = 'vorher@example.org';
const policy = testFunderConfig.checkInPolicy;
const created = (matchId: string, mentorId: string, menteeId: string) =>
  webhook('match.created', {
    matchId,
    mentorId,
    menteeId,
    startedOn: '2025-02-03',
    programme: 'education_work',
  });

const itemsNaming = async (carrierId: string, participantId: string) =>
  (await carrierItems(carrierId)).filter((item) =>
    JSON.stringify(item).includes(`"${participantId}"`),
  );

/** Deletes what today's writes derive, leaving the data as the version before them stored it. */
async function asStoredBefore(carrier: TestCarrier) {
  await dynamo.send(
    new DeleteCommand({
      TableName: tableName(),
      Key: keys.contact(keys.hashAddress(coordinator), carrier.carrierId),
    }),
  );
  for (const item of await carrierItems(carrier.carrierId)) {
    if (String(item.sk).startsWith('PARTICIPATION#')) {
      await dynamo.send(
        new DeleteCommand({ TableName: tableName(), Key: { pk: item.pk, sk: item.sk } }),
      );
    }
    // Summaries kept neither the at-risk dates nor a place in the per-carrier due index.
    if (String(item.sk).startsWith(keys.matchSummaryPrefix)) {
      await dynamo.send(
        new UpdateCommand({
          TableName: tableName(),
          Key: { pk: item.pk, sk: item.sk },
          UpdateExpression: 'REMOVE lastConcernOn, lastMenteeContactOn, carrierDuePk, carrierDueSk',
        }),
      );
    }
  }
}

const summaries = async (carrierId: string) =>
  (await carrierItems(carrierId)).filter((item) => item.entity === 'MatchSummary');

describe('tandem backfill (issues 7 and 8)', () => {
  let carrier: TestCarrier;

  beforeAll(async () => {
    // It covers every carrier of the table: this file's carrier only.
    await useTableOfItsOwn('backfill');
    carrier = await onboardCarrier({ coordinatorEmail: coordinator });
    for (const body of [
      created('m-1', 'p-early', 'p-1'),
      created('m-2', 'p-2', 'p-late'),
      created('m-3', 'p-late', 'p-3'),
    ]) {
      expect((await sendWebhook(carrier, body)).status).toBe(202);
    }
    await processed();
    await asStoredBefore(carrier);
  });

  it('writes the missing sign-in contacts and erasure links, redacting a participant erased before it', async () => {
    const hash = keys.hashAddress(coordinator);
    expect(await carriersOfContact(hash)).toEqual([]);

    // Before the backfill an erasure cannot find the match: the id stays in m-1's fact and
    // summary.
    const erased = webhook('participant.erased', { participantId: 'p-early' });
    expect((await sendWebhook(carrier, erased)).status).toBe(202);
    await processed();
    expect(
      (await itemsNaming(carrier.carrierId, 'p-early')).map((item) => item.entity).sort(),
    ).toEqual(['MatchFact', 'MatchSummary']);

    expect(
      (await summaries(carrier.carrierId)).map((item) => 'lastMenteeContactOn' in item),
    ).toEqual([false, false, false]);
    const result = await backfill(policy);
    expect(result).toEqual({
      carriers: 1,
      contactItems: 1,
      participantLinks: 5,
      matchSummaries: 3,
      officeRows: 0,
    });
    for (const summary of await summaries(carrier.carrierId)) {
      expect(summary).toMatchObject({ lastConcernOn: null, lastMenteeContactOn: null });
      expect(summary.carrierDueSk).toBe(`${String(summary.nextDueOn)}#${String(summary.matchId)}`);
    }
    expect(await carriersOfContact(hash)).toEqual([carrier.carrierId]);
    // The tombstone was there: the backfill redacted the id instead of linking it.
    expect(await itemsNaming(carrier.carrierId, 'p-early')).toEqual([]);
    const links = (await carrierItems(carrier.carrierId))
      .map((item) => String(item.sk))
      .filter((sk) => sk.startsWith('PARTICIPATION#'))
      .sort();
    expect(links).toEqual([
      'PARTICIPATION#p-1#MATCH#m-1',
      'PARTICIPATION#p-2#MATCH#m-2',
      'PARTICIPATION#p-3#MATCH#m-3',
      'PARTICIPATION#p-late#MATCH#m-2',
      'PARTICIPATION#p-late#MATCH#m-3',
    ]);

    // After it, an erasure finds both of p-late's matches by their links.
    const erasedLate = webhook('participant.erased', { participantId: 'p-late' });
    expect((await sendWebhook(carrier, erasedLate)).status).toBe(202);
    await processed();
    expect(await itemsNaming(carrier.carrierId, 'p-late')).toEqual([]);
  });

  it('changes nothing when run again', async () => {
    const before = await carrierItems(carrier.carrierId);
    expect(await backfill(policy)).toEqual({
      carriers: 1,
      contactItems: 1,
      participantLinks: 3,
      matchSummaries: 0,
      officeRows: 0,
    });
    expect(await carrierItems(carrier.carrierId)).toEqual(before);
  });
});
