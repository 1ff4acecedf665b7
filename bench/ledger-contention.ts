import { BatchWriteCommand } from '@aws-sdk/lib-dynamodb';
import { exampleFunderConfigPath, readFunderConfigFile } from '../shared/config/funder-config-file';
import { keys } from '../shared/data/keys';
import type { WebhookBody } from '../shared/schemas/webhooks';
import type { OperationRecord } from './support/capacity-proxy';
import { reportFigure } from './support/figure-result';
import { startRecordedSystem } from './support/recorded-system';
import { deliver, onboardCarrier, signWebhook, type BenchCarrier } from './support/local-system';
import { silenceNodeVersionWarning } from './support/sdk-environment';
import { formatNumber, yesNo } from './support/stats';
import { printTable } from './support/table';
import { checkInRecorded, matchCreated } from './support/webhooks';

// Issue 8: what one check-in costs must not grow with its match's history, and many at once on
// one match must converge without dead letters. The baseline is the former per-event work, a
// re-derivation of the summary from every fact of the match (still used for the rare cases),
// measured on the same matches in the same run.

const histories = [10, 300] as const;
const measuredCheckIns = 5;
const burst = 200;
const burstHistory = 300;
const policy = readFunderConfigFile(exampleFunderConfigPath).checkInPolicy;

const progress = (message: string) => process.stderr.write(`ledger-contention: ${message}\n`);

const readUnits = (records: readonly OperationRecord[]) =>
  records.reduce((total, record) => total + record.readUnits, 0);
/** Summary writes that lost to a concurrent one (each is re-read and retried). */
const lostSummaryWrites = (records: readonly OperationRecord[]) =>
  records.filter((record) => record.label === 'MATCH' && record.failedConditionWriteUnits > 0)
    .length;

