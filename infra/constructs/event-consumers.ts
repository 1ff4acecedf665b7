import { Duration, Validations } from 'aws-cdk-lib';
import type { EventPattern, IEventBus } from 'aws-cdk-lib/aws-events';
import { Rule } from 'aws-cdk-lib/aws-events';
import { SqsQueue } from 'aws-cdk-lib/aws-events-targets';
import type { Function as LambdaFunction } from 'aws-cdk-lib/aws-lambda';
import { SqsEventSource } from 'aws-cdk-lib/aws-lambda-event-sources';
import type { ITopic } from 'aws-cdk-lib/aws-sns';
import type { Queue } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { envNames } from '../../shared/config/runtime-env';
import type { EventRoute } from '../../shared/events/routes';
import { eventPatternOf } from '../../shared/events/routes';
import { DeadLetterQueue } from './dead-letter-queue';
import { RouteQueue } from './route-queue';

/** EventBridge's delivery retries to a route's queue (throttling, service errors). */
export const deliveryRetryAttempts = 8;
export const deliveryMaxEventAge = Duration.hours(24);

/** The function's timeout when its construct sets none (Lambda's default). */
const lambdaDefaultTimeout = Duration.seconds(3);

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
  readonly function: LambdaFunction;
}

export interface EventConsumersProps {
  readonly bus: IEventBus;
  readonly consumers: readonly EventConsumer[];
  readonly alarmTopic: ITopic;
}

export interface RouteQueues {
  readonly queue: Queue;
  readonly deadLetterQueue: Queue;
}

/**
 * One rule per event route on the funder's bus, each delivering to the route's queue, which
 * its function reads through an event source mapping with the route's delivery settings
 * (shared/events/routes.ts): batch size, maximum concurrency, partial batch failures. A
 * failing event waits in the queue and is retried with growing delays (the consumer sets
 * them) for the route's retry window, so an outage of a day is outlasted without anyone
 * redriving anything, and a burst never runs more functions at once than the route allows.
 */
export class EventConsumers extends Construct {
  /** Each route's queue and DLQ, by route id (stack outputs for `tandem dead-letters`). */
  readonly queues: ReadonlyMap<string, RouteQueues>;

  constructor(scope: Construct, id: string, props: EventConsumersProps) {
    super(scope, id);
    const queues = new Map<string, RouteQueues>();
    // One for all rules (EventBridge names the rule in each message's attributes): a queue
    // per rule would cost two resources each of CloudFormation's 500 per stack.
    const undeliverable = new DeadLetterQueue(this, 'Undeliverable', {
      holds: 'events a rule could not put on its route queue',
      alarmTopic: props.alarmTopic,
      writer: 'eventbridge-target',
    });
    for (const { route, function: fn } of props.consumers) {
      const { queue, deadLetterQueue } = new RouteQueue(this, `${route.id}Queue`, {
        route,
        functionTimeout: fn.timeout ?? lambdaDefaultTimeout,
        alarmTopic: props.alarmTopic,
      });
      queues.set(route.id, { queue, deadLetterQueue });

      new Rule(this, `${route.id}Rule`, {
        description: `${route.detailTypes.join(', ')} -> queue -> functions/${route.handler}.ts`,
        eventBus: props.bus,
        eventPattern: cdkEventPattern(route),
        targets: [
          new SqsQueue(queue, {
            deadLetterQueue: undeliverable.queue,
            retryAttempts: deliveryRetryAttempts,
            maxEventAge: deliveryMaxEventAge,
          }),
        ],
      });

      const { batchSize, maxConcurrency } = route.delivery;
      // Reading the queue also grants sqs:ChangeMessageVisibility on it, which the consumer
      // uses to set a failed event's retry delay.
      fn.addEventSource(
        new SqsEventSource(queue, { batchSize, maxConcurrency, reportBatchItemFailures: true }),
      );
      fn.addEnvironment(envNames.queueUrl, queue.queueUrl);
      Validations.of(fn).acknowledge({
        id: 'Serverless-LambdaEventSourceMappingDestination',
        reason:
          "SQS event source mappings take no on-failure destination: a record that keeps failing moves to the queue's own DLQ (redrive policy, with an alarm) after the route's retry.maxAttempts receives.",
      });
    }
    this.queues = queues;
  }
}
