import type { StackProps } from 'aws-cdk-lib';
import { CfnOutput, Duration, Lazy, Stack } from 'aws-cdk-lib';
import { Construct } from 'constructs';
import type { FunderConfig } from '../shared/config/funder-config';
import { envNames } from '../shared/config/runtime-env';
import { eventRoutes } from '../shared/events/routes';
import { periodEndRoutes, scheduledRoutes } from '../shared/events/schedules';
import { httpRoutes } from '../shared/http/routes';
import { AlarmTopic } from './constructs/alarm-topic';
import { EventConsumers } from './constructs/event-consumers';
import { FactBus } from './constructs/fact-bus';
import { TandemHttpApi } from './constructs/http-api';
import { LedgerTable } from './constructs/ledger-table';
import { ReportFiles } from './constructs/report-files';
import { RouteFunction } from './constructs/route-function';
import { SecretKeys } from './constructs/secret-keys';
import {
  dailyInvocation,
  periodEndInvocation,
  ScheduledInvocations,
} from './constructs/scheduled-invocations';
import { accessOf, grantRouteAccess } from './route-access';
import { sizingOf } from './route-sizing';

const reportBucketEnv = envNames.reportBucket;

/** Lambda allows 4 KB of environment in total; the funder config is most of it. */
const maxFunderConfigJsonLength = 3072;

export interface TandemStackProps extends StackProps {
  /** Already validated (SPEC §7); handed to every function as JSON. */
  readonly funderConfig: FunderConfig;
  /** Periods that closed before this date (YYYY-MM-DD) get no close schedule. */
  readonly closeSchedulesFrom: string;
  /** Indexes left out for now: a stack with data is given one new index per update. */
  readonly withoutIndexes?: readonly string[];
}

/**
 * One funder's deployment (SPEC §8): table, bus, consumers, HTTP API, schedules, report
 * bucket, DLQs with alarms.
 */
