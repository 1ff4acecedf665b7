import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import { beforeAll, describe, expect, it } from 'vitest';
import { handler as runSweep } from '../../functions/reminders/sweep';
import { mapLimit } from '../../shared/async/map-limit';
import { dynamo } from '../../shared/aws/dynamo';
import { funderConfig, tableName } from '../../shared/config/runtime-env';
import { factVersion } from '../../shared/data/facts';
import { putMatchCreated } from '../../shared/data/match-facts';
import { rederiveMatchSummary } from '../../shared/data/match-summaries';
import { addDays } from '../../shared/domain/dates';
import { overdueDays } from '../../shared/domain/check-in-policy';
import { onboardCarrier, processed, type TestCarrier } from '../support/api';
import { emailsTo, uniqueAddress } from '../support/mailbox';
import { useTableOfItsOwn } from '../support/own-table';

// Issue 16, point 4: a carrier with thousands of overdue matches got the same 12.5 MB digest
// four times. Here 2,000 matches are stored through the real data functions (as the ledger
// stores them), then swept: one bounded digest per recipient, 50 listed per list, the rest
// counted, tokens only for the listed, and the rest listed in the following days' digests.

const matchCount = 2000;
const firstStart = '2030-01-01';
const sweepDay = '2030-02-24';
let carrier: TestCarrier;
let coordinator: string;
let lead: string;

const matchIdOf = (index: number) => `m-${String(index).padStart(5, '0')}`;
const startOf = (index: number) => addDays(firstStart, index % 40);

/** How many matches are overdue on `day`, and how many by the escalation threshold. */
function expectedCounts(day: string) {
  const { checkInPolicy } = funderConfig();
  const firstDue = Math.floor(checkInPolicy.firstMonthDays / checkInPolicy.firstMonthContacts);
  const days = Array.from({ length: matchCount }, (_, index) =>
    overdueDays(addDays(startOf(index), firstDue), day),
  );
  return {
    overdue: days.filter((d) => d >= 1).length,
    escalated: days.filter((d) => d >= checkInPolicy.escalateAfterDays).length,
  };
}

const listedIds = (html: string) =>
  [...html.matchAll(/<code dir="ltr">(m-\d+)<\/code>/g)].map((found) => found[1]!);
const contactDoneLinks = (html: string) => [...html.matchAll(/href="[^"]*\/app\/r\/[^"]+"/g)];

async function linkTokensStored(): Promise<number> {
  let count = 0;
  let startKey: Record<string, unknown> | undefined;
  do {
    const page = await dynamo.send(
      new ScanCommand({
        TableName: tableName(),
        FilterExpression: 'entity = :entity',
        ExpressionAttributeValues: { ':entity': 'LinkToken' },
        Select: 'COUNT',
        ExclusiveStartKey: startKey,
      }),
    );
    count += page.Count ?? 0;
    startKey = page.LastEvaluatedKey;
  } while (startKey);
  return count;
}

/** The scheduled sweep as of `day`, run here, then every digest event it led to. */
async function sweepAndSend(day: string) {
  await runSweep({ date: day });
  await processed();
}

beforeAll(async () => {
  await useTableOfItsOwn('large-digest');
  coordinator = uniqueAddress('koordination');
  lead = uniqueAddress('leitung');
  carrier = await onboardCarrier({
    coordinatorEmail: coordinator,
    leadEmail: lead,
    language: 'en',
  });
  const policy = funderConfig().checkInPolicy;
  await mapLimit(
    Array.from({ length: matchCount }, (_, index) => index),
    48,
    async (index) => {
      const matchId = matchIdOf(index);
      await putMatchCreated(
        carrier.carrierId,
        {
          matchId,
          mentorId: `${matchId}-a`,
          menteeId: `${matchId}-b`,
          startedOn: startOf(index),
          programme: 'leisure_culture',
        },
        factVersion('2030-01-01T00:00:00.000Z', `seed-${matchId}`),
        '2030-01-01T00:00:00.000Z',
      );
      // A seeding shortcut past the ledger: the digest needs summaries, not participant links.
      await rederiveMatchSummary(carrier.carrierId, matchId, policy, { linksWritten: true });
    },
  );
}, 300_000);

describe('a digest over thousands of overdue matches (issue 16, point 4; SPEC §5)', () => {
  const firstListed: Record<'coordinator' | 'lead', string[]> = { coordinator: [], lead: [] };

  it('sends exactly one bounded digest per recipient, 50 listed, the rest counted', async () => {
    const { overdue, escalated } = expectedCounts(sweepDay);
    expect(overdue).toBeGreaterThan(1500);
    expect(escalated).toBeGreaterThan(1000);
    // Each digest is announced in several events (500 matches each): all but the first
    // delivery find it sent.
    await sweepAndSend(sweepDay);

    const toCoordinator = await emailsTo(coordinator);
    const toLead = await emailsTo(lead);
    expect(toCoordinator).toHaveLength(1);
    expect(toLead).toHaveLength(1);
    for (const [role, email, total] of [
      ['coordinator', toCoordinator[0]!, overdue],
      ['lead', toLead[0]!, escalated],
    ] as const) {
      const html = email.body.html ?? '';
      expect(Buffer.byteLength(html)).toBeLessThan(60_000);
      expect(listedIds(html)).toHaveLength(50);
      expect(contactDoneLinks(html)).toHaveLength(50);
      expect(email.subject).toContain(`: ${total}`);
      expect(email.body.text).toContain(`… and ${total - 50} more.`);
      expect(html).toContain(`… and ${total - 50} more.`);
      expect(html).toMatch(/href="http:\/\/127\.0\.0\.1:\d+\/app\/matches\?overdue=true"/);
      firstListed[role] = listedIds(html);
    }
    // The lead's list: the longest overdue, each with its reason.
    expect(toLead[0]!.body.text).toContain('At risk because: contact long overdue');
    // One token per listed match, none for the thousands only counted.
    expect(await linkTokensStored()).toBe(100);
  }, 300_000);

  it("lists the counted ones in the next day's digest, never one listed before", async () => {
    const nextDay = addDays(sweepDay, 1);
    const { overdue } = expectedCounts(nextDay);
    await sweepAndSend(nextDay);
    const toCoordinator = await emailsTo(coordinator);
    expect(toCoordinator).toHaveLength(2);
    const html = toCoordinator[1]!.body.html ?? '';
    const listed = listedIds(html);
    expect(listed).toHaveLength(50);
    expect(listed.filter((id) => firstListed.coordinator.includes(id))).toEqual([]);
    // Everything overdue and not listed yet: today's total less the 50 listed yesterday.
    expect(toCoordinator[1]!.body.text).toContain(`… and ${overdue - 50 - 50} more.`);
    expect(await emailsTo(lead)).toHaveLength(2);
  }, 300_000);
});
