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
    schedules: true,
    log: (message) => console.log(message),
  });
  console.log(
    [
      `Tandem is running for funder "${config.funderId}" (${config.name}), config ${configPath}`,
      `  HTTP API        ${system.urls.api}  (POST /v1/carriers/{carrierId}/webhooks, GET …/matches)`,
      `  DynamoDB        ${system.urls.dynamodb}  (dynalite, data in ${system.dataDir})`,
      `  Event bus       ${system.urls.eventBridge}  (dead letters in ${system.dataDir}/dead-letters)`,
      `  Sent e-mail     ${system.urls.ses}  (open in a browser)`,
      `  Schedules       ${describeSchedules(config)}`,
      `  Report files    ${system.dataDir}/reports/`,
      `Onboard a carrier: npx tandem carriers add --name "…" --coordinator-email …`,
      `Stop with Ctrl-C.`,
    ].join('\n'),
  );
  let stopping = false;
  const shutdown = (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`\n${signal}: finishing deliveries in flight and stopping…`);
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

main().catch((error: unknown) => {
  if (error instanceof FunderConfigError) console.error(error.message);
  else console.error('Tandem could not start:', error);
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
