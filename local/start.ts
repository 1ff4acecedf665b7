import { FunderConfigError } from '../shared/config/funder-config';
import { localFunderConfigPath, readFunderConfigFile } from '../shared/config/funder-config-file';
import { periodEndRoutes, scheduledRoutes } from '../shared/events/schedules';
import type { FunderConfig } from '../shared/config/funder-config';
import { localPorts } from './ports';
import { startLocalSystem } from './system';

// `npm start`: the whole system on this machine, on the ports of SPEC §8.

async function main() {
  const configPath = localFunderConfigPath();
  const config = readFunderConfigFile(configPath);
  const ports = localPorts();
  const dataDir = process.env.TANDEM_DATA_DIR ?? '.tandem';
  const system = await startLocalSystem({
    config,
    dataDir,
    ...ports,
    ...retryDelayScale(),
    schedules: true,
    log: (message) => console.log(message),
  });
  console.log(
    [
      `Tandem is running for funder "${config.funderId}" (${config.name}), config ${configPath}`,
      `  HTTP API        ${system.urls.api}  (POST /v1/carriers/{carrierId}/webhooks, GET …/matches)`,
      `  DynamoDB        ${system.urls.dynamodb}  (dynalite, data in ${system.dataDir})`,
      `  Event bus       ${system.urls.eventBridge}  (queues in ${system.dataDir}/bus, dead letters in ${system.dataDir}/dead-letters)`,
      `  Sent e-mail     ${system.urls.ses}  (open in a browser)`,
      `  Schedules       ${describeSchedules(config)}`,
      `  Report files    ${system.dataDir}/reports/`,
      `  Internal token  ${system.dataDir}/local-token  (the CLI sends it to /_local/…)`,
      `  Web app         ${system.urls.api}/app  (coordinators; the programme office at /app/office)`,
      `First steps: npx tandem staff add --email … --role funder, sign in at ${system.urls.api}/app`,
      `  and onboard carriers in the office (README, quick start); or npx tandem carriers add --name "…" --coordinator-email …`,
      `Stop with Ctrl-C.`,
    ].join('\n'),
  );
  let stopping = false;
  const shutdown = (signal: string) => {
    if (stopping) {
      // Nothing is lost: every acknowledged event is on disk and is delivered after a start.
      console.log(`\n${signal} again: stopped at once; pending events wait on disk.`);
      process.exit(130);
    }
    stopping = true;
    console.log(
      `\n${signal}: delivering pending events for a few seconds, then stopping (again to stop at once)…`,
    );
    system.stop().then(
      () => {
        console.log('Stopped.');
        process.exit(0);
      },
      (error: unknown) => {
        console.error('Could not stop cleanly:', error);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', () => shutdown('SIGINT'));
  process.on('SIGTERM', () => shutdown('SIGTERM'));
}

/** TANDEM_RETRY_DELAY_SCALE (tests and demos): multiplies the routes' retry delays. */
function retryDelayScale(): { retryDelayScale?: number } {
  const value = process.env.TANDEM_RETRY_DELAY_SCALE;
  if (value === undefined || value === '') return {};
  const scale = Number(value);
  if (!Number.isFinite(scale) || scale < 0) {
    throw new Error(`TANDEM_RETRY_DELAY_SCALE must be a number ≥ 0, got "${value}"`);
  }
  return { retryDelayScale: scale };
}

main().catch((error: unknown) => {
  if (error instanceof FunderConfigError) console.error(error.message);
  else
    console.error(
      `Tandem could not start: ${error instanceof Error ? error.message : String(error)}`,
    );
  process.exit(1);
});

function describeSchedules(config: FunderConfig): string {
  const time = ({ hour, minute }: { hour: number; minute: number }) =>
    `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
  return (
    [
      ...scheduledRoutes.map((route) => `${route.id} daily ${time(route.daily)}`),
      ...periodEndRoutes.map(
        (route) => `${route.id} ${time(route.dayAfterEnd)} the day after each period ends`,
      ),
    ].join('; ') + ` (${config.timezone})`
  );
}
