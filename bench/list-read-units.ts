import { exampleFunderConfigPath, readFunderConfigFile } from '../shared/config/funder-config-file';
import type { factVersion as FactVersion } from '../shared/data/facts';
import { addDays, todayIn } from '../shared/domain/dates';
import type { MatchFacts } from '../shared/domain/match-summary';
import type { OperationRecord } from './support/capacity-proxy';
import { reportFigure } from './support/figure-result';
import { onboardCarrier } from './support/local-system';
import { startRecordedSystem } from './support/recorded-system';
import { silenceNodeVersionWarning } from './support/sdk-environment';
import { formatNumber, yesNo } from './support/stats';
import { printTable } from './support/table';
import { matchItems, writeItems } from './support/table-loading';

// Figure 11: the read units of the read API's list and match view with the at-risk rule
// (issue 17), next to the same requests without it; and the web list's overdue-first page
// from the per-carrier due index (issue 16, point 15), next to the old path that listed up to
// 1,000 summaries and sorted them.

const matchCount = 2_000;
const pageSize = 50;
const { timezone, checkInPolicy: policy } = readFunderConfigFile(exampleFunderConfigPath);
const today = todayIn(timezone);

/**
 * A carrier's matches: started 10 to 209 days ago, contacts with both every 20 days up to 5
 * days ago; every 10th never contacted (overdue, at risk), every 7th only with the mentor (at
 * risk once 60 days old), every 13th with a concern 5 days ago.
 */
function planMatch(index: number): MatchFacts {
  const matchId = `m-${String(index).padStart(5, '0')}`;
  const startedDaysAgo = 10 + (index % 200);
  const checkIns: MatchFacts['checkIns'][number][] = [];
  if (index % 10 !== 0) {
    for (let daysAgo = startedDaysAgo; daysAgo >= 5; daysAgo -= 20) {
      checkIns.push({
        checkInId: `${matchId}-${daysAgo}`,
        occurredOn: addDays(today, -daysAgo),
        with: index % 7 === 0 ? 'mentor' : 'both',
        channel: 'phone',
        ...(index % 13 === 0 && daysAgo < 25 ? { concern: true } : {}),
      });
    }
  }
  return {
    matchId,
    created: {
      matchId,
      mentorId: `${matchId}-a`,
      menteeId: `${matchId}-b`,
      startedOn: addDays(today, -startedDaysAgo),
      programme: 'other',
    },
    checkIns,
  };
}

const readUnits = (records: readonly OperationRecord[]) =>
  records.reduce((total, record) => total + Math.max(record.readUnits, 0.5), 0);

interface Walk {
  readonly pages: number;
  readonly items: number;
  readonly readUnits: number;
  readonly firstPageReadUnits: number;
}

