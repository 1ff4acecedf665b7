import { stat } from 'node:fs/promises';
import { envNames } from '../../shared/config/runtime-env';
import type { ColumnMapping } from '../../shared/import/columns';
import { localBusName } from '../aws-environment';
import { localTokenFor, localTokenHeader } from '../local-token';
import { localApiUrl, stackOutputs, targetFunderConfig, type Target } from './target';

/**
 * Points the bus client at where the import's facts go: the running local system's bus (with
 * the data dir's token), or the deployed stack's bus (its `EventBusName` output) with the
 * operator's credentials. Runs before the import's modules load their SDK clients.
 */
async function pointAtBus(target: Target): Promise<void> {
  if (target.kind === 'local') {
    process.env.AWS_ENDPOINT_URL_EVENTBRIDGE = `${localApiUrl()}/_local/events`;
    process.env[envNames.eventBusName] = localBusName;
    const { eventBridge } = await import('../../shared/aws/event-bridge');
    const token = await localTokenFor(localApiUrl());
    eventBridge.useHeaders(async () => ({ [localTokenHeader]: token }));
    return;
  }
  const stackName = process.env.TANDEM_STACK;
  const busName = stackName
    ? (await stackOutputs(stackName)).EventBusName
    : process.env[envNames.eventBusName];
  if (!busName) {
    throw new Error(
      'To import into a deployed stack, set TANDEM_STACK to its name (e.g. Tandem-example)',
    );
  }
  process.env[envNames.eventBusName] = busName;
}

/**
 * `tandem import <carrierId> <file> [--dry-run] [--map field=Header …]` (SPEC §10): reads the file (CSV streamed,
 * or XLSX), puts each good row's facts on the bus as an import, waits until they are
 * processed and returns the import result. Progress goes to `onProgress` (stderr).
 */
export async function importFile(
  target: Target,
  carrierId: string,
  file: string,
  options: {
    dryRun: boolean;
    columnMapping?: ColumnMapping;
    onProgress?: (message: string) => void;
  },
) {
  if (!options.dryRun) await pointAtBus(target);
  const [{ openSheetsOfFile }, { runImport }, { publishEvents }] = await Promise.all([
    import('../../functions/import/open-sheets'),
    import('../../functions/import/run-import'),
    import('../../shared/events/publish'),
  ]);
  const sheets = await openSheetsOfFile(file);
  // The file's last change is every fact's timestamp: see ImportOptions.occurredAt.
  const { mtime } = await stat(file);
  const funder = targetFunderConfig();
  return runImport(carrierId, sheets, {
    dryRun: options.dryRun,
    publish: publishEvents,
    // The coordinator's own headers for fields it names differently (`--map field=Header`).
    ...(options.columnMapping ? { columnMapping: options.columnMapping } : {}),
    // `overdueAtOnce` by the funder's rule (SPEC §5, §10).
    checkInPolicy: funder.checkInPolicy,
    occurredAt: new Date(Math.floor(mtime.getTime() / 1000) * 1000),
    // No contact date after tomorrow in the funder's time zone (SPEC §2).
    receipt: { at: new Date(), timeZone: funder.timezone },
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
  });
}
