import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, PutCommand } from '@aws-sdk/lib-dynamodb';
import { localTableName } from '../local/aws-environment';
import { sendLocalToken } from '../local/local-token';
import type { WebhookBody } from '../shared/schemas/webhooks';
import { runConcurrently } from './support/concurrency';
import { reportFigure } from './support/figure-result';
import {
  deliver,
  onboardCarrier,
  signWebhook,
  startBenchSystem,
  type BenchCarrier,
  type SignedWebhook,
} from './support/local-system';
import { formatNumber, formatRatio, median, yesNo } from './support/stats';
import { silenceNodeVersionWarning } from './support/sdk-environment';
import { printTable } from './support/table';
import { checkInRecorded, matchCreated } from './support/webhooks';

// Figure 2: signed webhooks per second through the whole local system (HTTP → ingest → bus
// → consumer → table), next to plain PutItem calls against the same dynalite.

const positiveInteger = (name: string, fallback: number): number => {
  const value = Number(process.env[name] ?? fallback);
  if (!Number.isInteger(value) || value < 1) throw new Error(`${name} must be a positive integer`);
  return value;
};

const webhookCount = positiveInteger('BENCH_WEBHOOKS', 1200);
const concurrency = positiveInteger('BENCH_CONCURRENCY', 16);
const roundCount = positiveInteger('BENCH_ROUNDS', 3);
/** Each match gets one match.created and this many check-ins. */
const checkInsPerMatch = 5;
const warmUpMatches = 10;
const minRatio = 0.5;

/**
 * The webhooks of `matchCount` matches, round by round: every match's created, then every
 * match's first check-in, and so on. Webhooks of one match are then far apart in the
 * stream, as they are from real partners, rather than racing for the same summary.
 */
function webhookStream(prefix: string, matchCount: number): WebhookBody[] {
  const stream: WebhookBody[] = [];
  for (let round = 0; round <= checkInsPerMatch; round++) {
    for (let match = 0; match < matchCount; match++) {
      const matchId = `${prefix}-m${match}`;
      stream.push(
        round === 0
          ? matchCreated(matchId, `${matchId}-mentor`, `${matchId}-mentee`)
          : checkInRecorded(matchId, round),
      );
    }
  }
  return stream;
}

async function sendAll(apiUrl: string, carrier: BenchCarrier, bodies: readonly WebhookBody[]) {
  // Signed up front, so the timed part is the system's work, not the client's HMACs.
  const signed: SignedWebhook[] = bodies.map((body, index) =>
    signWebhook(apiUrl, carrier, body, `msg_bench_${index}_${body.type}`),
  );
  const statuses = new Map<number, number>();
  const started = performance.now();
  await runConcurrently(signed.length, concurrency, async (index) => {
    const status = await deliver(signed[index] as SignedWebhook);
    statuses.set(status, (statuses.get(status) ?? 0) + 1);
  });
  return { started, acceptedAt: performance.now(), statuses };
}

/**
 * Reads every match of the stream back through the read API: proof that "idle" meant
 * processed, not dropped. Returns how many show exactly the check-ins that were sent.
 */
async function matchesAsSent(
  apiUrl: string,
  carrier: BenchCarrier,
  stream: readonly WebhookBody[],
) {
  const expectedCheckIns = new Map<string, number>();
  for (const body of stream) {
    const { matchId } = body.data as { matchId?: string };
    if (matchId === undefined) continue;
    expectedCheckIns.set(
      matchId,
      (expectedCheckIns.get(matchId) ?? 0) + (body.type === 'checkin.recorded' ? 1 : 0),
    );
  }
  const matchIds = [...expectedCheckIns.keys()];
  let asSent = 0;
  await runConcurrently(matchIds.length, concurrency, async (index) => {
    const matchId = matchIds[index] as string;
    const response = await fetch(`${apiUrl}/v1/carriers/${carrier.carrierId}/matches/${matchId}`, {
      headers: { authorization: `Bearer ${carrier.apiKey}` },
    });
    const match = (await response.json()) as { status?: unknown; checkIns?: { count?: unknown } };
    const complete =
      response.status === 200 &&
      match.status === 'active' &&
      match.checkIns?.count === expectedCheckIns.get(matchId);
    if (complete) asSent++;
  });
  return { matches: matchIds.length, asSent };
}

interface Round {
  readonly putsPerSecond: number;
  readonly webhooksPerSecond: number;
  /** Rate at which the 202s came back, before the bus had finished. */
  readonly acceptedPerSecond: number;
}

