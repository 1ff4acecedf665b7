import { tableDefinition } from '../shared/data/table-definition';
import { Annotations, App, Tags } from 'aws-cdk-lib';
import type { AppProps } from 'aws-cdk-lib';
import { funderConfigPath, readFunderConfigFile } from '../shared/config/funder-config-file';
import { FunderConfigError, funderConfigSchema } from '../shared/config/funder-config';
import { isoDate } from '../shared/schemas/primitives';
import { periodsToSchedule } from './constructs/scheduled-invocations';
import { applyNagPacks } from './nag';
import { TandemStack } from './tandem-stack';

export const defaultFunderId = 'example';

export const stackNameOf = (funderId: string): string => `Tandem-${funderId}`;

export interface TandemAppOptions extends AppProps {
  /** Run the cdk-nag packs on synth (on by default; tests check them separately). */
  readonly nag?: boolean;
}

/**
 * Builds the app for the funder named by context `funder` (default `example`), from
 * `funders/<funder>.json` or the file named by context `funderConfigFile`. An invalid
 * config throws a FunderConfigError naming the field.
 */
export function createTandemApp(options: TandemAppOptions = {}) {
  const { nag = true, ...appProps } = options;
  const app = new App(appProps);
  const funderId = String(app.node.tryGetContext('funder') ?? defaultFunderId);
  if (!funderConfigSchema.shape.funderId.safeParse(funderId).success) {
    throw new FunderConfigError(
      `Context funder "${funderId}" is not a funder id (lower-case letters, digits and dashes)`,
    );
  }
  const configFile = String(
    app.node.tryGetContext('funderConfigFile') ?? funderConfigPath(funderId),
  );
  const funderConfig = readFunderConfigFile(configFile);
  if (funderConfig.funderId !== funderId) {
    throw new FunderConfigError(
      `Invalid funder config ${configFile}:\n  funderId: is "${funderConfig.funderId}", but the stack is for funder "${funderId}"`,
    );
  }

  const closeSchedulesFrom = String(
    app.node.tryGetContext('closeSchedulesFrom') ?? new Date().toISOString().slice(0, 10),
  );
  if (!isoDate.safeParse(closeSchedulesFrom).success) {
    throw new FunderConfigError(
      `Context closeSchedulesFrom "${closeSchedulesFrom}" is not a date YYYY-MM-DD`,
    );
  }
  // DynamoDB adds one index per table update: a stack with data takes new ones one by one.
  const withoutIndexes = String(app.node.tryGetContext('withoutIndexes') ?? '')
    .split(',')
    .filter(Boolean);
  const indexNames = Object.values(tableDefinition.indexes).map((index) => index.name);
  const unknown = withoutIndexes.filter((name) => !indexNames.includes(name as never));
  if (unknown.length) {
    throw new FunderConfigError(
      `Context withoutIndexes names no index of the table: ${unknown.join(', ')} (indexes: ${indexNames.join(', ')})`,
    );
  }
  const stack = new TandemStack(app, stackNameOf(funderId), {
    funderConfig,
    closeSchedulesFrom,
    withoutIndexes,
  });
  for (const period of funderConfig.periods) {
    if (!periodsToSchedule([period], closeSchedulesFrom).length) {
      Annotations.of(stack).addInfo(
        `Funding period ${period.id} ended before ${closeSchedulesFrom}: no close schedule; run \`npx tandem periods close ${period.id}\``,
      );
    }
  }
  Tags.of(stack).add('tandem:funder', funderId);
  if (nag) applyNagPacks(app);
  return { app, stack, funderConfig };
}
