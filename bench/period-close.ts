import { readdir, readFile } from 'node:fs/promises';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { DeleteTableCommand, DynamoDBClient, ScanCommand } from '@aws-sdk/client-dynamodb';
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import type { PutEventsEntry } from '../local/event-bus';
import { localReportsDir } from '../local/object-store';
import { ensureTable } from '../local/table';
import type { CheckInPolicy } from '../shared/config/funder-config';
import { languages } from '../shared/i18n/languages';
import { envNames, funderConfig } from '../shared/config/runtime-env';
import type { NewCarrier } from '../shared/data/carriers';
import type { factVersion as FactVersion } from '../shared/data/facts';
import { keys } from '../shared/data/keys';
import { addDays, daysBetween } from '../shared/domain/dates';
import type { MatchFacts } from '../shared/domain/match-summary';
import type { FunderSummary } from '../shared/schemas/reports';
import { endReasons, programmes, type FundingReported } from '../shared/schemas/webhooks';
import type { OperationRecord } from './support/capacity-proxy';
import { positiveIntegers } from './support/env';
import { reportFigure } from './support/figure-result';
import { startRecordedSystem } from './support/recorded-system';
import { formatNumber, formatRatio, median, yesNo } from './support/stats';
import { silenceNodeVersionWarning } from './support/sdk-environment';
import { printTable } from './support/table';
import { matchItems, writeItems } from './support/table-loading';

// Figure 5: closing a funding period (SPEC §6) for 50 and for 200 carriers of 50 matches with
// about 12 check-ins each, through the whole local system: the time until every carrier report
// and the funder summary are written, the read and write units, and that nothing scans.

/** Carriers per table; the first is the baseline of the ratios. */
const carrierSizes = positiveIntegers('BENCH_CLOSE_CARRIERS', '50,200');
/** Each size is closed this often; times are medians. */
const [closeRepeats = 3] = positiveIntegers('BENCH_CLOSE_REPEATS', '3');
const [matchesPerCarrier = 50] = positiveIntegers('BENCH_CLOSE_MATCHES', '50');
/** Carriers whose report is rebuilt step by step, one after the other, for the breakdown. */
const profiledCarriers = 20;
const loadConcurrency = 8;
const maxTimeRatio = 4.5;

const periodId = '2025';
const firstStart = '2024-01-01';
const carrierLanguages = ['de', 'en', 'tr', 'ar', 'uk', 'ru', 'fa'] as const;
const municipalities = ['11000000', '09162000', '05315000', '06412000', '14612000'] as const;
const checkInWith = ['both', 'both', 'mentor', 'mentee'] as const;
const channels = ['in_person', 'in_person', 'phone', 'video', 'message', 'other'] as const;
/** Planned ends and reached goals are the usual ends; every reason occurs. */
const likelyEndReasons = ['planned_end', 'goal_reached', ...endReasons] as const;