async function main() {
  silenceNodeVersionWarning();
  const bench = await startBenchSystem();
  const { system } = bench;
  try {
    const carrier = await onboardCarrier();
    const baselineClient = DynamoDBDocumentClient.from(
      new DynamoDBClient({ endpoint: system.urls.dynamodb }),
    );
    sendLocalToken(baselineClient, system.localToken);
    // An item shaped and sized like the check-in fact a webhook stores.
    const baselineItem = (index: number) => ({
      pk: 'BENCH#baseline',
      sk: `FACT#m-${index}#CHECKIN#m-${index}-c1`,
      entity: 'MatchFact',
      fact: 'checkIn',
      ...checkInRecorded(`m-${index}`, 1).data,
      version: `${new Date().toISOString()}|msg_bench_${index}_checkin.recorded`,
    });
    const putsPerSecond = async (offset: number, count: number) => {
      const started = performance.now();
      await runConcurrently(count, concurrency, async (index) => {
        await baselineClient.send(
          new PutCommand({ TableName: localTableName, Item: baselineItem(offset + index) }),
        );
      });
      return count / ((performance.now() - started) / 1000);
    };

    // Warm-up for both paths: JIT, handler modules loaded, sockets open.
    await putsPerSecond(-1000, 200);
    const warmUp = await sendAll(system.urls.api, carrier, webhookStream('warm', warmUpMatches));
    await system.bus.idle();
    if (warmUp.statuses.get(202) !== warmUpMatches * (checkInsPerMatch + 1)) {
      throw new Error(
        `warm-up webhooks were not all accepted: ${JSON.stringify([...warmUp.statuses])}`,
      );
    }

    // Rounds alternate baseline and webhooks, so a change in machine load hits both alike.
    const matchCount = Math.ceil(webhookCount / (checkInsPerMatch + 1));
    const rounds: Round[] = [];
    const statuses = new Map<number, number>();
    const readBack = { matches: 0, asSent: 0 };
    for (let round = 0; round < roundCount; round++) {
      const baselineRate = await putsPerSecond(round * webhookCount, webhookCount);
      const stream = webhookStream(`r${round}`, matchCount).slice(0, webhookCount);
      const sent = await sendAll(system.urls.api, carrier, stream);
      await system.bus.idle();
      const finishedAt = performance.now();
      rounds.push({
        putsPerSecond: baselineRate,
        webhooksPerSecond: webhookCount / ((finishedAt - sent.started) / 1000),
        acceptedPerSecond: webhookCount / ((sent.acceptedAt - sent.started) / 1000),
      });
      for (const [status, count] of sent.statuses) {
        statuses.set(status, (statuses.get(status) ?? 0) + count);
      }
      const roundReadBack = await matchesAsSent(system.urls.api, carrier, stream);
      readBack.matches += roundReadBack.matches;
      readBack.asSent += roundReadBack.asSent;
    }
    baselineClient.destroy();

    const sent = webhookCount * roundCount;
    const deadLetters = system.bus.deadLetters.length;
    const baselineRate = median(rounds.map((round) => round.putsPerSecond));
    const webhookRate = median(rounds.map((round) => round.webhooksPerSecond));
    const met =
      statuses.get(202) === sent &&
      deadLetters === 0 &&
      readBack.asSent === readBack.matches &&
      webhookRate / baselineRate >= minRatio;
    const goal = `end-to-end webhooks/s ≥ ${minRatio}× raw PutItem/s, all accepted and processed`;
    const perRound = (rate: (round: Round) => number) =>
      rounds.map((round) => formatNumber(rate(round), 1)).join(' / ');
    printTable(
      'Figure 2 — local end-to-end throughput',
      goal,
      ['run', 'count', 'concurrency', 'per second', '× base', 'goal met'],
      [
        [
          'baseline: DocumentClient PutCommand',
          String(webhookCount),
          String(concurrency),
          formatNumber(baselineRate, 1),
          '1.00×',
          '',
        ],
        [
          'signed webhooks, HTTP → table',
          String(webhookCount),
          String(concurrency),
          formatNumber(webhookRate, 1),
          formatRatio(webhookRate / baselineRate),
          yesNo(met),
        ],
      ],
      [
        `Median of ${roundCount} rounds; per round, puts/s ${perRound((round) => round.putsPerSecond)}, webhooks/s ${perRound((round) => round.webhooksPerSecond)}.`,
        `Mix per round: ${matchCount} matches × (1 match.created + ${checkInsPerMatch} checkin.recorded), unique webhook ids, signed before timing.`,
        `Webhooks timed from the first POST until system.bus.idle(): every event handled and its items written.`,
        `The 202s alone came back at ${perRound((round) => round.acceptedPerSecond)} per second: the bus works while ingest answers.`,
        `Responses: ${[...statuses].map(([status, count]) => `${count}× ${status}`).join(', ')}; dead letters: ${deadLetters}.`,
        `Read back through GET …/matches/{id}: ${readBack.asSent} of ${readBack.matches} matches active with every check-in counted.`,
        `One Node ${process.version} process: dynalite in a worker thread of its own (as npm start runs it), the HTTP API, the bus and every handler on the main event loop.`,
        ...bench.log.map((line) => `log: ${line}`),
      ],
    );
    reportFigure({
      figure: 'local end-to-end throughput',
      goal,
      met,
      headline: `${formatNumber(webhookRate, 1)} webhooks/s vs ${formatNumber(baselineRate, 1)} puts/s (${formatRatio(webhookRate / baselineRate)})`,
    });
  } finally {
    await bench.stop();
  }
}

await main();
