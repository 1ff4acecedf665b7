import { Duration, Stack } from 'aws-cdk-lib';
import { EventBus } from 'aws-cdk-lib/aws-events';
import { Construct } from 'constructs';

/**
 * How long every bus event stays replayable. Events carry partner ids, and an erased
 * participant's id must not linger: long enough to replay after an incident (the DLQs keep
 * 14 days), short enough that erasure reaches the archive within a month.
 */
export const archiveRetention = Duration.days(30);

export interface FactBusProps {
  readonly eventBusName: string;
}

/** The funder's custom bus; the archive keeps every event so consumers can be replayed. */
export class FactBus extends Construct {
  readonly bus: EventBus;

  constructor(scope: Construct, id: string, props: FactBusProps) {
    super(scope, id);
    this.bus = new EventBus(this, 'Bus', { eventBusName: props.eventBusName });
    this.bus.archive('Archive', {
      description: `Every event on ${props.eventBusName}, for replay`,
      // Every event on a bus carries the account, so this pattern matches them all.
      eventPattern: { account: [Stack.of(this).account] },
      retention: archiveRetention,
    });
  }
}
