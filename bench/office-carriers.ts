import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { exampleFunderConfigPath, readFunderConfigFile } from '../shared/config/funder-config-file';
import { envNames } from '../shared/config/runtime-names';
import type { factVersion as FactVersion } from '../shared/data/facts';
import { addDays } from '../shared/domain/dates';
import type { MatchFacts } from '../shared/domain/match-summary';
import type { CarrierListQuery } from '../shared/domain/office-carrier-list';
import type { CarrierFigures } from '../shared/domain/office-figures';
import { ensureTable } from '../local/table';
import type { OperationRecord } from './support/capacity-proxy';
import { reportFigure } from './support/figure-result';
import { onboardCarrier } from './support/local-system';
import { startRecordedSystem } from './support/recorded-system';
import { silenceNodeVersionWarning } from './support/sdk-environment';
import { formatNumber, median, yesNo } from './support/stats';
import { printTable } from './support/table';
import { matchItems, writeItems } from './support/table-loading';

// Figure 13 (issue 19, SPEC §12): the office's carrier list costs the same whether carriers
// have 20 or 200 matches. 1,000 carriers' office rows, each as the figures refresh writes it
// for a carrier of that size (two periods, so 24 months), are read with `listOfficeRows()`
// and rendered as the carriers page; next to a bare paged Query over the same 1,000 items.

const carrierCount = 1_000;
const matchCounts = [20, 200] as const;
const runs = 5;
const today = '2025-12-20';
const baseConfig = readFunderConfigFile(exampleFunderConfigPath);
// Two periods, so a row carries the 24 months of the last and the current period.
const config = {
  ...baseConfig,
  periods: [
    { id: '2024', start: '2024-01-01', end: '2024-12-31' },
    { id: '2025', start: '2025-01-01', end: '2025-12-31' },
  ],
};
const policy = config.checkInPolicy;

/** Matches started over two years, contacts every 25 days; every 10th never contacted, every 9th ended. */
function planMatch(index: number): MatchFacts {
  const matchId = `m-${String(index).padStart(4, '0')}`;
  const startedOn = addDays(today, -(20 + ((index * 37) % 700)));
  const endedOn = index % 9 === 0 ? addDays(startedOn, 120) : undefined;
  const lastDay = endedOn && endedOn < today ? endedOn : addDays(today, -1);
  const checkIns: MatchFacts['checkIns'][number][] = [];
  for (
    let day = addDays(startedOn, 10);
    index % 10 !== 0 && day <= lastDay;
    day = addDays(day, 25)
  ) {
    checkIns.push({
      checkInId: `${matchId}-${day}`,
      occurredOn: day,
      with: index % 7 === 0 ? 'mentor' : 'both',
      channel: 'phone',
    });
  }
  return {
    matchId,
    created: {
      matchId,
      mentorId: `${matchId}-a`,
      menteeId: `${matchId}-b`,
      startedOn,
      programme: 'other',
    },
    checkIns,
    ...(endedOn && endedOn < today ? { ended: { endedOn, reason: 'planned_end' as const } } : {}),
  };
}

const readUnits = (records: readonly OperationRecord[]) =>
  records.reduce((total, record) => total + Math.max(record.readUnits, 0.5), 0);

const timed = async (work: () => Promise<unknown>) => {
  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    const started = performance.now();
    await work();
    times.push(performance.now() - started);
  }
  return median(times);
};

