import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DeleteCommand } from '@aws-sdk/lib-dynamodb';
import { backfill, sweep } from '../../local/cli/commands';
import { dynamo } from '../../shared/aws/dynamo';
import { tableName } from '../../shared/config/runtime-env';
import { keys } from '../../shared/data/keys';
import { getOfficeRow, listOfficeRows } from '../../shared/data/office-rows';
import { todayIn } from '../../shared/domain/dates';
import { summarizeMatch } from '../../shared/domain/match-summary';
import { carrierFigures, carrierStatus } from '../../shared/domain/office-figures';
import type { ReportMatch } from '../../shared/domain/reports/report-inputs';
import type { CheckInRecorded } from '../../shared/schemas/webhooks';
import { onboardCarrier, processed, sendWebhook, webhook, type TestCarrier } from '../support/api';
import { localSystem } from '../support/local-system-instance';
import { useTableOfItsOwn } from '../support/own-table';
import { testFunderConfig as config } from '../support/test-config';

// Issue 19 (SPEC §12): the office's row of a carrier is kept as facts arrive (its last fact's
// day, one write a day however many facts) and as the sweep runs (its figures, from its own
// partition). This file has a table of its own, so the sweep sees only its carriers.

/** Writes to office rows, seen in the real client's middleware (the handlers run unchanged). */
const officeRowWrites: string[] = [];
const writeTargets = /\.(PutItem|UpdateItem|DeleteItem|BatchWriteItem|TransactWriteItems)$/;

beforeAll(() => {
  dynamo.middlewareStack.add(
    (next) => async (args) => {
      const request = args.request as { headers?: Record<string, string>; body?: unknown };
      const target = request.headers?.['x-amz-target'] ?? '';
      // Read as bytes: the SDK's body also answers string methods (and valueOf, which
      // Buffer.from calls), each with a warning.
      const bytes = request.body;
      const body =
        bytes instanceof Uint8Array
          ? Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8')
          : String(bytes);
      if (writeTargets.test(target) && body.includes('"OFFICE#CARRIERS"')) {
        officeRowWrites.push(body);
      }
      return next(args);
    },
    { step: 'build', name: 'countOfficeRowWrites' },
  );
});
afterAll(() => {
  dynamo.middlewareStack.remove('countOfficeRowWrites');
});

const writesFor = (carrierId: string) =>
  officeRowWrites.filter((body) => body.includes(`"CARRIER#${carrierId}"`)).length;

const today = () => todayIn(config.timezone);
const sweepDay = '2025-06-15';

// What the partner system sends, kept here to compute the expected figures independently.
const started = { 'm-1': '2025-01-01', 'm-2': '2025-03-10', 'm-3': '2025-05-20' } as const;
const checkIns: Pick<CheckInRecorded, 'checkInId' | 'matchId' | 'occurredOn' | 'with'>[] = [
  { checkInId: 'c-1', matchId: 'm-1', occurredOn: '2025-01-10', with: 'both' },
  { checkInId: 'c-2', matchId: 'm-1', occurredOn: '2025-01-28', with: 'mentor' },
  { checkInId: 'c-3', matchId: 'm-1', occurredOn: '2025-04-20', with: 'mentor' },
  { checkInId: 'c-4', matchId: 'm-2', occurredOn: '2025-03-20', with: 'mentee' },
  { checkInId: 'c-5', matchId: 'm-2', occurredOn: '2025-04-01', with: 'both' },
  { checkInId: 'c-6', matchId: 'm-3', occurredOn: '2025-06-01', with: 'both' },
];
const ended = { matchId: 'm-2', endedOn: '2025-05-31', reason: 'mismatch' } as const;

let active: TestCarrier;
let quiet: TestCarrier;
let writesBeforeFacts = 0;

const send = async (carrier: TestCarrier, body: Parameters<typeof sendWebhook>[1]) => {
  const response = await sendWebhook(carrier, body);
  expect(response.status).toBe(202);
};

beforeAll(async () => {
  await useTableOfItsOwn('office-figures');
  [active, quiet] = await Promise.all([
    onboardCarrier({ name: 'Aktive Paten e.V.' }),
    onboardCarrier({ name: 'Stille Paten e.V.' }),
  ]);
  writesBeforeFacts = writesFor(active.carrierId);
  for (const [matchId, startedOn] of Object.entries(started)) {
    await send(
      active,
      webhook('participant.registered', { participantId: `${matchId}-a`, role: 'mentor' }),
    );
    await send(
      active,
      webhook('match.created', {
        matchId,
        mentorId: `${matchId}-a`,
        menteeId: `${matchId}-b`,
        startedOn,
        programme: 'education_work',
      }),
    );
  }
  for (const checkIn of checkIns) {
    await send(active, webhook('checkin.recorded', { ...checkIn, channel: 'phone' }));
  }
  await send(active, webhook('match.ended', ended));
  await send(
    active,
    webhook('funding.reported', {
      periodId: '2025',
      sources: [{ kind: 'state', amountEur: 5000 }],
    }),
  );
  await processed();
});