async function main() {
  silenceNodeVersionWarning();
  const recorded = await startRecordedSystem();
  const { bench, system, proxy, directDocuments } = recorded;
  try {
    const carrier = await onboardCarrier();
    // Loaded only now: shared/data creates the DynamoDB client with the system's endpoint.
    const { factVersion } = (await import('../shared/data/facts')) as {
      factVersion: typeof FactVersion;
    };
    const { listMatchesOverdueFirst, listMatchSummaries } =
      await import('../shared/data/match-list');
    const { tableName } = await import('../shared/config/runtime-env');
    const items = Array.from(
      { length: matchCount },
      (_, index) => matchItems(carrier.carrierId, planMatch(index), policy, factVersion).items,
    ).flat();
    await writeItems(directDocuments, tableName(), items, { concurrency: 8 });

    const get = async (path: string) => {
      const response = await fetch(`${system.urls.api}${path}`, {
        headers: { authorization: `Bearer ${carrier.apiKey}` },
      });
      if (response.status !== 200) throw new Error(`${path} answered ${response.status}`);
      return (await response.json()) as {
        items: unknown[];
        nextCursor: string | null;
        checkIns?: unknown;
      };
    };
    const listPath = `/v1/carriers/${carrier.carrierId}/matches`;

    /** Pages through the API list; read units of the summary queries only (not the key look-up). */
    const walkApi = async (query: string): Promise<Walk> => {
      let cursor: string | null = null;
      let pages = 0;
      let found = 0;
      let units = 0;
      let first = 0;
      proxy.takeRecords();
      do {
        const after: string = cursor ? `&cursor=${encodeURIComponent(cursor)}` : '';
        const page = await get(`${listPath}?limit=${pageSize}${query}${after}`);
        const pageUnits = readUnits(proxy.takeRecords().filter((r) => r.operation === 'Query'));
        if (pages === 0) first = pageUnits;
        units += pageUnits;
        pages++;
        found += page.items.length;
        cursor = page.nextCursor;
      } while (cursor);
      return { pages, items: found, readUnits: units, firstPageReadUnits: first };
    };

    const walkData = async (
      list: typeof listMatchesOverdueFirst,
      limit: number,
      onePage = false,
    ): Promise<Walk> => {
      let after: string | undefined;
      let pages = 0;
      let found = 0;
      let units = 0;
      let first = 0;
      proxy.takeRecords();
      do {
        const page = await list(carrier.carrierId, {
          today,
          policy,
          limit,
          ...(after ? { after } : {}),
        });
        const pageUnits = readUnits(proxy.takeRecords());
        if (pages === 0) first = pageUnits;
        units += pageUnits;
        pages++;
        found += page.items.length;
        after = page.nextAfter ?? undefined;
      } while (after && !onePage);
      return { pages, items: found, readUnits: units, firstPageReadUnits: first };
    };

    /** Compared on all pages (the API list) or on the first page (the web list's old path had one). */
    const row = (name: string, walk: Walk, baseline?: Walk, on: 'all' | 'first' = 'all') => [
      name,
      String(walk.pages),
      String(walk.items),
      formatNumber(walk.firstPageReadUnits, 1),
      formatNumber(walk.readUnits, 1),
      baseline
        ? on === 'all'
          ? `${formatNumber(walk.readUnits / baseline.readUnits, 2)}× all pages`
          : `${formatNumber(walk.firstPageReadUnits / baseline.firstPageReadUnits, 2)}× page 1`
        : 'baseline',
    ];

    const unfiltered = await walkApi('');
    const overdue = await walkApi('&overdue=true');
    const risk = await walkApi('&risk=true');
    const riskOverdue = await walkApi('&risk=true&overdue=true');

    // The match view: the key look-up and one GetItem of the summary, with or without risk.
    proxy.takeRecords();
    await get(`${listPath}/m-00010`);
    const viewRecords = proxy.takeRecords();
    const viewReads = viewRecords;
    const viewSummaryReads = viewRecords.filter((record) => record.label.startsWith('MATCH'));

    // The web list: before, one request of up to 1,000 summaries sorted in memory (it read
    // 300 and showed only those); now the overdue ones from the index, page by page.
    const oldWebPage = await walkData(listMatchSummaries, 1000, true);
    const overdueFirst = await walkData(listMatchesOverdueFirst, pageSize);

    const riskNoMore = risk.readUnits <= unfiltered.readUnits;
    const viewOneRead = viewSummaryReads.length === 1;
    const webCheaper = overdueFirst.firstPageReadUnits < oldWebPage.firstPageReadUnits;
    const met = riskNoMore && viewOneRead && webCheaper;
    const goal =
      'the list with ?risk=true reads no more than without it; the match view one summary; the web list page reads less than the old path';
    printTable(
      `Figure 11 — read units of the match list and view with the at-risk rule (${formatNumber(matchCount)} matches of one carrier, pages of ${pageSize})`,
      goal,
      ['request', 'pages', 'items', 'RCU page 1', 'RCU all pages', 'vs baseline'],
      [
        row('API list, no filter', unfiltered),
        row('API list ?overdue=true', overdue, unfiltered),
        row('API list ?risk=true', risk, unfiltered),
        row('API list ?risk=true&overdue=true', riskOverdue, unfiltered),
        row('web list, old path (one request, ≤ 1,000)', oldWebPage),
        row('web list, overdue first (carrierDue index)', overdueFirst, oldWebPage, 'first'),
      ],
      [
        'RCU: as dynalite reports them for the summary queries (eventually consistent, ≥ 0.5 per request);',
        'the API rows leave out the API key look-up, the same for every request.',
        `Match view: ${viewReads.map((r) => `${r.operation} ${r.label} ${formatNumber(Math.max(r.readUnits, 0.5), 1)}R`).join(' · ')}`,
        `  (risk is computed from the summary's stored dates: no read is added)`,
        'The old web path read 300 summaries (3 queries) and sorted only those: an overdue match after',
        'them by id was never shown. The new one reads the overdue matches from the index, most overdue first.',
        `?risk=true reads no more than the unfiltered list: ${yesNo(riskNoMore)}; the view reads one summary: ${yesNo(viewOneRead)}`,
        ...bench.log.map((line) => `log: ${line}`),
      ],
    );
    reportFigure({
      figure: 'list and view read units with the risk rule',
      goal,
      met,
      headline:
        `list walk ${formatNumber(unfiltered.readUnits, 1)} RCU unfiltered, ${formatNumber(risk.readUnits, 1)} with ?risk=true; ` +
        `web page 1 ${formatNumber(oldWebPage.firstPageReadUnits, 1)} → ${formatNumber(overdueFirst.firstPageReadUnits, 1)} RCU`,
    });
  } finally {
    await recorded.stop();
  }
}

await main();
