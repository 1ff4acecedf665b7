import { exampleFunderConfigPath, readFunderConfigFile } from '../shared/config/funder-config-file';
import type { factVersion as FactVersion } from '../shared/data/facts';
import { addDays } from '../shared/domain/dates';
import type { MatchFacts } from '../shared/domain/match-summary';
import type { OperationRecord } from './support/capacity-proxy';
import { reportFigure } from './support/figure-result';
import { startRecordedSystem } from './support/recorded-system';
import { silenceNodeVersionWarning } from './support/sdk-environment';
import { formatNumber, yesNo } from './support/stats';
import { printTable } from './support/table';
import { matchItems, writeItems } from './support/table-loading';

// Figure: a region report (SPEC §13, issue 20) against the period close it is read from.
// 200 carriers in 20 Gemeinden (4 Kreise, 2 Länder), 10 matches each with monthly check-ins,
// are closed through the whole local system; then one region report is requested through the
// HTTP API. Goal: the request reads at most 1 % of the close's read units, and no fact.

const carrierCount = 200;
const matchesPerCarrier = 10;
const periodId = '2025';
const { checkInPolicy: policy } = readFunderConfigFile(exampleFunderConfigPath);
/** 20 Gemeinden: 5 in each of 4 Kreise, 2 Kreise in each of 2 Länder. */
const municipalities = ['05111', '05315', '09162', '09184'].flatMap((kreis) =>
  ['000', '004', '008', '012', '016'].map((gemeinde) => `${kreis}${gemeinde}`),
);

function planMatch(carrier: number, index: number): MatchFacts {
  const matchId = `m-${index}`;
  const startedOn = addDays('2024-10-01', (carrier * 7 + index * 31) % 400);
  const checkIns: MatchFacts['checkIns'][number][] = [];
  for (let on = addDays(startedOn, 10); on <= '2025-12-31'; on = addDays(on, 30)) {
    checkIns.push({
      checkInId: `${matchId}-${on}`,
      occurredOn: on,
      with: 'both',
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
  };
}

const readUnits = (records: readonly OperationRecord[]) =>
  records.reduce((total, record) => total + Math.max(record.readUnits, 0.5), 0);
const reads = (records: readonly OperationRecord[]) =>
  records.filter((record) => ['GetItem', 'Query', 'Scan'].includes(record.operation));
/** A fact query: any read of a carrier's partition (its matches, facts, summaries, funding). */
const factReads = (records: readonly OperationRecord[]) =>
  reads(records).filter((record) => record.partition?.startsWith('CARRIER#'));

async function main() {
  silenceNodeVersionWarning();
  const recorded = await startRecordedSystem();
  const { bench, system, proxy, directDocuments } = recorded;
  try {
    // Loaded only now: shared/data creates the DynamoDB client with the system's endpoint.
    const { createCarrier } = await import('../shared/data/carrier-onboarding');
    const { factVersion } = (await import('../shared/data/facts')) as {
      factVersion: typeof FactVersion;
    };
    const { closePeriod, createAdminKey } = await import('../local/cli/commands');
    const { tableName } = await import('../shared/config/runtime-env');
    const items: Record<string, unknown>[] = [];
    for (let carrier = 0; carrier < carrierCount; carrier++) {
      const { carrierId } = await createCarrier({
        name: `Träger ${carrier}`,
        coordinatorEmail: `koordination-${carrier}@example.org`,
        municipality: municipalities[carrier % municipalities.length]!,
      });
      for (let index = 0; index < matchesPerCarrier; index++) {
        items.push(...matchItems(carrierId, planMatch(carrier, index), policy, factVersion).items);
      }
    }
    await writeItems(directDocuments, tableName(), items, { concurrency: 8 });
    const { apiKey } = await createAdminKey();

    proxy.takeRecords();
    const closeStarted = performance.now();
    await closePeriod(system.urls.api, periodId);
    const closeSeconds = (performance.now() - closeStarted) / 1000;
    const close = proxy.takeRecords();
    // The close's last consumers (report-ready mails read carrier profiles) finish first, so
    // that the requests' records hold their own reads only.
    await system.bus.idle();
    proxy.takeRecords();

    const request = async (key: string) => {
      proxy.takeRecords();
      const response = await fetch(
        `${system.urls.api}/v1/periods/${periodId}/regions/${key}/report`,
        { headers: { authorization: `Bearer ${apiKey}` } },
      );
      const body = (await response.json()) as { region: { carriers: number | null } };
      if (response.status !== 200) throw new Error(`region ${key} answered ${response.status}`);
      return { key, carriers: body.region.carriers, records: proxy.takeRecords() };
    };
    const answers = [await request('05315000'), await request('05'), await request('11000000')];

    const closeUnits = readUnits(reads(close));
    const row = (name: string, records: readonly OperationRecord[], baseline?: number) => [
      name,
      String(reads(records).length),
      formatNumber(readUnits(reads(records)), 1),
      String(factReads(records).length),
      baseline === undefined
        ? 'baseline'
        : `${formatNumber((100 * readUnits(reads(records))) / baseline, 3)} %`,
    ];
    const met = answers.every(
      ({ records }) =>
        readUnits(reads(records)) <= 0.01 * closeUnits && factReads(records).length === 0,
    );
    const goal = 'a region report reads ≤ 1 % of the close’s read units and makes 0 fact queries';
    printTable(
      `Region report vs the period close (${carrierCount} carriers in ${municipalities.length} Gemeinden, ${formatNumber(items.length)} items)`,
      goal,
      ['request', 'reads', 'RCU', 'fact reads', 'of the close'],
      [
        row(`period close ${periodId} (${formatNumber(closeSeconds, 1)} s)`, close),
        ...answers.map(({ key, carriers, records }) =>
          row(
            `GET …/regions/${key}/report (${carriers === null ? 'suppressed' : `${carriers} carriers`})`,
            records,
            closeUnits,
          ),
        ),
      ],
      [
        'RCU: as dynalite reports them (eventually consistent reads count 0.5 at least); reads: GetItem and Query.',
        'fact reads: reads of a carrier partition (facts, summaries, funding): the close makes them, a region report none.',
        ...answers.map(
          ({ key, records }) =>
            `${key}: ${reads(records)
              .map(
                (r) => `${r.operation} ${r.label} ${formatNumber(Math.max(r.readUnits, 0.5), 1)}R`,
              )
              .join(' · ')}`,
        ),
        `goal met: ${yesNo(met)}`,
        ...bench.log.map((line) => `log: ${line}`),
      ],
    );
    reportFigure({
      figure: 'region report read units',
      goal,
      met,
      headline: `close ${formatNumber(closeUnits, 1)} RCU; region report ${answers.map(({ records }) => formatNumber(readUnits(reads(records)), 1)).join(' / ')} RCU, ${answers.reduce((sum, { records }) => sum + factReads(records).length, 0)} fact reads`,
    });
  } finally {
    await recorded.stop();
  }
}

await main();