/** A small deterministic generator (mulberry32): the same data in every run and table. */
function randomSource(seed: number) {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = state;
    value = Math.imul(value ^ (value >>> 15), value | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
  const below = (limit: number): number => Math.floor(next() * limit);
  const pick = <T>(values: readonly T[]): T => values[below(values.length)] as T;
  return { next, below, pick };
}

interface PlannedCarrier {
  readonly profile: NewCarrier;
  readonly funding: Omit<FundingReported, 'periodId'> | undefined;
  readonly matches: readonly MatchFacts[];
}

/**
 * Carrier `index` of every table, the same in each: every fifth a migrant organisation, most
 * with a funding report for the period (some from third-party funds only, some with municipal
 * funds, one in twenty all zero, one in ten none), and its matches. Carrier i of the large
 * table is carrier i of the small one, so the large one holds the same carriers and more.
 */
function planCarrier(index: number, periodEnd: string): PlannedCarrier {
  const random = randomSource(index + 1);
  const profile: NewCarrier = {
    name: `Patenschaften Benchstadt ${index + 1} e.V.`,
    coordinatorEmail: `koordination-${index + 1}@example.org`,
    leadEmail: `leitung-${index + 1}@example.org`,
    language: carrierLanguages[index % carrierLanguages.length],
    migrantOrganisation: index % 5 === 2,
    ...(index % 3 === 0 ? { municipality: municipalities[index % municipalities.length] } : {}),
  };
  const amount = (low: number, high: number) => low + 50 * random.below((high - low) / 50);
  const sources: FundingReported['sources'] = [];
  if (index % 20 === 4) {
    sources.push({ kind: 'own_funds', amountEur: 0 }, { kind: 'donations', amountEur: 0 });
  } else {
    sources.push({ kind: 'federal_programme', amountEur: amount(15_000, 90_000) });
    for (const [kind, chance, low, high] of [
      ['state', 0.2, 2_000, 20_000],
      ['municipal', 0.4, 1_000, 25_000],
      ['foundation', 0.3, 2_000, 30_000],
      ['donations', 0.6, 200, 8_000],
      ['own_funds', 0.5, 100, 6_000],
      ['other_third_party', 0.1, 500, 5_000],
    ] as const) {
      if (random.next() < chance) sources.push({ kind, amountEur: amount(low, high) });
    }
  }
  const funding =
    index % 10 === 9
      ? undefined
      : { sources, volunteerCount: 5 + random.below(80), paidStaffHours: 200 + random.below(3000) };

  const matches = Array.from({ length: matchesPerCarrier }, (_, number): MatchFacts => {
    const matchId = `m-${index + 1}-${number + 1}`;
    const startedOn = addDays(firstStart, random.below(daysBetween(firstStart, periodEnd) + 1));
    const endsOn = addDays(startedOn, 14 + random.below(500));
    const ended =
      random.next() < 0.4 && endsOn <= periodEnd
        ? { endedOn: endsOn, reason: random.pick(likelyEndReasons) }
        : undefined;
    // About 12 check-ins spread from the start to the end (or the period's end); one match in
    // 25 also has one from before its start, which does not count.
    const span = daysBetween(startedOn, ended?.endedOn ?? periodEnd);
    const count = 10 + random.below(5);
    const checkIns = Array.from({ length: count }, (_, k) => ({
      checkInId: `${matchId}-c${k + 1}`,
      occurredOn:
        k === 0 && number % 25 === 7
          ? addDays(startedOn, -2)
          : addDays(startedOn, Math.round((span * (k + 1 - 0.5 * random.next())) / count)),
      with: random.pick(checkInWith),
      channel: random.pick(channels),
      ...(random.next() < 0.01 ? { concern: true } : {}),
    }));
    return {
      matchId,
      created: {
        matchId,
        mentorId: `p-${index + 1}-${number + 1}-mentor`,
        menteeId: `p-${index + 1}-${number + 1}-mentee`,
        startedOn,
        programme: random.pick(programmes),
        ...(random.next() < 0.1 ? { group: true } : {}),
      },
      checkIns,
      ...(ended ? { ended } : {}),
    };
  });
  return { profile, funding, matches };
}

interface LoadedTable {
  readonly table: string;
  readonly carriers: number;
  readonly carrierIds: readonly string[];
  readonly matches: number;
  readonly checkIns: number;
  readonly ended: number;
  readonly items: number;
  readonly seconds: number;
}

interface BusEvent {
  readonly detailType: string;
  readonly at: number;
}

interface CloseRun {
  readonly carriers: number;
  readonly ms: number;
  readonly cpuMs: number;
  readonly records: readonly OperationRecord[];
  readonly events: readonly BusEvent[];
  readonly reportFiles: number;
  readonly emails: number;
  readonly startedAt: number;
  readonly summary: FunderSummary;
}

/** A funding what-if on a closed table (SPEC §6 "Comparing funding models"). */
interface WhatIfRun {
  readonly carriers: number;
  readonly ms: number;
  readonly readUnits: number;
  readonly requests: number;
  readonly factQueries: number;
}
const whatIfRepeats = 10;
const whatIfQueries = [
  'per_new_match=100&per_supported_month=15',
  'per_active_month=20',
  'per_supported_month=30',
  'per_new_match=50&per_active_month=10.5&per_supported_month=10',
  'per_new_match=200',
] as const;

const sum = (values: readonly number[]) => values.reduce((total, value) => total + value, 0);
const readUnits = (records: readonly OperationRecord[]) =>
  sum(records.map((record) => record.readUnits));
const writeUnits = (records: readonly OperationRecord[]) =>
  sum(
    records.map(
      (record) =>
        record.tableWriteUnits +
        record.failedConditionWriteUnits +
        sum(Object.values(record.indexWriteUnits)),
    ),
  );
const scans = (records: readonly OperationRecord[]) =>
  records.filter((record) => record.operation.startsWith('Scan')).length;
const formatUnits = (units: number) => formatNumber(units, Number.isInteger(units) ? 0 : 1);
const seconds = (ms: number) => formatNumber(ms / 1000, 1);

function quantile(values: readonly number[], share: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const position = (sorted.length - 1) * share;
  const low = Math.floor(position);
  const high = Math.ceil(position);
  return (
    (sorted[low] as number) +
    ((sorted[high] as number) - (sorted[low] as number)) * (position - low)
  );
}

async function countFiles(dir: string): Promise<number> {
  let count = 0;
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    count += entry.isDirectory() ? await countFiles(join(dir, entry.name)) : 1;
  }
  return count;
}

