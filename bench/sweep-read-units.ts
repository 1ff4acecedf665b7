import { loadavg } from 'node:os';
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DeleteTableCommand, ScanCommand, type AttributeValue } from '@aws-sdk/client-dynamodb';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { BatchWriteCommand, GetCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { ensureTable } from '../local/table';
import type { CheckInPolicy } from '../shared/config/funder-config';
import { envNames, funderConfig } from '../shared/config/runtime-env';
import type { factVersion as FactVersion } from '../shared/data/facts';
import { dueIndexShards, keys } from '../shared/data/keys';
import { tableDefinition } from '../shared/data/table-definition';
import { addDays } from '../shared/domain/dates';
import type { MatchFacts } from '../shared/domain/match-summary';
import { programmes } from '../shared/schemas/webhooks';
import type { OperationRecord } from './support/capacity-proxy';
import { runConcurrently } from './support/concurrency';
import { positiveIntegers } from './support/env';
import { reportFigure } from './support/figure-result';
import { startRecordedSystem } from './support/recorded-system';
import { formatNumber, formatRatio, median, yesNo } from './support/stats';
import { silenceNodeVersionWarning } from './support/sdk-environment';
import { printTable } from './support/table';
import { batchWrite, matchItems } from './support/table-loading';

// Figure 4: the read units and time of the daily reminder sweep (SPEC §5: "finds overdue
// matches without reading the whole table") for the same 50 due matches in a table of
// 5,000 and of 50,000 matches, next to a full Scan of each table.

/** Table sizes in matches; the first is the baseline of the ratios. */
const sizes = positiveIntegers('BENCH_SWEEP_SIZES', '5000,50000');
/** Loading stops when a table has not been filled within this budget (seconds). */
const [loadBudgetSeconds = 180] = positiveIntegers('BENCH_LOAD_BUDGET_S', '180');
const dueCount = 50;
/**
 * Every `dueSpacing`-th match is one of the due ones, so all of them lie in the first 5,000;
 * prime, so that they are spread over all carriers (match i belongs to carrier i mod 20).
 */
const dueSpacing = 97;
const carrierCount = 20;
const carrierLanguages = ['de', 'en', 'tr', 'ar', 'uk', 'ru', 'fa'] as const;
const loadConcurrency = 8;
/** Five matches of at most five items each: one BatchWriteItem of at most 25 items. */
const matchesPerBatch = 5;
const queryRepeats = 5;
/** The sweep runs this often per table, its reminders forgotten in between; times are medians. */
const [sweepRepeats = 3] = positiveIntegers('BENCH_SWEEP_REPEATS', '3');
const sweepDate = '2025-06-16';
const maxSweepChange = 0.1;
/** The scan must grow by at least this share of the growth of the table. */
const minScanGrowthShare = 0.8;

if ((dueCount - 1) * dueSpacing >= Math.min(...sizes)) {
  throw new Error(`every table needs at least ${(dueCount - 1) * dueSpacing + 1} matches`);
}

type Kind = 'due' | 'active' | 'ended';

/** Which match of the table the index is: the 50 due ones have the same ids in every table. */
const kindOf = (index: number): Kind =>
  index % dueSpacing === 0 && index / dueSpacing < dueCount
    ? 'due'
    : index % 5 === 1
      ? 'ended'
      : 'active';

const matchIdOf = (index: number) => `m-${String(index).padStart(6, '0')}`;

interface PlannedMatch {
  readonly carrierId: string;
  readonly matchId: string;
  readonly kind: Kind;
  readonly facts: MatchFacts;
  /** The day the last check-in fell on, chosen so that the next contact falls due as planned. */
  readonly plannedDueOn: string | null;
}

/**
 * One match as partners' webhooks would have left it: created, two or three check-ins a
 * week apart, a month between the last check-in and the next due contact (the example
 * funder's `thenEveryDays`), and for some an end. Due matches are 1 to 30 days overdue on
 * the sweep date (so some reach the escalation too); the other active ones fall due on the
 * sweep date or within the following 29 days.
 */
function planMatch(index: number, carrierIds: readonly string[], policy: CheckInPolicy) {
  const kind = kindOf(index);
  const matchId = matchIdOf(index);
  const carrierId = carrierIds[index % carrierIds.length] as string;
  const dueOn =
    kind === 'due'
      ? addDays(sweepDate, -(1 + ((index / dueSpacing) % 30)))
      : addDays(sweepDate, index % 30);
  const lastCheckIn = addDays(dueOn, -policy.thenEveryDays);
  const checkInCount = 2 + (index % 2);
  const startedOn = addDays(lastCheckIn, -7 * checkInCount - (index % 7));
  const facts: MatchFacts = {
    matchId,
    created: {
      matchId,
      mentorId: `${matchId}-mentor`,
      menteeId: `${matchId}-mentee`,
      startedOn,
      programme: programmes[index % programmes.length] as (typeof programmes)[number],
    },
    checkIns: Array.from({ length: checkInCount }, (_, number) => ({
      checkInId: `${matchId}-c${number + 1}`,
      occurredOn: addDays(lastCheckIn, -7 * (checkInCount - 1 - number)),
      with: 'both' as const,
      channel: number % 2 ? ('phone' as const) : ('in_person' as const),
    })),
    ...(kind === 'ended'
      ? { ended: { endedOn: addDays(lastCheckIn, 3), reason: 'planned_end' as const } }
      : {}),
  };
  return { carrierId, matchId, kind, facts, plannedDueOn: kind === 'ended' ? null : dueOn };
}

/** The items the system stores for the match (see matchItems), due as planned. */
function itemsOf(
  match: PlannedMatch,
  policy: CheckInPolicy,
  factVersion: typeof FactVersion,
): Record<string, unknown>[] {
  const { items, summary } = matchItems(match.carrierId, match.facts, policy, factVersion);
  if (summary.nextDueOn !== match.plannedDueOn) {
    throw new Error(
      `${match.matchId}: due ${String(summary.nextDueOn)}, planned ${match.plannedDueOn}`,
    );
  }
  return items;
}

interface Load {
  readonly matches: number;
  readonly items: number;
  readonly seconds: number;
  readonly complete: boolean;
}

/** Fills the table batch by batch, in match order, until done or out of budget. */
async function loadMatches(
  client: DynamoDBDocumentClient,
  table: string,
  size: number,
  carrierIds: readonly string[],
  policy: CheckInPolicy,
  factVersion: typeof FactVersion,
): Promise<Load> {
  const started = performance.now();
  const deadline = started + loadBudgetSeconds * 1000;
  const batches = Math.ceil(size / matchesPerBatch);
  let matches = 0;
  let items = 0;
  let complete = true;
  let lastReport = started;
  await runConcurrently(batches, loadConcurrency, async (batch) => {
    if (performance.now() > deadline) {
      complete = false;
      return;
    }
    const first = batch * matchesPerBatch;
    const planned = Array.from({ length: Math.min(matchesPerBatch, size - first) }, (_, offset) =>
      planMatch(first + offset, carrierIds, policy),
    );
    const batchItems = planned.flatMap((match) => itemsOf(match, policy, factVersion));
    await batchWrite(client, table, batchItems);
    matches += planned.length;
    items += batchItems.length;
    if (performance.now() - lastReport > 15_000) {
      lastReport = performance.now();
      const seconds = (lastReport - started) / 1000;
      console.error(
        `  loading ${table}: ${matches} of ${size} matches after ${seconds.toFixed(0)} s`,
      );
    }
  });
  return { matches, items, seconds: (performance.now() - started) / 1000, complete };
}

/**
 * Deletes what the sweep and the digests wrote (claims, digests and their members; see
 * keys.ts), straight in dynalite: the table is then as before the sweep, and the next sweep
 * finds the same 50 matches newly overdue and does exactly the same work again.
 */
async function forgetReminders(
  client: DynamoDBDocumentClient,
  table: string,
  carrierIds: readonly string[],
) {
  for (const carrierId of carrierIds) {
    for (const prefix of ['REMINDER#', 'DIGEST#']) {
      let startKey: Record<string, unknown> | undefined;
      do {
        const page = await client.send(
          new QueryCommand({
            TableName: table,
            KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
            ExpressionAttributeValues: {
              ':pk': keys.carrierPartition(carrierId),
              ':prefix': prefix,
            },
            ProjectionExpression: 'pk, sk',
            ConsistentRead: true,
            ExclusiveStartKey: startKey,
          }),
        );
        const found = page.Items ?? [];
        for (let first = 0; first < found.length; first += 25) {
          await client.send(
            new BatchWriteCommand({
              RequestItems: {
                [table]: found
                  .slice(first, first + 25)
                  .map((key) => ({ DeleteRequest: { Key: key } })),
              },
            }),
          );
        }
        startKey = page.LastEvaluatedKey;
      } while (startKey);
    }
  }
}

/** A full, paginated Scan as a job reading the whole table would do it (eventually consistent). */
async function scanTable(client: DynamoDBClient, table: string) {
  const started = performance.now();
  let readUnits = 0;
  let items = 0;
  let pages = 0;
  let startKey: Record<string, AttributeValue> | undefined;
  do {
    const page = await client.send(
      new ScanCommand({
        TableName: table,
        ReturnConsumedCapacity: 'TOTAL',
        ExclusiveStartKey: startKey,
      }),
    );
    readUnits += page.ConsumedCapacity?.CapacityUnits ?? 0;
    items += page.Count ?? 0;
    pages++;
    startKey = page.LastEvaluatedKey;
  } while (startKey);
  return { readUnits, items, pages, ms: performance.now() - started };
}

const dueIndexLabel = `index ${tableDefinition.indexes.due.name}`;
const isDueQuery = (record: OperationRecord) =>
  record.operation === 'Query' && record.label === dueIndexLabel;
const sumReads = (records: readonly OperationRecord[]) =>
  records.reduce((total, record) => total + record.readUnits, 0);

interface Measurement {
  readonly size: number;
  readonly load: Load;
  readonly overdue: number;
  readonly sweepReadUnits: number;
  /** By DynamoDB's rule that a request reading nothing still costs 0.5 RCU (eventually c.). */
  readonly sweepReadUnitsAtLeastHalf: number;
  readonly dueQueries: number;
  /** Median of the repeats. */
  readonly sweepMs: number;
  readonly sweepTimes: readonly number[];
  readonly queryMs: number;
  readonly sweepWrites: number;
  readonly digests: number;
  readonly emails: number;
  readonly digestMs: number;
  readonly digestReadUnits: number;
  readonly scan: Awaited<ReturnType<typeof scanTable>>;
}

const formatUnits = (units: number) => formatNumber(units, Number.isInteger(units) ? 0 : 1);

async function main() {
  silenceNodeVersionWarning();
  const wallStarted = performance.now();
  const [loadAtStart = 0] = loadavg();
  // Loading and scanning go straight to dynalite: the proxy records the system's requests.
  const recorded = await startRecordedSystem();
  const { bench, system, proxy, direct, directDocuments } = recorded;
  try {
    // Loaded only now: the shared DynamoDB client takes its endpoint when it is created.
    const { handler: sweep } = await import('../functions/reminders/sweep');
    const { findOverdueMatches } = await import('../shared/data/due-index');
    const { createCarrier } = await import('../shared/data/carrier-onboarding');
    const { factVersion } = await import('../shared/data/facts');
    const policy = funderConfig().checkInPolicy;
    const sentEmails = async () => {
      const response = await fetch(`${system.urls.ses}/store`);
      return ((await response.json()) as { emails: unknown[] }).emails.length;
    };

    const measurements: Measurement[] = [];
    const carrierItems: Record<string, unknown>[] = [];
    // The first run warms up (JIT, handler modules, sockets) and is not reported.
    const runs = [{ size: sizes[0] as number, warmUp: true }];
    for (const size of sizes) runs.push({ size, warmUp: false });
    for (const [run, { size, warmUp }] of runs.entries()) {
      // A fresh table per run, so the 50 due matches are newly overdue in each.
      const table = `tandem-sweep-${run}-${size}`;
      await ensureTable(direct, table);
      process.env[envNames.tableName] = table;
      if (carrierItems.length === 0) {
        // The same carriers (ids, languages, contacts) in every table, as createCarrier makes them.
        const carriers = await Promise.all(
          Array.from({ length: carrierCount }, (_, index) =>
            createCarrier({
              name: `Patenschaften Benchstadt ${index + 1} e.V.`,
              coordinatorEmail: `koordination-${index + 1}@example.org`,
              leadEmail: `leitung-${index + 1}@example.org`,
              language: carrierLanguages[index % carrierLanguages.length],
            }),
          ),
        );
        for (const carrier of carriers) {
          const { Item } = await directDocuments.send(
            new GetCommand({ TableName: table, Key: keys.carrierProfile(carrier.carrierId) }),
          );
          if (!Item) throw new Error(`carrier ${carrier.carrierId} was not stored`);
          carrierItems.push(Item);
        }
      } else {
        await batchWrite(directDocuments, table, carrierItems);
      }
      const carrierIds = carrierItems.map((item) => String(item.carrierId)).sort();

      console.error(
        `Loading ${formatNumber(size)} matches into ${table}${warmUp ? ' (warm-up)' : ''} …`,
      );
      const load = await loadMatches(directDocuments, table, size, carrierIds, policy, factVersion);
      console.error(
        `  ${formatNumber(load.matches)} matches, ${formatNumber(load.items)} items in ${load.seconds.toFixed(1)} s`,
      );

      const sweepOnce = async () => {
        const emailsBefore = await sentEmails();
        proxy.takeRecords();
        const started = performance.now();
        const result = await sweep({ date: sweepDate });
        const ms = performance.now() - started;
        const sweepRecords = proxy.takeRecords();
        await system.bus.idle();
        const digestMs = performance.now() - started;
        const digestRecords = proxy.takeRecords();
        const emails = (await sentEmails()) - emailsBefore;
        const dueQueries = sweepRecords.filter(isDueQuery);
        // The sweep reads nothing but the due index; its claims are writes. Reads of digests
        // being sent while the sweep still claims are counted with the digests.
        const otherSweepReads = sweepRecords.filter(
          (record) => record.readUnits > 0 && !isDueQuery(record),
        );
        // Expected every time: exactly the planned due matches, each digest e-mailed.
        if (result.overdue !== dueCount) {
          throw new Error(`the sweep found ${result.overdue} overdue matches, not ${dueCount}`);
        }
        if (emails !== result.digests.length) {
          throw new Error(`${result.digests.length} digests led to ${emails} e-mails`);
        }
        if (system.bus.deadLetters.length > 0) {
          throw new Error(`dead letters: ${system.bus.deadLetters.join(', ')}`);
        }
        return {
          result,
          ms,
          digestMs,
          emails,
          dueQueries,
          // Claims and digest members; the digests' lease and sent-marks are updates.
          writes: sweepRecords.filter((record) => record.operation === 'PutItem').length,
          digestReadUnits: sumReads([...otherSweepReads, ...digestRecords]),
        };
      };
      const sweeps: Awaited<ReturnType<typeof sweepOnce>>[] = [];
      for (let repeat = 0; repeat < sweepRepeats; repeat++) {
        if (repeat > 0) await forgetReminders(directDocuments, table, carrierIds);
        sweeps.push(await sweepOnce());
      }
      const [firstSweep] = sweeps;
      if (!firstSweep) throw new Error('no sweep ran');
      const result = firstSweep.result;
      const dueQueries = firstSweep.dueQueries;
      if (sweeps.some((each) => sumReads(each.dueQueries) !== sumReads(dueQueries))) {
        throw new Error('the sweep read a different number of units on a repeat');
      }

      // The due-index read alone, without claims and events, a few times for a stable time.
      const queryTimes: number[] = [];
      for (let repeat = 0; repeat < queryRepeats; repeat++) {
        const started = performance.now();
        const found = await findOverdueMatches(sweepDate);
        queryTimes.push(performance.now() - started);
        if (found.length !== result.overdue) throw new Error('the due index changed');
      }
      proxy.takeRecords();

      const scan = await scanTable(direct, table);
      if (!warmUp) {
        measurements.push({
          size,
          load,
          overdue: result.overdue,
          sweepReadUnits: sumReads(dueQueries),
          sweepReadUnitsAtLeastHalf: dueQueries.reduce(
            (total, record) => total + Math.max(record.readUnits, 0.5),
            0,
          ),
          dueQueries: dueQueries.length,
          sweepMs: median(sweeps.map((each) => each.ms)),
          sweepTimes: sweeps.map((each) => each.ms),
          queryMs: median(queryTimes),
          sweepWrites: firstSweep.writes,
          digests: result.digests.length,
          emails: firstSweep.emails,
          digestMs: median(sweeps.map((each) => each.digestMs)),
          digestReadUnits: firstSweep.digestReadUnits,
          scan,
        });
      }

      // Keeps dynalite's memory to one table at a time.
      await direct.send(new DeleteTableCommand({ TableName: table }));
    }

    const [base] = measurements;
    if (!base) throw new Error('nothing measured');
    const rows = measurements.map((measured) => {
      const first = measured === base;
      const ratio = (value: number, baseline: number) =>
        first ? '' : baseline === 0 ? 'n/a' : formatRatio(value / baseline);
      return [
        `${formatNumber(measured.load.matches)} matches${measured.load.complete ? '' : ' (partial!)'}`,
        formatNumber(measured.scan.items),
        String(measured.overdue),
        formatUnits(measured.sweepReadUnits),
        formatUnits(measured.sweepReadUnitsAtLeastHalf),
        formatNumber(measured.sweepMs, 0),
        formatNumber(measured.queryMs, 1),
        formatUnits(measured.scan.readUnits),
        formatNumber(measured.scan.ms, 0),
        ratio(measured.sweepReadUnits, base.sweepReadUnits),
        ratio(measured.sweepMs, base.sweepMs),
        ratio(measured.scan.readUnits, base.scan.readUnits),
        ratio(measured.scan.ms, base.scan.ms),
      ];
    });

    const verdicts = measurements.slice(1).map((measured) => {
      const sweepChange = Math.abs(measured.sweepReadUnits / base.sweepReadUnits - 1);
      const tableGrowth = measured.load.matches / base.load.matches;
      const scanGrowth = measured.scan.readUnits / base.scan.readUnits;
      return {
        measured,
        sweepChange,
        tableGrowth,
        scanGrowth,
        met:
          base.sweepReadUnits > 0 &&
          sweepChange <= maxSweepChange &&
          scanGrowth >= minScanGrowthShare * tableGrowth,
      };
    });
    const allComplete = measurements.every((measured) => measured.load.complete);
    const met = verdicts.length > 0 && verdicts.every((verdict) => verdict.met) && allComplete;
    const goal =
      `the sweep's read units change by ≤ ${maxSweepChange * 100} % between the sizes, ` +
      `while a full Scan grows with the table (~10×)`;
    const wallSeconds = (performance.now() - wallStarted) / 1000;
    printTable(
      'Figure 4 — reminder sweep: read units and time by table size, next to a full Scan',
      goal,
      [
        'table',
        'items',
        'overdue',
        'sweep RCU',
        'RCU ≥0.5/req*',
        'sweep ms',
        'query ms',
        'scan RCU',
        'scan ms',
        'sweep RCU ×',
        'sweep ms ×',
        'scan RCU ×',
        'scan ms ×',
      ],
      rows,
      [
        ...verdicts.map(
          (verdict) =>
            `${formatNumber(verdict.measured.load.matches)} vs ${formatNumber(base.load.matches)} matches ` +
            `(table ${formatRatio(verdict.tableGrowth)}): sweep RCU changed by ` +
            `${(verdict.sweepChange * 100).toFixed(1)} % (goal ≤ ${maxSweepChange * 100} %), scan RCU ` +
            `grew ${formatRatio(verdict.scanGrowth)} (goal ≥ ${formatRatio(minScanGrowthShare * verdict.tableGrowth)}) ` +
            `→ goal met: ${yesNo(verdict.met)}`,
        ),
        ...measurements.map(
          (measured) =>
            `${formatNumber(measured.load.matches)} matches: sweep = ${measured.dueQueries} Query ` +
            `requests on the due index (${dueIndexShards} shards), ${measured.sweepWrites} claim puts, ` +
            `${measured.digests} digest events → ${measured.emails} e-mails sent (all digests ` +
            `done ${formatNumber(measured.digestMs, 0)} ms after the sweep started, their reads ` +
            `${formatUnits(measured.digestReadUnits)} RCU); scan ${formatNumber(measured.scan.items)} ` +
            `items in ${measured.scan.pages} pages; loaded in ${measured.load.seconds.toFixed(1)} s; ` +
            `sweep ms of the ${sweepRepeats} runs: ` +
            measured.sweepTimes.map((ms) => formatNumber(ms, 0)).join(' / ') +
            (measured.load.complete
              ? ''
              : ` — LOAD BUDGET OF ${loadBudgetSeconds} s EXCEEDED: only ${formatNumber(measured.load.matches)} of ${formatNumber(measured.size)} matches loaded`),
        ),
        `Each table: ${carrierCount} carriers, per match a summary item (as rederiveMatchSummary writes it,`,
        `  due-index keys while active), its match.created fact and 2–3 check-in facts, for every fifth`,
        `  an end fact too. ${dueCount} matches (the same ids in every table) are 1–30 days overdue on`,
        `  ${sweepDate}; the other active ones fall due on that day or later; ended ones have no due keys.`,
        `sweep RCU: the Query requests of the sweep handler on the due index, as dynalite reports them`,
        `  (ReturnConsumedCapacity injected by the capacity proxy): per request the index entries read,`,
        `  rounded up to 4 KB, halved because index queries are eventually consistent. dynalite reports`,
        `  0 for a request that reads nothing; * DynamoDB charges such a request 0.5 RCU, so this column`,
        `  counts each request as at least 0.5 — the floor is the same at every size.`,
        `scan RCU: a full paginated Scan (1 MB pages, eventually consistent), ReturnConsumedCapacity`,
        `  TOTAL asked for directly, as dynalite counts it (per page, rounded up to 4 KB, halved).`,
        `sweep ms: the whole handler (due-index queries, claim writes, PutEvents to the local bus),`,
        `  median of ${sweepRepeats} runs per table, the claims and digests deleted in between (the RCU`,
        `  were the same in every run); digests: median time until the bus was idle.`,
        `  query ms: the due-index read alone, median of ${queryRepeats}. Times are from one Node process`,
        `  running dynalite (in memory), the recording proxy, the bus and the handlers together: they`,
        `  show the trend, not DynamoDB's latency; sweep ms also shares the process with the digests`,
        `  being sent while the sweep still claims, so it is noisy. Loading and the Scan bypass the proxy.`,
        `Machine load average (1 min) at start ${loadAtStart.toFixed(1)}, at end ${(loadavg()[0] ?? 0).toFixed(1)}.`,
        `A first run on ${formatNumber(sizes[0] as number)} matches warmed up the process and is not shown.`,
        `Wall time of this figure, loading and warm-up included: ${wallSeconds.toFixed(1)} s on ${process.version}.`,
        ...(allComplete
          ? []
          : [`Not every table could be loaded within ${loadBudgetSeconds} s: see above.`]),
        ...(proxy.unmeasured.length
          ? [`Not measured (passed through): ${[...new Set(proxy.unmeasured)].join(', ')}`]
          : []),
        ...bench.log.map((line) => `log: ${line}`),
      ],
    );
    const last = measurements.at(-1) ?? base;
    reportFigure({
      figure: 'sweep read units by table size',
      goal,
      met,
      headline:
        `sweep ${formatUnits(base.sweepReadUnits)} → ${formatUnits(last.sweepReadUnits)} RCU, ` +
        `scan ${formatUnits(base.scan.readUnits)} → ${formatUnits(last.scan.readUnits)} RCU ` +
        `(${formatNumber(base.load.matches)} → ${formatNumber(last.load.matches)} matches)`,
    });
  } finally {
    await recorded.stop();
  }
}

await main();
