import type { StackProps } from 'aws-cdk-lib';
import { CfnOutput, Duration, Stack } from 'aws-cdk-lib';
import { Construct } from 'constructs';
import type { FunderConfig } from '../shared/config/funder-config';
import { envNames } from '../shared/config/runtime-env';
import { eventRoutes } from '../shared/events/routes';
import { httpRoutes } from '../shared/http/routes';
import { AlarmTopic } from './constructs/alarm-topic';
import { EventConsumers } from './constructs/event-consumers';
import { FactBus } from './constructs/fact-bus';
import { TandemHttpApi } from './constructs/http-api';
import { LedgerTable } from './constructs/ledger-table';
import { RouteFunction } from './constructs/route-function';
import { accessOf, grantRouteAccess } from './route-access';

/** Lambda allows 4 KB of environment in total; the funder config is most of it. */
const maxFunderConfigJsonLength = 3072;

export interface TandemStackProps extends StackProps {
  /** Already validated (SPEC §7); handed to every function as JSON. */
  readonly funderConfig: FunderConfig;
}

/** One funder's deployment (SPEC §8): table, bus, consumers, HTTP API, DLQs with alarms. */
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

    const { table } = new LedgerTable(this, 'Ledger');
    const { bus } = new FactBus(this, 'Facts', {
      eventBusName: `tandem-${funderConfig.funderId}`,
    });
    const { topic: alarmTopic } = new AlarmTopic(this, 'Alarms');

    const environment = {
      [envNames.tableName]: table.tableName,
      [envNames.eventBusName]: bus.eventBusName,
      [envNames.funderConfig]: funderConfigJson,
    };
    const functions = new Construct(this, 'Functions');
    const routeFunction = (route: { id: string; handler: string }, timeout: Duration) => {
      const { function: fn } = new RouteFunction(functions, route.id, {
        route,
        timeout,
        environment,
        alarmTopic,
      });
      grantRouteAccess(fn, accessOf(route.id), { table, bus });
      return fn;
    };

    new EventConsumers(this, 'EventConsumers', {
      bus,
      alarmTopic,
      // Consumers run asynchronously and may wait on a throttled table: more headroom.
      consumers: eventRoutes.map((route) => ({
        route,
        function: routeFunction(route, Duration.seconds(30)),
      })),
    });

    const { stage } = new TandemHttpApi(this, 'HttpApi', {
      apiName: `tandem-${funderConfig.funderId}`,
      endpoints: httpRoutes.map((route) => ({
        route,
        function: routeFunction(route, Duration.seconds(10)),
      })),
    });

    new CfnOutput(this, 'ApiUrl', { value: stage.url, description: 'Base URL of the HTTP API' });
    new CfnOutput(this, 'TableName', { value: table.tableName });
    new CfnOutput(this, 'EventBusName', { value: bus.eventBusName });
    new CfnOutput(this, 'AlarmTopicArn', {
      value: alarmTopic.topicArn,
      description: 'Subscribe to receive DLQ alarms',
    });
  }
}
