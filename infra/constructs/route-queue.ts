import type { Duration as DurationType } from 'aws-cdk-lib';
import { Duration } from 'aws-cdk-lib';
import { ComparisonOperator, Stats, TreatMissingData } from 'aws-cdk-lib/aws-cloudwatch';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import type { ITopic } from 'aws-cdk-lib/aws-sns';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import type { EventRoute } from '../../shared/events/routes';
import { retryWindowSeconds } from '../../shared/events/routes';
import { DeadLetterQueue } from './dead-letter-queue';

/** SQS keeps a message at most 14 days: the longest an event can wait for its consumer. */
export const queueRetention = Duration.days(14);

/** AWS advises a visibility timeout of at least six times the function's timeout. */
export const visibilityTimeoutFactor = 6;

/** An event waiting this long means its consumer keeps failing: tell someone long before the DLQ. */
export const oldestEventAlarmAge = Duration.hours(1);

export interface RouteQueueProps {
  readonly route: EventRoute;
  /** The timeout of the function that reads the queue. */
  readonly functionTimeout: DurationType;
  readonly alarmTopic: ITopic;
}

/**
 * The queue a route's events wait in until its function has processed them, and the DLQ
 * behind it. A failed event becomes visible again after the delay the consumer sets
 * (shared/events/consume.ts) and moves to the DLQ after `retry.maxAttempts` receives, so
 * it is retried for the route's whole retry window (≥ 24 h) and kept long enough for it.
 */
export class RouteQueue extends Construct {
  readonly queue: Queue;
  readonly deadLetterQueue: Queue;

  constructor(scope: Construct, id: string, props: RouteQueueProps) {
    super(scope, id);
    const { route } = props;
    const retryWindow = retryWindowSeconds(route.delivery.retry);
    if (queueRetention.toSeconds() < retryWindow) {
      throw new Error(
        `Event route ${route.id}: its retry window (${retryWindow} s) is longer than SQS keeps a message`,
      );
    }

    this.deadLetterQueue = new DeadLetterQueue(this, 'DeadLetters', {
      holds: `${route.id} events that failed ${route.delivery.retry.maxAttempts} times over ${Math.round(retryWindow / 3600)} hours`,
      alarmTopic: props.alarmTopic,
      writer: 'queue',
    }).queue;

    this.queue = new Queue(this, 'Queue', {
      encryption: QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      retentionPeriod: queueRetention,
      visibilityTimeout: Duration.seconds(
        visibilityTimeoutFactor * props.functionTimeout.toSeconds(),
      ),
      deadLetterQueue: {
        queue: this.deadLetterQueue,
        maxReceiveCount: route.delivery.retry.maxAttempts,
      },
    });

    this.queue
      .metricApproximateAgeOfOldestMessage({
        period: Duration.minutes(5),
        statistic: Stats.MAXIMUM,
      })
      .createAlarm(this, 'WaitingAlarm', {
        alarmDescription: `${route.id} events have waited more than ${oldestEventAlarmAge.toHumanString()}: its function keeps failing (they are retried for ${Math.round(retryWindow / 3600)} hours, then dead-lettered). Check its logs.`,
        threshold: oldestEventAlarmAge.toSeconds(),
        evaluationPeriods: 1,
        comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
        treatMissingData: TreatMissingData.NOT_BREACHING,
      })
      .addAlarmAction(new SnsAction(props.alarmTopic));
  }
}