const listOrNothing = (dir: string) => readdir(dir).catch(() => [] as string[]);

/**
 * When each carrier's build reached its steps, from the proxy's timeline of its requests
 * (ms after the close started): its first request, its facts read, the check that its report
 * is not written yet (then the report is rendered and its three files put), the put of its
 * report record, and its part of the close recorded.
 */
function carrierTimelines(run: CloseRun) {
  const byPartition = new Map<string, OperationRecord[]>();
  for (const record of run.records) {
    if (!record.partition) continue;
    const list = byPartition.get(record.partition) ?? [];
    list.push(record);
    byPartition.set(record.partition, list);
  }
  const parts = byPartition.get(keys.periodPartition(periodId)) ?? [];
  const timelines: {
    start: number;
    factsRead: number;
    rendering: number;
    recorded: number;
    done: number;
  }[] = [];
  for (const [partition, records] of byPartition) {
    if (!partition.startsWith(keys.carrierPartition(''))) continue;
    const carrierId = partition.slice(keys.carrierPartition('').length);
    const facts = records.filter(
      (record) => record.operation === 'Query' && record.sortKey === keys.allMatchFactsPrefix,
    );
    const reportRecords = records.filter((record) => record.sortKey?.startsWith('REPORT#'));
    const check = reportRecords.find((record) => record.operation === 'GetItem');
    const put = reportRecords.find((record) => record.operation === 'PutItem');
    const part = parts.find(
      (record) => record.operation === 'PutItem' && record.sortKey?.endsWith(`#${carrierId}`),
    );
    if (!facts.length || !check || !put || !part) continue;
    timelines.push({
      start: Math.min(...records.map((record) => record.startedAt)) - run.startedAt,
      factsRead: Math.max(...facts.map((record) => record.endedAt)) - run.startedAt,
      rendering: check.endedAt - run.startedAt,
      recorded: put.startedAt - run.startedAt,
      done: part.endedAt - run.startedAt,
    });
  }
  return timelines;
}