async function main() {
  silenceNodeVersionWarning();
  const recorded = await startRecordedSystem();
  const { bench, system, proxy } = recorded;
  try {
    // Loaded only now: the shared DynamoDB client reads its endpoint when it is created.
    const { rederiveMatchSummary, getMatchSummary } =
      await import('../shared/data/match-summaries');
    const { dynamo } = await import('../shared/aws/dynamo');
    const { factVersion } = await import('../shared/data/facts');
    const { tableName } = await import('../shared/config/runtime-env');
    const carrier = await onboardCarrier();
    let sequence = 0;
    const sendAll = async (bodies: readonly WebhookBody[]) => {
      for (let start = 0; start < bodies.length; start += burst) {
        const statuses = await Promise.all(
          bodies
            .slice(start, start + burst)
            .map((body) =>
              deliver(signWebhook(system.urls.api, carrier, body, `msg_lc_${sequence++}`)),
            ),
        );
        const refused = statuses.filter((status) => status !== 202);
        if (refused.length) throw new Error(`webhooks answered ${refused.join(', ')}, not 202`);
      }
    };
    // The history is stored as the ledger stores it, written in batches (setup, not measured),
    // and the summary derived from it; what is measured then goes through HTTP and the bus.
    const matchWithHistory = async (matchId: string, checkIns: number) => {
      await sendAll([matchCreated(matchId, `${matchId}-mentor`, `${matchId}-mentee`)]);
      await system.bus.idle();
      const facts = Array.from({ length: checkIns }, (_, index) => {
        const { data, timestamp } = checkInRecorded(matchId, index + 1);
        return {
          ...keys.matchFact(carrier.carrierId, matchId, {
            kind: 'checkIn',
            checkInId: data.checkInId,
          }),
          entity: 'MatchFact',
          fact: 'checkIn',
          ...data,
          version: factVersion(timestamp, `msg_history_${index}`),
        };
      });
      for (let start = 0; start < facts.length; start += 25) {
        await dynamo.send(
          new BatchWriteCommand({
            RequestItems: {
              [tableName()]: facts
                .slice(start, start + 25)
                .map((Item) => ({ PutRequest: { Item } })),
            },
          }),
        );
      }
      await rederiveMatchSummary(carrier.carrierId, matchId, policy);
      progress(`match ${matchId} with ${checkIns} check-ins stored`);
    };
    const baselineReadUnits = async (c: BenchCarrier, matchId: string) => {
      proxy.takeRecords();
      await rederiveMatchSummary(c.carrierId, matchId, policy);
      return readUnits(proxy.takeRecords());
    };

    // Read units per check-in, after 10 and after 300.
    const perCheckIn: { history: number; units: number; baseline: number }[] = [];
    for (const history of histories) {
      const matchId = `m-history-${history}`;
      await matchWithHistory(matchId, history);
      proxy.takeRecords();
      for (let index = 1; index <= measuredCheckIns; index++) {
        await sendAll([checkInRecorded(matchId, history + index)]);
        await system.bus.idle();
      }
      const units = readUnits(proxy.takeRecords()) / measuredCheckIns;
      progress(`read units per check-in with ${history} check-ins measured`);
      perCheckIn.push({ history, units, baseline: await baselineReadUnits(carrier, matchId) });
    }
    const [few, many] = perCheckIn as [(typeof perCheckIn)[0], (typeof perCheckIn)[0]];
    const growth = many.units / few.units - 1;
    const readsMet = Math.abs(growth) <= 0.2;

    // 200 concurrent deliveries of new check-ins on one match with 300 facts.
    const burstMatch = 'm-burst';
    await matchWithHistory(burstMatch, burstHistory - 1);
    const deadLettersBefore = system.bus.deadLetters.length;
    proxy.takeRecords();
    const burstStarted = performance.now();
    await sendAll(
      Array.from({ length: burst }, (_, index) =>
        checkInRecorded(burstMatch, burstHistory + index),
      ),
    );
    await system.bus.idle();
    const burstSeconds = (performance.now() - burstStarted) / 1000;
    const burstRecords = proxy.takeRecords();
    const deadLetters = system.bus.deadLetters.length - deadLettersBefore;
    progress(`burst of ${burst} done in ${formatNumber(burstSeconds, 1)} s`);
    const summary = await getMatchSummary(carrier.carrierId, burstMatch, { consistent: true });
    const expectedCount = burstHistory - 1 + burst;
    const converged = summary?.checkInCount === expectedCount;

    // Baseline: the former per-event work, 200 re-derivations at once on the same match.
    proxy.takeRecords();
    const baselineStarted = performance.now();
    const outcomes = await Promise.allSettled(
      Array.from({ length: burst }, () =>
        rederiveMatchSummary(carrier.carrierId, burstMatch, policy),
      ),
    );
    const baselineSeconds = (performance.now() - baselineStarted) / 1000;
    const baselineRecords = proxy.takeRecords();
    progress(`baseline burst done in ${formatNumber(baselineSeconds, 1)} s`);
    const baselineGaveUp = outcomes.filter((outcome) => outcome.status === 'rejected').length;

    const burstMet = deadLetters === 0 && converged;
    const goal = `read units per check-in with 300 check-ins within 20 % of those with 10; ${burst} concurrent check-ins on one match of ${burstHistory} facts converge with 0 dead letters`;
    printTable(
      'Ledger contention — read units per check-in, and a burst on one match',
      goal,
      ['case', 'baseline (re-derive)', 'measured', 'goal met'],
      [
        [
          `RCU per check-in, ${few.history} check-ins`,
          formatNumber(few.baseline, 1),
          formatNumber(few.units, 1),
          '',
        ],
        [
          `RCU per check-in, ${many.history} check-ins`,
          formatNumber(many.baseline, 1),
          formatNumber(many.units, 1),
          yesNo(readsMet),
        ],
        [
          `${burst} at once: seconds`,
          formatNumber(baselineSeconds, 1),
          formatNumber(burstSeconds, 1),
          '',
        ],
        [
          `${burst} at once: summary writes retried`,
          String(lostSummaryWrites(baselineRecords)),
          String(lostSummaryWrites(burstRecords)),
          '',
        ],
        [
          `${burst} at once: dead letters (baseline: gave up)`,
          String(baselineGaveUp),
          String(deadLetters),
          yesNo(burstMet),
        ],
      ],
      [
        `RCU as dynalite reports them (ReturnConsumedCapacity TOTAL, injected by a proxy), averaged over ${measuredCheckIns}`,
        `check-ins per match, from the HTTP request to the last table write (ingest's carrier look-up included).`,
        `Baseline: one re-derivation of the summary from all facts of the same match, the work every check-in did`,
        `before; in the burst, ${burst} of them at once on the same match (as ${burst} deliveries did), in this process.`,
        `Burst: ${burst} new check-ins through the HTTP API and the local bus; summary afterwards: ${String(summary?.checkInCount)} check-ins (expected ${expectedCount}).`,
        ...bench.log.map((line) => `log: ${line}`),
      ],
    );
    reportFigure({
      figure: 'ledger contention',
      goal,
      met: readsMet && burstMet,
      headline: `RCU/check-in ${formatNumber(few.units, 1)} (10) vs ${formatNumber(many.units, 1)} (300), baseline ${formatNumber(few.baseline, 1)} vs ${formatNumber(many.baseline, 1)}; ${burst} at once: ${formatNumber(burstSeconds, 1)} s, ${deadLetters} dead letters`,
    });
  } finally {
    await recorded.stop();
  }
}

await main();
