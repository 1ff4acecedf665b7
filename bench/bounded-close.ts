import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startLocalSystem } from '../local/system';
import { exampleFunderConfigPath, readFunderConfigFile } from '../shared/config/funder-config-file';
import { eventRoutes } from '../shared/events/routes';
import { positiveIntegers } from './support/env';
import { onboardCarriersWithOneMatch } from './support/one-match-carriers';
import { reportFigure } from './support/figure-result';
import { silenceNodeVersionWarning } from './support/sdk-environment';
import { formatNumber, yesNo } from './support/stats';
import { printTable } from './support/table';

// Figure: a period close over 1,000 carriers with the report builders' concurrency bounded
// by the route table (issue 11). The close fans out one CarrierReportRequested per carrier;
// the bus may run at most `maxConcurrency` builders at once. Shown: the time of the close,
// the peak of builders running at once next to that bound, and that every report was
// written with no dead letter.

silenceNodeVersionWarning();

const [carrierCount = 1000] = positiveIntegers('BENCH_BOUNDED_CLOSE_CARRIERS', '1000');
const builderRoute = eventRoutes.find((route) => route.id === 'BuildCarrierReport')!;
const bound = builderRoute.delivery.maxConcurrency;

const config = readFunderConfigFile(exampleFunderConfigPath);
const dataDir = await mkdtemp(join(tmpdir(), 'tandem-bench-bounded-close-'));
const system = await startLocalSystem({
  config,
  dataDir,
  apiPort: 0,
  dynamodbPort: 0,
  sesPort: 0,
  inMemory: true,
});

try {
  // Loaded only now: the shared clients read their endpoints when they are created.
  const { closePeriod } = await import('../local/cli/commands');

  console.error(`bounded-close: onboarding ${carrierCount} carriers…`);
  // One match per carrier, so every report has figures and charts to draw.
  await onboardCarriersWithOneMatch({
    count: carrierCount,
    coordinatorOf: (index) => `koordination-${index}@bench.example`,
    match: {
      created: {
        matchId: 'm-1',
        mentorId: 'p-1',
        menteeId: 'p-2',
        startedOn: '2025-03-01',
        programme: 'education_work',
      },
      checkIns: [{ checkInId: 'c-1', occurredOn: '2025-03-10', with: 'both', channel: 'phone' }],
    },
    policy: config.checkInPolicy,
  });

  console.error(`bounded-close: closing period 2025 over ${carrierCount} carriers…`);
  const started = performance.now();
  const result = await closePeriod(system.urls.api, '2025', {
    pollMs: 500,
    onProgress: (message) => console.error(`  ${message}`),
  });
  const seconds = (performance.now() - started) / 1000;
  const peak = system.bus.peakConcurrency(builderRoute.id);
  const deadLetters = system.bus.deadLetters.length;
  const met = peak <= bound && result.reports === carrierCount && deadLetters === 0;
  const goal = `every report written, at most ${bound} builders at once, no dead letter`;
  printTable(
    `A period close over ${formatNumber(carrierCount)} carriers, builders bounded`,
    goal,
    ['carriers', 'reports', 'close s', 'peak builders', 'bound', 'dead letters', 'goal met'],
    [
      [
        formatNumber(carrierCount),
        formatNumber(result.reports),
        formatNumber(seconds, 1),
        formatNumber(peak),
        formatNumber(bound),
        formatNumber(deadLetters),
        yesNo(met),
      ],
    ],
    [
      `Bound: the BuildCarrierReport route's maxConcurrency in shared/events/routes.ts, the same number the deployed event source mapping gets.`,
      `Close: \`periods close\` through the local system until the funder summary is written (report-ready mails paced at ${config.emailRatePerSecond} a second).`,
    ],
  );
  reportFigure({
    figure: 'Bounded period close',
    goal,
    met,
    headline: `${formatNumber(result.reports)} of ${formatNumber(carrierCount)} reports in ${formatNumber(seconds, 1)} s, peak ${peak} builders (bound ${bound}), dead letters ${deadLetters}`,
  });
} finally {
  await system.stop();
}
