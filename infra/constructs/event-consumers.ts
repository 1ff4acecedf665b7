import { Duration } from 'aws-cdk-lib';
import type { EventPattern, IEventBus } from 'aws-cdk-lib/aws-events';
import { Rule } from 'aws-cdk-lib/aws-events';
import { LambdaFunction } from 'aws-cdk-lib/aws-events-targets';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import type { ITopic } from 'aws-cdk-lib/aws-sns';
import { Construct } from 'constructs';
import type { EventRoute } from '../../shared/events/routes';
import { eventPatternOf } from '../../shared/events/routes';
import { DeadLetterQueue } from './dead-letter-queue';

/** EventBridge's delivery retries to a consumer (throttling, service errors). */
export const deliveryRetryAttempts = 8;
export const deliveryMaxEventAge = Duration.hours(24);

/**
 * Turns the shared route's pattern (EventBridge JSON keys) into the CDK's camelCase props.
 * An unknown key stops the synth rather than being dropped, which would widen the rule.
 */
export function cdkEventPattern(route: EventRoute): EventPattern {
  const { source, 'detail-type': detailType, ...rest } = eventPatternOf(route);
  const unknown = Object.keys(rest);
  if (unknown.length > 0) {
    throw new Error(`Event route ${route.id}: pattern keys ${unknown.join(', ')} are not mapped`);
  }
  return { source, detailType };
}

export interface EventConsumer {
  readonly route: EventRoute;
  readonly function: IFunction;
}

export interface EventConsumersProps {
  readonly bus: IEventBus;
  readonly consumers: readonly EventConsumer[];
  readonly alarmTopic: ITopic;
}

/** One rule per event route on the funder's bus, each delivering to its function. */
export class EventConsumers extends Construct {
  constructor(scope: Construct, id: string, props: EventConsumersProps) {
    super(scope, id);
    for (const { route, function: fn } of props.consumers) {
      const undeliverable = new DeadLetterQueue(this, `${route.id}Undeliverable`, {
        holds: `events the ${route.id} rule could not deliver to its function`,
        alarmTopic: props.alarmTopic,
        writer: 'eventbridge-target',
      });
      new Rule(this, `${route.id}Rule`, {
        description: `${route.detailTypes.join(', ')} -> functions/${route.handler}.ts`,
        eventBus: props.bus,
        eventPattern: cdkEventPattern(route),
        targets: [
          new LambdaFunction(fn, {
            deadLetterQueue: undeliverable.queue,
            retryAttempts: deliveryRetryAttempts,
            maxEventAge: deliveryMaxEventAge,
          }),
        ],
      });
    }
  }
}