export class TandemStack extends Stack {
  constructor(scope: Construct, id: string, props: TandemStackProps) {
    const { funderConfig, ...stackProps } = props;
    super(scope, id, {
      description: `Tandem for ${funderConfig.name} (${funderConfig.funderId})`,
      ...stackProps,
    });

    const funderConfigJson = JSON.stringify(funderConfig);
    if (funderConfigJson.length > maxFunderConfigJsonLength) {
      throw new Error(
        `The funder config is ${funderConfigJson.length} characters as JSON; Lambda's environment allows about ${maxFunderConfigJsonLength}. Shorten it (e.g. fewer periods).`,
      );
    }

    const { table } = new LedgerTable(this, 'Ledger', {
      withoutIndexes: props.withoutIndexes ?? [],
    });
    const { bus } = new FactBus(this, 'Facts', {
      eventBusName: `tandem-${funderConfig.funderId}`,
    });
    const { topic: alarmTopic } = new AlarmTopic(this, 'Alarms');
    const { bucket: reportBucket } = new ReportFiles(this, 'ReportFiles');
    const secretKeys = new SecretKeys(this, 'SecretKeys', { funderId: funderConfig.funderId });

    // The web app's base URL for e-mail links (SPEC §7): the config's `appUrl`, else the
    // API's own URL, known once the API below exists (the functions are made first).
    const built: { apiUrl?: string } = {};
    const appUrlValue =
      funderConfig.appUrl ??
      Lazy.string({
        produce: () => {
          if (!built.apiUrl) throw new Error('The HTTP API is not built yet');
          return built.apiUrl;
        },
      });
    const environment = {
      [envNames.tableName]: table.tableName,
      [envNames.eventBusName]: bus.eventBusName,
      [envNames.funderConfig]: funderConfigJson,
      [envNames.appUrl]: appUrlValue,
    };
    const functions = new Construct(this, 'Functions');
    const routeFunction = (
      route: { id: string; handler: string },
      timeout: Duration,
      invokedBy: 'async' | 'queue' | 'httpApi' = 'async',
    ) => {
      const access = accessOf(route.id);
      const sizing = sizingOf(route.id);
      const { function: fn } = new RouteFunction(functions, route.id, {
        route,
        timeout: sizing.timeout ?? timeout,
        memorySize: sizing.memorySize,
        environment: {
          ...environment,
          // Only the functions that touch report files are told where they are.
          ...(access.reportFiles ? { [reportBucketEnv]: reportBucket.bucketName } : {}),
          // Likewise the KMS keys: only the functions granted their use are told them.
          ...(access.webhookSecrets
            ? { [envNames.secretsKeyId]: secretKeys.webhookSecrets.keyArn }
            : {}),
          ...(access.erasureDigest
            ? { [envNames.erasureKeyId]: secretKeys.erasureDigest.keyArn }
            : {}),
        },
        alarmTopic,
        invokedBy,
      });
      grantRouteAccess(fn, access, {
        table,
        bus,
        senderEmail: funderConfig.senderEmail,
        reportBucket,
        webhookSecretsKey: secretKeys.webhookSecrets,
        erasureDigestKey: secretKeys.erasureDigest,
      });
      return fn;
    };

    // Scheduled functions can also be run on demand: `TANDEM_STACK=… npx tandem sweep` and
    // `… periods close` find them by these outputs.
    const invokableFunction = (route: { id: string; handler: string }, timeout: Duration) => {
      const fn = routeFunction(route, timeout);
      new CfnOutput(this, `${route.id}FunctionName`, { value: fn.functionName });
      return fn;
    };

    const { queues } = new EventConsumers(this, 'EventConsumers', {
      bus,
      alarmTopic,
      // Consumers run in the background and may wait on a throttled table: more headroom.
      // Their queue invokes them (synchronously), so they need no async-invocation DLQ.
      consumers: eventRoutes.map((route) => ({
        route,
        function: routeFunction(route, Duration.seconds(30), 'queue'),
      })),
    });
    // `tandem dead-letters list|redrive` finds each route's queues by these outputs.
    for (const [routeId, { queue, deadLetterQueue }] of queues) {
      new CfnOutput(this, `${routeId}QueueUrl`, { value: queue.queueUrl });
      new CfnOutput(this, `${routeId}DeadLetterQueueUrl`, { value: deadLetterQueue.queueUrl });
    }

    const { stage } = new TandemHttpApi(this, 'HttpApi', {
      apiName: `tandem-${funderConfig.funderId}`,
      endpoints: httpRoutes.map((route) => ({
        route,
        function: routeFunction(route, Duration.seconds(10), 'httpApi'),
      })),
    });
    built.apiUrl = stage.url;

    new ScheduledInvocations(this, 'Schedules', {
      timeZone: funderConfig.timezone,
      alarmTopic,
      invocations: [
        // A daily batch over all overdue matches: minutes of headroom, and safe to repeat.
        ...scheduledRoutes.map((route) =>
          dailyInvocation(
            route,
            invokableFunction(route, Duration.minutes(5)),
            funderConfig.timezone,
          ),
        ),
        // Once per funding period; the close itself only publishes an event.
        ...periodEndRoutes.map((route) =>
          periodEndInvocation(
            route,
            invokableFunction(route, Duration.seconds(30)),
            funderConfig,
            props.closeSchedulesFrom,
          ),
        ),
      ],
    });

    new CfnOutput(this, 'ApiUrl', { value: stage.url, description: 'Base URL of the HTTP API' });
    new CfnOutput(this, 'AppUrl', {
      // stage.url ends with a slash; a configured appUrl has none (funder-config.ts).
      value: funderConfig.appUrl ? `${funderConfig.appUrl}/app` : `${stage.url}app`,
      description: 'The coordinator web app (SPEC §9); its sign-in and digest links start here',
    });
    new CfnOutput(this, 'TableName', { value: table.tableName });
    new CfnOutput(this, 'EventBusName', { value: bus.eventBusName });
    new CfnOutput(this, 'AlarmTopicArn', {
      value: alarmTopic.topicArn,
      description: 'Subscribe to receive DLQ alarms',
    });
    new CfnOutput(this, 'ReportBucketName', {
      value: reportBucket.bucketName,
      description: 'Report files (JSON, CSV, HTML) under <periodId>/<revision>/',
    });
    new CfnOutput(this, 'WebhookSecretsKeyArn', {
      value: secretKeys.webhookSecrets.keyArn,
      description:
        'Seals webhook secrets: `carriers add|rotate-secret` encrypt with it (operator credentials need kms:Encrypt)',
    });
    new CfnOutput(this, 'ErasureDigestKeyArn', {
      value: secretKeys.erasureDigest.keyArn,
      description:
        'Keys the erasure tombstones: `tandem backfill` checks them with it (operator credentials need kms:GenerateMac)',
    });
    new CfnOutput(this, 'SenderEmail', {
      value: funderConfig.senderEmail,
      description:
        'Reminder and report e-mails come from here: verify it (or its domain) in SES and leave the SES sandbox before the first sweep',
    });
  }
}
