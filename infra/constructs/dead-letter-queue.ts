import { Duration, Validations } from 'aws-cdk-lib';
import { ComparisonOperator, Stats, TreatMissingData } from 'aws-cdk-lib/aws-cloudwatch';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import type { ITopic } from 'aws-cdk-lib/aws-sns';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';

export interface DeadLetterQueueProps {
  /** What ends up here, for the alarm description. */
  readonly holds: string;
  readonly alarmTopic: ITopic;
  /**
   * Who writes to the queue. cdk-nag recognises a queue as a DLQ only when a Lambda function
   * or another queue names it, not when an EventBridge rule target or an EventBridge
   * Scheduler schedule target does.
   */
  readonly writer: 'lambda' | 'queue' | 'eventbridge-target' | 'scheduler-target';
}

/** A dead-letter queue that nobody consumes, with an alarm as soon as anything lands in it. */
export class DeadLetterQueue extends Construct {
  readonly queue: Queue;

  constructor(scope: Construct, id: string, props: DeadLetterQueueProps) {
    super(scope, id);
    this.queue = new Queue(this, 'Queue', {
      encryption: QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      retentionPeriod: Duration.days(14),
    });
    const alarm = this.queue
      .metricApproximateNumberOfMessagesVisible({
        period: Duration.minutes(5),
        statistic: Stats.MAXIMUM,
      })
      .createAlarm(this, 'NotEmptyAlarm', {
        alarmDescription: `Dead letters: ${props.holds}. Inspect the messages, fix the cause, then redrive them.`,
        threshold: 1,
        evaluationPeriods: 1,
        comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
        treatMissingData: TreatMissingData.NOT_BREACHING,
      });
    alarm.addAlarmAction(new SnsAction(props.alarmTopic));

    const reason =
      'This queue is itself a dead-letter queue: nothing consumes it, an operator inspects and redrives it, so it needs no DLQ of its own.';
    Validations.of(this.queue).acknowledge({ id: 'Serverless-SQSRedrivePolicy', reason });
    if (props.writer !== 'lambda' && props.writer !== 'queue') {
      Validations.of(this.queue).acknowledge({ id: 'AwsSolutions-SQS3', reason });
    }
  }
}
