import { mkdtemp, readdir, rm } from 'node:fs/promises';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startSesRateLimit, startSesServer } from '../local/ses-server';
import { startLocalSystem } from '../local/system';
import { exampleFunderConfigPath, readFunderConfigFile } from '../shared/config/funder-config-file';
import { scheduledRoutes } from '../shared/events/schedules';
import { positiveIntegers } from './support/env';
import { onboardCarriersWithOneMatch } from './support/one-match-carriers';
import { reportFigure } from './support/figure-result';
import { silenceNodeVersionWarning } from './support/sdk-environment';
import { formatNumber, formatRatio, yesNo } from './support/stats';
import { printTable } from './support/table';

// Figure: paced e-mail (issue 11, SPEC §7 emailRatePerSecond, §8 TANDEM_SES_MAX_RATE). A
// reminder sweep over 2,000 carriers, each with one overdue match, so one digest each, with
// the local SES refusing more than 50 sends a second (SES's throttling error) and the funder
// config's emailRatePerSecond at 50: the time until the last digest is taken by SES, next to
// the floor 2,000 / 50 = 40 s; every digest exactly once; no throttled send dead-lettered.

silenceNodeVersionWarning();

const [carrierCount = 2000] = positiveIntegers('BENCH_PACED_CARRIERS', '2000');
const [rate = 50] = positiveIntegers('BENCH_PACED_RATE', '50');
const maxFloorRatio = 1.2;
const host = '127.0.0.1';
/** Every match starts then: its first contact is due 2025-01-16, four days before the sweep. */
const startedOn = '2025-01-01';
const sweepDate = '2025-01-20';
const coordinatorOf = (index: number) => `koordination-${index}@bench.example`;

const closeServer = (server: Server) =>
  new Promise<void>((done) => {
    server.close(() => done());
    server.closeAllConnections();
  });

const dataDir = await mkdtemp(join(tmpdir(), 'tandem-bench-paced-'));
const config = { ...readFunderConfigFile(exampleFunderConfigPath), emailRatePerSecond: rate };
const ses = await startSesServer({ host, port: 0 });
const sesUrl = `http://${host}:${(ses.address() as AddressInfo).port}`;
const limit = await startSesRateLimit({ host, upstream: sesUrl, maxRatePerSecond: rate });
const log: string[] = [];
const system = await startLocalSystem({
  config,
  dataDir,
  apiPort: 0,
  dynamodbPort: 0,
  sesPort: 0,
  inMemory: true,
  sesEndpoint: limit.url,
  log: (message) => log.push(message),
});

try {
  // Loaded only now: the shared clients read their endpoints when they are created.
  const { loadHandler, localContext } = await import('../local/handlers');

  console.error(`paced-sweep: onboarding ${carrierCount} carriers…`);
  await onboardCarriersWithOneMatch({
    count: carrierCount,
    coordinatorOf,
    match: {
      created: {
        matchId: 'm-1',
        mentorId: 'p-1',
        menteeId: 'p-2',
        startedOn,
        programme: 'education_work',
      },
      checkIns: [],
    },
    policy: config.checkInPolicy,
  });

  console.error(`paced-sweep: sweeping ${carrierCount} carriers at ${rate} e-mails a second…`);
  const started = Date.now();
  // The sweep's function itself, as the schedule invokes it: it publishes one digest event
  // per carrier and returns; the digests follow through the bus, paced.
  const sweepRoute = scheduledRoutes.find((route) => route.id === 'ReminderSweep')!;
  const sweepHandler = await loadHandler(sweepRoute.handler);
  const result = (await sweepHandler({ date: sweepDate }, localContext(sweepRoute.id))) as {
    overdue: number;
    digests: unknown[];
  };
  let lastReport = Date.now();
  while (limit.admitted().count < carrierCount && Date.now() - started < 20 * 60_000) {
    await new Promise((wake) => setTimeout(wake, 200));
    if (Date.now() - lastReport > 30_000) {
      lastReport = Date.now();
      console.error(`  ${limit.admitted().count} of ${carrierCount} digests sent`);
    }
  }
  const { count: taken, firstAt, lastAt } = limit.admitted();
  const seconds = (lastAt - started) / 1000;
  /** From the sweep's start to its first digest: the sweep's own work, before any pacing. */
  const firstSeconds = (firstAt - started) / 1000;
  await system.bus.idleWithin(30_000);

  const store = (await (await fetch(`${sesUrl}/store`)).json()) as {
    emails: { destination: { to: string[] } }[];
  };
  const perAddress = new Map<string, number>();
  for (const email of store.emails) {
    for (const to of email.destination.to) perAddress.set(to, (perAddress.get(to) ?? 0) + 1);
  }
  const expected = Array.from({ length: carrierCount }, (_, index) => coordinatorOf(index));
  const missing = expected.filter((address) => !perAddress.has(address)).length;
  const doubles = [...perAddress.values()].reduce((sum, count) => sum + count - 1, 0);
  const deadLetters = (
    await readdir(join(dataDir, 'dead-letters'), { recursive: true }).catch(() => [])
  ).filter((file) => String(file).endsWith('.json')).length;

  const floor = carrierCount / rate;
  const met =
    seconds <= maxFloorRatio * floor &&
    missing === 0 &&
    doubles === 0 &&
    deadLetters === 0 &&
    result.digests.length === carrierCount;
  printTable(
    `Paced e-mail: a sweep over ${formatNumber(carrierCount)} carriers, local SES at ${rate} e-mails a second`,
    `the last digest within ${maxFloorRatio}× the floor ${formatNumber(carrierCount)} / ${rate} = ${formatNumber(floor)} s; every digest once; no dead letter`,
    [
      'run',
      'to last digest s',
      '× floor',
      'to first digest s',
      'digests',
      'missing',
      'doubles',
      'throttled',
      'dead letters',
    ],
    [
      ['floor (carriers / rate)', formatNumber(floor, 1), formatRatio(1), '', '', '', '', '', ''],
      [
        'paced sweep',
        formatNumber(seconds, 1),
        formatRatio(seconds / floor),
        formatNumber(firstSeconds, 1),
        formatNumber(taken),
        formatNumber(missing),
        formatNumber(doubles),
        formatNumber(limit.refused()),
        formatNumber(deadLetters),
      ],
    ],
    [
      `Sweep: ${result.overdue} overdue, ${result.digests.length} digests. "throttled" counts SES's 429 answers (the SDK retries them; none may reach a dead letter).`,
      'The period close over 1,000 carriers with its builders bounded is bench/bounded-close.ts.',
      ...log.slice(0, 10),
    ],
  );
  reportFigure({
    figure: 'Paced e-mail sweep',
    goal: `≤ ${maxFloorRatio}× floor, no doubles, no dead letters`,
    met,
    headline: `${formatNumber(carrierCount)} digests in ${formatNumber(seconds, 1)} s (floor ${formatNumber(floor)} s, ${formatRatio(seconds / floor)}); doubles ${doubles}, missing ${missing}, dead letters ${deadLetters}; goal met: ${yesNo(met)}`,
  });
} finally {
  await system.stop();
  await closeServer(limit.server);
  await closeServer(ses);
  await rm(dataDir, { recursive: true, force: true });
}