async function main() {
  silenceNodeVersionWarning();
  const wallStarted = performance.now();
  const [loadAtStart = 0] = loadavg();
  // Loading and scanning go straight to dynalite: the proxy records the system's requests.
  const recorded = await startRecordedSystem();
  const { bench, system, proxy, direct, directDocuments } = recorded;

  // Every event put on the local bus, with the time it was put: the close's timeline.
  const events: BusEvent[] = [];
  const putEvents = system.bus.putEvents.bind(system.bus);
  system.bus.putEvents = (entries: readonly PutEventsEntry[]) => {
    const at = performance.now();
    for (const entry of entries) events.push({ detailType: entry.DetailType ?? '?', at });
    return putEvents(entries);
  };

  try {
    // Loaded only now: the shared DynamoDB client takes its endpoint when it is created.
    const { closePeriod } = await import('../local/cli/commands');
    const { createCarrier } = await import('../shared/data/carrier-onboarding');
    const { factVersion } = await import('../shared/data/facts');
    const config = funderConfig();
    const period = config.periods.find((candidate) => candidate.id === periodId);
    if (!period) throw new Error(`the example funder has no period ${periodId}`);
    const policy: CheckInPolicy = config.checkInPolicy;
    const reportsDir = join(localReportsDir(system.dataDir), periodId);
    const sentEmails = async () => {
      const response = await fetch(`${system.urls.ses}/store`);
      return ((await response.json()) as { emails: unknown[] }).emails.length;
    };

    const loadTable = async (table: string, carriers: number): Promise<LoadedTable> => {
      const started = performance.now();
      await ensureTable(direct, table);
      process.env[envNames.tableName] = table;
      const planned = Array.from({ length: carriers }, (_, index) =>
        planCarrier(index, period.end),
      );
      // Carriers as `tandem carriers add` creates them (through the proxy; not measured).
      const created = [];
      for (const carrier of planned) created.push(await createCarrier(carrier.profile));
      proxy.takeRecords();
      const items: Record<string, unknown>[] = [];
      let checkIns = 0;
      let ended = 0;
      for (const [index, carrier] of planned.entries()) {
        const { carrierId } = created[index] as (typeof created)[number];
        for (const facts of carrier.matches) {
          items.push(
            ...matchItems(carrierId, facts, policy, factVersion as typeof FactVersion).items,
          );
          checkIns += facts.checkIns.length;
          if (facts.ended) ended++;
        }
        // As putFundingReport stores the carrier's funding.reported for the period.
        if (carrier.funding) {
          items.push({
            entity: 'FundingReport',
            periodId,
            ...carrier.funding,
            ...keys.funding(carrierId, periodId),
            version: factVersion(
              '2025-11-20T09:00:00.000Z',
              `msg_${carrierId}_funding_${periodId}`,
            ),
          });
        }
      }
      let lastReport = started;
      await writeItems(directDocuments, table, items, {
        concurrency: loadConcurrency,
        onProgress: (written) => {
          if (performance.now() - lastReport < 15_000) return;
          lastReport = performance.now();
          console.error(
            `  loading ${table}: ${formatNumber(written)} of ${formatNumber(items.length)} items ` +
              `after ${((lastReport - started) / 1000).toFixed(0)} s`,
          );
        },
      });
      const first = created[0];
      if (first) {
        const { Item } = await directDocuments.send(
          new GetCommand({ TableName: table, Key: keys.carrierProfile(first.carrierId) }),
        );
        if (!Item) throw new Error(`carrier ${first.carrierId} was not stored`);
      }
      return {
        table,
        carriers,
        carrierIds: created.map((carrier) => carrier.carrierId),
        matches: carriers * matchesPerCarrier,
        checkIns,
        ended,
        items: items.length + carriers,
        seconds: (performance.now() - started) / 1000,
      };
    };

    const closeOnce = async (loaded: LoadedTable): Promise<CloseRun> => {
      process.env[envNames.tableName] = loaded.table;
      const revisionsBefore = new Set(await listOrNothing(reportsDir));
      const emailsBefore = await sentEmails();
      proxy.takeRecords();
      events.length = 0;
      const cpuBefore = process.cpuUsage();
      const startedAt = performance.now();
      const result = await closePeriod(system.urls.api, periodId);
      const ms = performance.now() - startedAt;
      const cpu = process.cpuUsage(cpuBefore);
      const records = proxy.takeRecords();
      if (system.bus.deadLetters.length > 0) {
        throw new Error(`dead letters: ${system.bus.deadLetters.join(', ')}`);
      }
      if (result.carriers !== loaded.carriers || result.reports !== loaded.carriers) {
        throw new Error(
          `the close of ${loaded.carriers} carriers answered ${JSON.stringify(result)}`,
        );
      }
      const revisions = (await listOrNothing(reportsDir)).filter(
        (dir) => !revisionsBefore.has(dir),
      );
      const [revision] = revisions;
      if (revisions.length !== 1 || !revision) {
        throw new Error(`expected one new revision folder, found ${revisions.join(', ')}`);
      }
      const summary = JSON.parse(
        await readFile(join(reportsDir, revision, 'summary.json'), 'utf8'),
      ) as FunderSummary;
      if (summary.carriers.total !== loaded.carriers) {
        throw new Error(`the summary counts ${summary.carriers.total} carriers`);
      }
      return {
        carriers: loaded.carriers,
        ms,
        cpuMs: (cpu.user + cpu.system) / 1000,
        records,
        events: [...events],
        reportFiles: await countFiles(join(reportsDir, revision)),
        emails: (await sentEmails()) - emailsBefore,
        startedAt,
        summary,
      };
    };

    /** One carrier's report rebuilt step by step, each step timed alone (ms). */
    const profileCarriers = async (loaded: LoadedTable) => {
      const { readReportInputs } = await import('../shared/data/report-inputs');
      const { tallyPeriod } = await import('../shared/domain/reports/period-tally');
      const { buildCarrierReport } = await import('../shared/domain/reports/build-reports');
      const { renderCarrierReportHtml } =
        await import('../functions/reports/render/carrier-report-html');
      const { carrierReportCsv } = await import('../functions/reports/render/carrier-report-csv');
      process.env[envNames.tableName] = loaded.table;
      const steps = { read: [] as number[], tally: [] as number[], html: [] as number[] };
      const other: number[] = [];
      for (const carrierId of loaded.carrierIds.slice(0, profiledCarriers)) {
        let at = performance.now();
        const lap = (into: number[]) => {
          const now = performance.now();
          into.push(now - at);
          at = now;
        };
        const inputs = await readReportInputs(carrierId, periodId);
        lap(steps.read);
        const tally = tallyPeriod(inputs.matches, period, policy);
        lap(steps.tally);
        const report = buildCarrierReport(carrierId, period, tally, config, new Date());
        const context = { funderName: config.name, carrierName: carrierId, period };
        JSON.stringify(report, null, 2);
        carrierReportCsv(report);
        lap(other);
        // Its page in each of the seven languages, as the close stores them (SPEC §6).
        await Promise.all(
          languages.map((language) => renderCarrierReportHtml(report, context, language)),
        );
        lap(steps.html);
      }
      proxy.takeRecords();
      return {
        read: median(steps.read),
        tally: median(steps.tally),
        jsonCsv: median(other),
        html: median(steps.html),
      };
    };

    // Every table is loaded first, then the sizes take turns (small, large, small, large …),
    // so that a change in the machine's load meets every size alike.
    const loads: LoadedTable[] = [];
    for (const carriers of carrierSizes) {
      console.error(`Loading ${carriers} carriers × ${matchesPerCarrier} matches …`);
      const loaded = await loadTable(`tandem-close-${carriers}`, carriers);
      console.error(
        `  ${formatNumber(loaded.items)} items (${formatNumber(loaded.checkIns)} check-ins) in ` +
          `${loaded.seconds.toFixed(1)} s`,
      );
      loads.push(loaded);
    }
    // The scan counter is live: one Scan of our own through the proxy must be counted.
    const throughProxy = new DynamoDBClient({ endpoint: proxy.url });
    proxy.takeRecords();
    await throughProxy.send(new ScanCommand({ TableName: loads[0]?.table, Limit: 1 }));
    throughProxy.destroy();
    const scansCounted = scans(proxy.takeRecords());
    if (scansCounted !== 1) throw new Error(`the proxy counted ${scansCounted} of 1 Scan`);

    // A first close of the smallest table warms up the process (handler modules, Vega, JIT,
    // sockets); it is not reported.
    const [smallest] = loads;
    if (smallest) {
      const warmUp = await closeOnce(smallest);
      console.error(`  warm-up close, ${smallest.carriers} carriers: ${seconds(warmUp.ms)} s`);
    }
    const runs: CloseRun[][] = loads.map(() => []);
    for (let repeat = 0; repeat < closeRepeats; repeat++) {
      for (const [index, loaded] of loads.entries()) {
        const run = await closeOnce(loaded);
        console.error(
          `  close ${repeat + 1} of ${closeRepeats}, ${loaded.carriers} carriers: ` +
            `${seconds(run.ms)} s, ${formatUnits(readUnits(run.records))} RCU`,
        );
        runs[index]?.push(run);
      }
    }
    // What-ifs (SPEC §6 "Comparing funding models") on each table's latest close, through the
    // HTTP API as an admin would ask: they must read the close's stored carrier parts only.
    const { createAdminKey } = await import('../local/cli/commands');
    const whatIfRuns: WhatIfRun[] = [];
    for (const loaded of loads) {
      process.env[envNames.tableName] = loaded.table;
      const { apiKey } = await createAdminKey();
      proxy.takeRecords();
      const times: number[] = [];
      const units: number[] = [];
      let factQueries = 0;
      let requests = 0;
      for (let repeat = 0; repeat < whatIfRepeats; repeat++) {
        const query = whatIfQueries[repeat % whatIfQueries.length] as string;
        const startedAt = performance.now();
        const response = await fetch(
          `${system.urls.api}/v1/periods/${periodId}/funding-comparison?${query}`,
          { headers: { authorization: `Bearer ${apiKey}` } },
        );
        const answer = (await response.json()) as { groups?: { all?: { carriers?: number } } };
        times.push(performance.now() - startedAt);
        if (response.status !== 200 || answer.groups?.all?.carriers !== loaded.carriers) {
          throw new Error(`what-if ${query}: ${response.status} ${JSON.stringify(answer)}`);
        }
        const records = proxy.takeRecords();
        units.push(readUnits(records));
        requests += records.length;
        // A fact is read only by a query of a carrier's partition.
        factQueries += records.filter(
          (record) =>
            record.operation === 'Query' &&
            record.partition?.startsWith(keys.carrierPartition('')) === true,
        ).length;
      }
      whatIfRuns.push({
        carriers: loaded.carriers,
        ms: median(times),
        readUnits: median(units),
        requests: requests / whatIfRepeats,
        factQueries,
      });
    }

    const largest = loads.at(-1);
    const profile = largest ? await profileCarriers(largest) : undefined;
    for (const loaded of loads) {
      await direct.send(new DeleteTableCommand({ TableName: loaded.table }));
    }

    // ---- The figure ----
    const medianRun = (sizeRuns: readonly CloseRun[]) => {
      const sorted = [...sizeRuns].sort((a, b) => a.ms - b.ms);
      return sorted[Math.floor((sorted.length - 1) / 2)] as CloseRun;
    };
    const rows = loads.map((loaded, index) => {
      const sizeRuns = runs[index] as CloseRun[];
      const run = medianRun(sizeRuns);
      return {
        loaded,
        sizeRuns,
        ms: median(sizeRuns.map((each) => each.ms)),
        cpuMs: median(sizeRuns.map((each) => each.cpuMs)),
        readUnits: readUnits(run.records),
        writeUnits: writeUnits(run.records),
        scans: Math.max(...sizeRuns.map((each) => scans(each.records))),
        requests: run.records.length,
        reportFiles: run.reportFiles,
        emails: run.emails,
        run,
      };
    });
    const [base] = rows;
    const last = rows.at(-1);
    if (!base || !last) throw new Error('nothing measured');
    const timeRatio = last.ms / base.ms;
    const readRatio = last.readUnits / base.readUnits;
    const dataRatio = last.loaded.items / base.loaded.items;
    const anyScans = rows.some((row) => row.scans > 0);
    const met = rows.length > 1 && timeRatio <= maxTimeRatio && !anyScans;
    const goal =
      `linear in the data: ≤ ${maxTimeRatio}× the time for ${formatRatio(last.loaded.carriers / base.loaded.carriers)} ` +
      `the carriers, and 0 scans`;

    printTable(
      'Figure 5 — period close: time and read units by number of carriers',
      goal,
      [
        'carriers',
        'matches',
        'check-ins',
        'items',
        'time s',
        'CPU s',
        'RCU',
        'WCU',
        'scans',
        'requests',
        'files',
        'e-mails',
        'time ×',
        'CPU ×',
        'RCU ×',
      ],
      rows.map((row) => [
        formatNumber(row.loaded.carriers),
        formatNumber(row.loaded.matches),
        formatNumber(row.loaded.checkIns),
        formatNumber(row.loaded.items),
        seconds(row.ms),
        seconds(row.cpuMs),
        formatUnits(row.readUnits),
        formatUnits(row.writeUnits),
        String(row.scans),
        formatNumber(row.requests),
        String(row.reportFiles),
        String(row.emails),
        row === base ? '' : formatRatio(row.ms / base.ms),
        row === base ? '' : formatRatio(row.cpuMs / base.cpuMs),
        row === base ? '' : formatRatio(row.readUnits / base.readUnits),
      ]),
      [
        `${formatNumber(last.loaded.carriers)} vs ${formatNumber(base.loaded.carriers)} carriers ` +
          `(data ${formatRatio(dataRatio)}): time ${formatRatio(timeRatio)} (goal ≤ ${maxTimeRatio}×), ` +
          `RCU ${formatRatio(readRatio)}, scans ${rows.map((row) => row.scans).join(' / ')} (goal 0) ` +
          `→ goal met: ${yesNo(met)}`,
        ...rows.map(
          (row) =>
            `${formatNumber(row.loaded.carriers)} carriers: close times ` +
            row.sizeRuns.map((each) => seconds(each.ms)).join(' / ') +
            ` s (median ${seconds(row.ms)}); RCU of each run ` +
            row.sizeRuns.map((each) => formatUnits(readUnits(each.records))).join(' / ') +
            `; loaded ${formatNumber(row.loaded.items)} items in ${row.loaded.seconds.toFixed(1)} s`,
        ),
        `time s: from \`closePeriod\` (local/cli/commands.ts, as \`tandem periods close ${periodId}\`)`,
        `  until it returned, every carrier report and the summary written (median of ${closeRepeats});`,
        `  CPU s: this process's user + system CPU meanwhile (dynalite, the proxy, the bus, the`,
        `  handlers and the local S3 and SES all run in it; the machine has 2 cores). Both include the`,
        `  proxy's own look-ups (an extra GetItem per write, two per UpdateItem), the same at every size.`,
        `RCU / WCU / requests: every DynamoDB request of the close as the capacity proxy recorded it`,
        `  (the median run's); WCU include the estimated index and failed-condition writes. scans:`,
        `  Scan requests in any run. files: report files of the revision (3 per carrier + 3 summary).`,
        `Each table: per carrier, as createCarrier stores it, ${matchesPerCarrier} matches started`,
        `  ${firstStart}…${period.end} (${formatNumber((100 * last.loaded.ended) / last.loaded.matches)} % ended by then, every reason), ` +
          `10–14 check-ins each (1 % with a`,
        `  concern), the match summaries, and for 9 carriers in 10 a funding.reported of ${periodId}`,
        `  (1 in 20 of them all zero); every fifth carrier is a migrant organisation. Loaded straight`,
        `  into dynalite; items = facts + summaries + funding reports + carrier profiles.`,
        ...rows.map(({ loaded, run: { summary } }) => {
          const { matches, checkIns, carriers } = summary;
          return (
            `Summary of ${formatNumber(loaded.carriers)}: ${formatNumber(matches.new)} new, ` +
            `${formatNumber(matches.activeDuring)} active, ${formatNumber(matches.ended)} ended ` +
            `(${Object.keys(matches.endedByReason).length} reasons), ${formatNumber(matches.withConcern)} ` +
            `with concern; ${formatNumber(checkIns.recorded)} check-ins, adherence ` +
            `${String(checkIns.adherence)}; carriers ${carriers.total} / reporting ${carriers.reporting} / ` +
            `migrant ${carriers.migrantOrganisations}; at-risk flag (SPEC §6 riskFlag) ` +
            JSON.stringify(summary.riskFlag)
          );
        }),
      ],
    );

    // Where the requests and read units go, per kind of request.
    const kinds = new Map<string, { requests: number[]; units: number[] }>();
    for (const [index, row] of rows.entries()) {
      for (const record of row.run.records) {
        const kind = `${record.operation} ${record.label}`;
        const entry = kinds.get(kind) ?? {
          requests: rows.map(() => 0),
          units: rows.map(() => 0),
        };
        (entry.requests[index] as number)++;
        (entry.units[index] as number) +=
          record.readUnits +
          record.tableWriteUnits +
          record.failedConditionWriteUnits +
          sum(Object.values(record.indexWriteUnits));
        kinds.set(kind, entry);
      }
    }
    printTable(
      'Figure 5b — requests of one close by kind (operation, sort-key prefix or index)',
      'reads grow with the carriers: one fact query per carrier, no scan',
      [
        'request',
        ...rows.flatMap((row) => [
          `${row.loaded.carriers}: requests`,
          `${row.loaded.carriers}: units`,
        ]),
      ],
      [...kinds.entries()]
        .sort(([, a], [, b]) => sum(b.units) - sum(a.units))
        .map(([kind, entry]) => [
          kind,
          ...rows.flatMap((_, index) => [
            formatNumber(entry.requests[index] as number),
            formatUnits(entry.units[index] as number),
          ]),
        ]),
      [
        "units: RCU for reads, WCU for writes. Query FACT: a carrier's facts; GetItem REPORT: the",
        '  "already written?" checks; Query PERIOD: the last carrier counting the parts, the summary',
        '  reading them and the CLI counting the reports; PutItem CLOSE: the close and the parts;',
        '  UpdateItem CLOSE: the counter; Query index carriers: the fan-out listing the carriers.',
      ],
    );

    // Where the time goes: the close's timeline from the bus and the proxy.
    const timelineRows = rows.map((row) => {
      const { run } = row;
      const reportRequests = run.events.filter(
        (event) => event.detailType === 'CarrierReportRequested',
      );
      const summaryRequested = run.events.find(
        (event) => event.detailType === 'FunderSummaryRequested',
      );
      const summaryWritten = run.records.find(
        (record) =>
          record.operation === 'PutItem' &&
          record.partition === keys.funderPartition &&
          record.sortKey?.startsWith('REPORT#'),
      );
      const timelines = carrierTimelines(run);
      const latency = (pick: (timeline: (typeof timelines)[number]) => number) =>
        `${seconds(quantile(timelines.map(pick), 0.5))} / ${seconds(quantile(timelines.map(pick), 0.9))}`;
      const firstJob = reportRequests[0]?.at ?? run.startedAt;
      const lastJob = reportRequests.at(-1)?.at ?? run.startedAt;
      const asked = summaryRequested?.at ?? Number.NaN;
      const written = summaryWritten?.endedAt ?? Number.NaN;
      return [
        formatNumber(row.loaded.carriers),
        seconds(lastJob - run.startedAt),
        seconds(asked - firstJob),
        seconds(written - asked),
        seconds(run.startedAt + run.ms - written),
        seconds(run.ms),
        seconds(Math.min(...timelines.map((timeline) => timeline.recorded))),
        latency((timeline) => timeline.factsRead - timeline.start),
        latency((timeline) => timeline.recorded - timeline.rendering),
        latency((timeline) => timeline.done - timeline.start),
      ];
    });
    const profileNotes = profile
      ? [
          `One carrier's report rebuilt step by step, one carrier after another (median of the`,
          `  first ${profiledCarriers} carriers of the ${formatNumber(last.loaded.carriers)}-carrier table, nothing else running):`,
          `  read facts + funding ${formatNumber(profile.read, 1)} ms, tally ${formatNumber(profile.tally, 1)} ms, ` +
            `JSON + CSV ${formatNumber(profile.jsonCsv, 1)} ms, HTML with Vega charts ${formatNumber(profile.html, 1)} ms.`,
          `  × ${formatNumber(last.loaded.carriers)} carriers = ` +
            `${seconds(last.loaded.carriers * (profile.read + profile.tally + profile.jsonCsv + profile.html))} s ` +
            `of serial work, of it ${seconds(last.loaded.carriers * profile.html)} s rendering HTML, ` +
            `${seconds(last.loaded.carriers * profile.read)} s reading; the close took ${seconds(last.ms)} s.`,
        ]
      : [];
    printTable(
      'Figure 5c — where the time of a close goes (the median run of each size; seconds)',
      'a breakdown, no goal',
      [
        'carriers',
        'fan-out',
        'carrier reports',
        'summary',
        'CLI',
        'total',
        'first report at',
        'read p50/p90',
        'render p50/p90',
        'carrier p50/p90',
      ],
      timelineRows,
      [
        'fan-out: close invoked → the last CarrierReportRequested put on the bus (10 a PutEvents',
        '  call; the first reports build meanwhile); carrier reports: the first of them put →',
        '  FunderSummaryRequested put by the last carrier done; summary: → its record put; CLI: →',
        '  closePeriod returned (bus idle, the summary e-mail, the CLI counting the reports).',
        'Per carrier (p50/p90 over the carriers, s; all carriers build at once on the local bus, so',
        '  these are latencies in a crowd, not work): read = its first request until its facts are',
        '  read; render = report not written yet → its record put (tally done before; HTML with',
        '  charts, CSV, JSON, three S3 puts); carrier = first request until its close part is put.',
        '  Locally every build shares one process and one SDK client of 50 sockets: with more builds',
        '  at once their requests queue (the SDK warns on stderr); deployed, each is its own Lambda.',
        ...profileNotes,
        `Machine load average (1 min) at start ${loadAtStart.toFixed(1)}, at end ${(loadavg()[0] ?? 0).toFixed(1)}.`,
        `A first close of the ${formatNumber(base.loaded.carriers)}-carrier table warmed up the process and is not shown;`,
        `  before it, one Scan of the figure's own through the proxy was counted (1), so 0 means none.`,
        `Wall time of this figure, loading and warm-up included: ${seconds(performance.now() - wallStarted)} s on ${process.version}.`,
        ...(proxy.unmeasured.length
          ? [`Not measured (passed through): ${[...new Set(proxy.unmeasured)].join(', ')}`]
          : []),
        ...bench.log.map((line) => `log: ${line}`),
      ],
    );

    const whatIfRows = rows.map((row, index) => ({
      row,
      whatIf: whatIfRuns[index] as WhatIfRun,
    }));
    // The goal is on the largest close (Figure 5's 200 carriers); a what-if's fixed reads (the
    // key, the summary record) weigh more next to a small close.
    const largestWhatIf = whatIfRows.at(-1);
    const whatIfMet =
      largestWhatIf !== undefined &&
      largestWhatIf.whatIf.readUnits <= largestWhatIf.row.readUnits / 100 &&
      whatIfRows.every(({ whatIf }) => whatIf.factQueries === 0);
    printTable(
      'Figure 5d — a funding what-if on the close, next to the close itself',
      "on the largest close, a what-if reads ≤ 1 % of the close's read units; no fact read at any size",
      [
        'carriers',
        'what-if ms',
        'close s',
        'what-if RCU',
        'close RCU',
        'RCU % of close',
        'requests',
        'fact queries',
      ],
      whatIfRows.map(({ row, whatIf }) => [
        formatNumber(row.loaded.carriers),
        formatNumber(whatIf.ms, 1),
        seconds(row.ms),
        formatUnits(whatIf.readUnits),
        formatUnits(row.readUnits),
        formatNumber((100 * whatIf.readUnits) / row.readUnits, 2),
        formatNumber(whatIf.requests, 1),
        String(whatIf.factQueries),
      ]),
      [
        `what-if: GET /v1/periods/${periodId}/funding-comparison through the local HTTP API with an`,
        `  admin key, ${whatIfRepeats} times with ${whatIfQueries.length} mixes of rates after the last close (median ms and RCU`,
        `  per what-if; requests per what-if: the key, the latest summary record, the close's parts).`,
        `fact queries: queries of a carrier's partition during all ${whatIfRepeats} what-ifs (goal 0).`,
        `close: the median close of the same table (Figure 5) → goal met: ${yesNo(whatIfMet)}`,
      ],
    );

    reportFigure({
      figure: 'period close by number of carriers',
      goal: `${goal}; a funding what-if ≤ 1 % of the close's RCU and no fact read`,
      met: met && whatIfMet,
      headline:
        `${formatNumber(base.loaded.carriers)} → ${formatNumber(last.loaded.carriers)} carriers: ` +
        `${seconds(base.ms)} → ${seconds(last.ms)} s (${formatRatio(timeRatio)}), ` +
        `${formatUnits(base.readUnits)} → ${formatUnits(last.readUnits)} RCU, ` +
        `${rows.map((row) => row.scans).join('/')} scans; what-if on ${formatNumber(last.loaded.carriers)}: ` +
        `${formatNumber(whatIfRows.at(-1)?.whatIf.ms ?? Number.NaN, 1)} ms, ` +
        `${formatUnits(whatIfRows.at(-1)?.whatIf.readUnits ?? Number.NaN)} RCU`,
    });
  } finally {
    await recorded.stop();
  }
}

await main();