async function main() {
  silenceNodeVersionWarning();
  const recorded = await startRecordedSystem();
  const { bench, system, proxy, directDocuments } = recorded;
  process.env[envNames.funderConfig] = JSON.stringify(config);
  const tableClient = new DynamoDBClient({ endpoint: system.urls.dynamodb });
  try {
    // Loaded only now: shared/data creates the DynamoDB client with the system's endpoint.
    const { factVersion } = (await import('../shared/data/facts')) as {
      factVersion: typeof FactVersion;
    };
    const { refreshCarrierFigures } = await import('../functions/office/refresh-carrier-figures');
    const rows = await import('../shared/data/office-rows');
    const { queryAll } = await import('../shared/data/query-all');
    const { keys } = await import('../shared/data/keys');
    const { carrierList, carrierListLine } = await import('../shared/domain/office-carrier-list');
    const { currentPeriod } = await import('../shared/domain/office-figures');
    const { carrierListPage } = await import('../functions/web/office/pages/carrier-list-page');
    const { officeCarrierTexts } = await import('../shared/i18n/office-carrier-texts');
    const { webTexts } = await import('../shared/i18n/web-texts');

    const day = {
      today,
      silentAfterDays: config.silentAfterDays,
      currentPeriodId: currentPeriod(config, today)?.id ?? null,
      umbrellaNames: new Map<string, string>(),
    };
    const query: CarrierListQuery = { sort: 'silent', format: 'html' };
    const renderPage = async () => {
      const officeRows = await rows.listOfficeRows();
      const lines = carrierList(
        officeRows.map((row) => carrierListLine(row, day)),
        query,
      );
      const page = await carrierListPage(
        {
          language: 'de',
          texts: webTexts.de,
          path: '/app/office/carriers',
          formToken: 'bench-form-token-0000',
          scopeName: 'Programmbüro',
          staffAddress: 'buero@example.org',
        },
        { role: 'funder', staffId: 's-bench' },
        officeCarrierTexts.de,
        { lines, query: query, currentPeriodId: day.currentPeriodId, umbrellas: [] },
      );
      return String(page).length;
    };
    const bareQuery = () =>
      queryAll({
        TableName: process.env[envNames.tableName],
        KeyConditionExpression: 'pk = :pk',
        ExpressionAttributeValues: { ':pk': keys.officeRowsPartition },
      });

    const results = [];
    for (const matchCount of matchCounts) {
      // A table per size: the office partition holds exactly its 1,000 rows.
      const table = `tandem-office-bench-${matchCount}`;
      await ensureTable(tableClient, table);
      process.env[envNames.tableName] = table;

      // One carrier of this size, refreshed by the real handler from its stored facts.
      const sample = await onboardCarrier();
      await rows.noteCarrierFact(sample.carrierId, addDays(today, -3));
      const items = Array.from(
        { length: matchCount },
        (_, index) => matchItems(sample.carrierId, planMatch(index), policy, factVersion).items,
      ).flat();
      await writeItems(directDocuments, table, items, { concurrency: 8 });
      proxy.takeRecords();
      const refreshStarted = performance.now();
      await refreshCarrierFigures({ carrierId: sample.carrierId, date: today });
      const refreshMs = performance.now() - refreshStarted;
      const refreshRecords = proxy.takeRecords();
      const figures = (await rows.getOfficeRow(sample.carrierId))?.figures as CarrierFigures;
      if (figures.months.length !== 24) throw new Error(`${figures.months.length} months, not 24`);

      // The other 999 rows as the sample's: its stored item (profile, fact days, figures) under
      // another carrier's key and name, written straight to the table (not recorded).
      const { Item: sampleRow } = await directDocuments.send(
        new GetCommand({ TableName: table, Key: keys.officeRow(sample.carrierId) }),
      );
      if (!sampleRow?.lastFactOn) throw new Error('the sample row has no lastFactOn');
      const others = Array.from({ length: carrierCount - 1 }, (_, index) => {
        const carrierId = `c-bench${String(index).padStart(11, '0')}`;
        return {
          ...sampleRow,
          ...keys.officeRow(carrierId),
          carrierId,
          name: `Träger ${index} e.V.`,
        };
      });
      await writeItems(directDocuments, table, others, { concurrency: 8 });

      proxy.takeRecords();
      const listed = await rows.listOfficeRows();
      const listRecords = proxy.takeRecords();
      if (listed.length !== carrierCount) throw new Error(`${listed.length} rows listed`);
      const pageBytes = await renderPage();
      const pageMs = await timed(renderPage);
      const queryMs = await timed(bareQuery);
      results.push({
        matchCount,
        rowBytes: JSON.stringify(listed[0]).length,
        readUnits: readUnits(listRecords),
        queries: listRecords.length,
        pageMs,
        queryMs,
        pageBytes,
        refreshMs,
        refreshReadUnits: readUnits(
          refreshRecords.filter((record) => /^(Query|GetItem)/.test(record.operation)),
        ),
      });
    }

    const [small, large] = results as [(typeof results)[0], (typeof results)[0]];
    const unitsRatio = large.readUnits / small.readUnits;
    const unitsMet = Math.abs(unitsRatio - 1) <= 0.1;
    const pageMet = results.every((result) => result.pageMs <= 2 * result.queryMs);
    const goal =
      'listOfficeRows() read units within 10 % for 20 vs 200 matches per carrier; the carriers page ≤ 2× a bare paged Query';
    printTable(
      `Figure 13 — the office's carrier list over ${formatNumber(carrierCount)} carriers (rows as the figures refresh writes them, 24 months)`,
      goal,
      [
        'matches per carrier',
        'row bytes',
        'queries',
        'RCU listOfficeRows',
        'vs 20',
        'bare Query ms',
        'page ms',
        'page / Query',
        'page KB',
      ],
      results.map((result) => [
        String(result.matchCount),
        formatNumber(result.rowBytes),
        String(result.queries),
        formatNumber(result.readUnits, 1),
        result === small ? 'baseline' : `${formatNumber(result.readUnits / small.readUnits, 2)}×`,
        formatNumber(result.queryMs, 1),
        formatNumber(result.pageMs, 1),
        `${formatNumber(result.pageMs / result.queryMs, 2)}×`,
        formatNumber(result.pageBytes / 1024),
      ]),
      [
        'RCU: as dynalite reports them (eventually consistent, ≥ 0.5 per request). "bare Query": queryAll over',
        `the office partition alone, the baseline of the page (listOfficeRows, the list's lines and the carriers page`,
        `of functions/web/office/pages/carrier-list-page.ts rendered to a string); medians of ${runs} runs.`,
        `The refresh of one carrier (the real handler, reading its partition): ${results
          .map(
            (r) =>
              `${r.matchCount} matches ${formatNumber(r.refreshMs)} ms, ${formatNumber(r.refreshReadUnits, 1)} RCU`,
          )
          .join(', ')}; it runs once a day per carrier, after the sweep, never on a page.`,
        `read units within 10 %: ${yesNo(unitsMet)}; page ≤ 2× Query: ${yesNo(pageMet)}`,
        ...bench.log.map((line) => `log: ${line}`),
      ],
    );
    reportFigure({
      figure: 'office carrier list, 20 vs 200 matches per carrier',
      goal,
      met: unitsMet && pageMet,
      headline:
        `listOfficeRows ${formatNumber(small.readUnits, 1)} → ${formatNumber(large.readUnits, 1)} RCU; ` +
        `page ${formatNumber(large.pageMs)} ms vs Query ${formatNumber(large.queryMs)} ms`,
    });
  } finally {
    tableClient.destroy();
    await recorded.stop();
  }
}

await main();