describe('the office row as facts arrive (SPEC §12)', () => {
  it("keeps the day of the carrier's last fact, written once however many facts arrive", async () => {
    const row = await getOfficeRow(active.carrierId);
    expect(row).toMatchObject({ firstFactOn: today(), lastFactOn: today() });
    // 14 facts today, several processed at once: one write of the row's days, not one per fact.
    expect(writesFor(active.carrierId) - writesBeforeFacts).toBe(1);
  });

  it('shows a carrier as invited until its first fact, then active', async () => {
    const before = await getOfficeRow(quiet.carrierId);
    expect(before).toBeDefined();
    expect(before?.lastFactOn).toBeUndefined();
    expect(carrierStatus(before!, today(), config.silentAfterDays)).toBe('invited');

    await send(quiet, webhook('participant.registered', { participantId: 'p-q', role: 'mentee' }));
    await processed();
    const after = await getOfficeRow(quiet.carrierId);
    expect(after).toMatchObject({ firstFactOn: today(), lastFactOn: today() });
    expect(carrierStatus(after!, today(), config.silentAfterDays)).toBe('active');
  });
});

describe('the office figures as the sweep runs (SPEC §12)', () => {
  beforeAll(async () => {
    const result = await sweep(localSystem().urls.api, sweepDay);
    // The sweep's own answer keeps its shape (SPEC §8).
    expect(Object.keys(result).sort()).toEqual(['date', 'emailsSent', 'overdue']);
  });

  it("writes each carrier's figures as the domain function computes them from its facts", async () => {
    const matches: ReportMatch[] = Object.entries(started).map(([matchId, startedOn]) => ({
      matchId,
      startedOn,
      ...(matchId === ended.matchId ? { endedOn: ended.endedOn, endReason: ended.reason } : {}),
      checkIns: checkIns
        .filter((checkIn) => checkIn.matchId === matchId)
        .map(({ occurredOn, with: whom }) => ({ occurredOn, with: whom, concern: false })),
    }));
    const summaries = matches.map((match) =>
      summarizeMatch(
        {
          matchId: match.matchId,
          created: {
            matchId: match.matchId,
            mentorId: 'a',
            menteeId: 'b',
            startedOn: match.startedOn,
            programme: 'education_work',
          },
          checkIns: checkIns
            .filter((checkIn) => checkIn.matchId === match.matchId)
            .map((checkIn) => ({ ...checkIn, channel: 'phone' as const })),
          ...(match.endedOn ? { ended: { endedOn: ended.endedOn, reason: ended.reason } } : {}),
        },
        config.checkInPolicy,
      ),
    );
    const expected = carrierFigures(
      { matches, summaries, funding: [{ periodId: '2025', sources: [{ amountEur: 5000 }] }] },
      sweepDay,
      config,
    );
    const row = await getOfficeRow(active.carrierId);
    expect(row?.figures).toEqual(expected);
    // The same by hand: m-1 and m-3 active, all three new in 2025, funding reported for 2025;
    // m-1 due 05-20 (04-20 + 30): overdue 26 days, at risk (overdue ≥ 14, no mentee contact in 60 days).
    expect(row?.figures).toMatchObject({
      asOf: sweepDay,
      activeMatches: 2,
      currentPeriodId: '2025',
      newInCurrentPeriod: 3,
      overdueNow: 1,
      atRiskNow: 1,
      lastFundingPeriodId: '2025',
    });
    expect(row?.figures?.months.map((month) => month.month)).toEqual([
      '2025-01',
      '2025-02',
      '2025-03',
      '2025-04',
      '2025-05',
      '2025-06',
    ]);
  });

  it('writes figures for a carrier without matches too, and the office lists both rows', async () => {
    const rows = await listOfficeRows();
    expect(rows.map((row) => row.carrierId).sort()).toEqual(
      [active.carrierId, quiet.carrierId].sort(),
    );
    expect((await getOfficeRow(quiet.carrierId))?.figures).toMatchObject({
      asOf: sweepDay,
      activeMatches: 0,
      newInCurrentPeriod: 0,
      overdueNow: 0,
      atRiskNow: 0,
      adherence90: { due: 0, onTime: 0 },
      lastFundingPeriodId: null,
    });
  });
});

describe('tandem backfill for carriers created before office rows (issue 19)', () => {
  it('writes the missing row with its facts’ days, and the next sweep fills in its figures', async () => {
    const before = await onboardCarrier({ name: 'Frühe Paten e.V.' });
    await send(
      before,
      webhook('match.created', {
        matchId: 'm-early',
        mentorId: 'p-a',
        menteeId: 'p-b',
        startedOn: '2025-02-01',
        programme: 'leisure_culture',
      }),
    );
    await processed();
    // As stored before rows existed: no row at all.
    await dynamo.send(
      new DeleteCommand({ TableName: tableName(), Key: keys.officeRow(before.carrierId) }),
    );
    expect(await getOfficeRow(before.carrierId)).toBeUndefined();

    const result = await backfill(config.checkInPolicy);
    expect(result).toMatchObject({ carriers: 3, officeRows: 1 });
    const factDay = new Date().toISOString().slice(0, 10); // the webhook's timestamp, in UTC
    expect(await getOfficeRow(before.carrierId)).toMatchObject({
      carrierId: before.carrierId,
      name: 'Frühe Paten e.V.',
      firstFactOn: factDay,
      lastFactOn: factDay,
    });
    expect((await backfill(config.checkInPolicy)).officeRows).toBe(0);

    await sweep(localSystem().urls.api, sweepDay);
    expect((await getOfficeRow(before.carrierId))?.figures).toMatchObject({
      asOf: sweepDay,
      activeMatches: 1,
      newInCurrentPeriod: 1,
    });
  });
});
