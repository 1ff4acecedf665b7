import { Match, Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { envNames } from '../../shared/config/runtime-env';
import { eventPatternOf, eventRoutes, retryWindowSeconds } from '../../shared/events/routes';
import { nagPacks } from '../../infra/nag';
import { accessOf } from '../../infra/route-access';
import { createTandemApp } from '../../infra/tandem-app';
import { httpRoutes } from '../../shared/http/routes';
import { infraTestHelpers } from './helpers';

// Issue 11: every event route's events wait in a queue of their own, read by the route's
// function with the route table's delivery settings, retried for ≥ 24 h before a DLQ.

const { app, stack } = createTandemApp({
  context: { 'aws:cdk:bundling-stacks': [], closeSchedulesFrom: '2025-06-01' },
  nag: false,
});

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- synthesized CloudFormation
type Resource = { Properties: any };
let template: Template;
let helpers: ReturnType<typeof infraTestHelpers>;
let queues: Record<string, Resource>;
let mappings: Resource[];

const day = 24 * 3600;
const getAtt = (value: unknown): string =>
  (value as { 'Fn::GetAtt': [string, string] })['Fn::GetAtt'][0];

beforeAll(() => {
  template = Template.fromStack(stack);
  helpers = infraTestHelpers(template);
  queues = template.findResources('AWS::SQS::Queue') as Record<string, Resource>;
  mappings = Object.values(
    template.findResources('AWS::Lambda::EventSourceMapping') as Record<string, Resource>,
  );
});

/** The queue the route's rule delivers to. */
function routeQueueId(routeId: string): string {
  const route = eventRoutes.find((candidate) => candidate.id === routeId)!;
  const rules = Object.values(template.findResources('AWS::Events::Rule')).filter(
    (rule) =>
      JSON.stringify(rule.Properties.EventPattern) === JSON.stringify(eventPatternOf(route)),
  );
  expect(rules, routeId).toHaveLength(1);
  const targets = rules[0]!.Properties.Targets as { Arn: unknown }[];
  expect(targets, routeId).toHaveLength(1);
  return getAtt(targets[0]!.Arn);
}

describe('event routes behind queues (SPEC §8, issue 11)', () => {
  it('has one rule per route, putting its events on a queue, with retries and a DLQ of its own', () => {
    template.resourceCountIs('AWS::Events::Rule', eventRoutes.length);
    const targetQueues = new Set<string>();
    for (const route of eventRoutes) {
      const queueId = routeQueueId(route.id);
      targetQueues.add(queueId);
      expect(queues[queueId], route.id).toBeDefined();
      template.hasResourceProperties('AWS::Events::Rule', {
        EventPattern: eventPatternOf(route),
        Targets: [
          Match.objectLike({
            Arn: { 'Fn::GetAtt': [queueId, 'Arn'] },
            DeadLetterConfig: { Arn: { 'Fn::GetAtt': [Match.anyValue(), 'Arn'] } },
            RetryPolicy: { MaximumRetryAttempts: 8, MaximumEventAgeInSeconds: day },
          }),
        ],
      });
    }
    expect(targetQueues.size).toBe(eventRoutes.length);
  });

  it("lets only the route's rule send to its queue", () => {
    for (const route of eventRoutes) {
      const queueId = routeQueueId(route.id);
      template.hasResourceProperties('AWS::SQS::QueuePolicy', {
        Queues: [{ Ref: queueId }],
        PolicyDocument: {
          Statement: Match.arrayWith([
            Match.objectLike({
              Effect: 'Allow',
              Principal: { Service: 'events.amazonaws.com' },
              Action: ['sqs:SendMessage', 'sqs:GetQueueAttributes', 'sqs:GetQueueUrl'],
              Condition: { ArnEquals: { 'aws:SourceArn': Match.anyValue() } },
            }),
          ]),
        },
      });
    }
  });

  it("reads each queue through one mapping to the route's function, with its batch size, maximum concurrency and partial batch failures", () => {
    expect(mappings).toHaveLength(eventRoutes.length);
    for (const route of eventRoutes) {
      const queueId = routeQueueId(route.id);
      const mapping = mappings.filter(
        (candidate) => getAtt(candidate.Properties.EventSourceArn) === queueId,
      );
      expect(mapping, route.id).toHaveLength(1);
      expect(mapping[0]!.Properties, route.id).toMatchObject({
        FunctionName: { Ref: helpers.functionIdOf(route.handler) },
        BatchSize: route.delivery.batchSize,
        ScalingConfig: { MaximumConcurrency: route.delivery.maxConcurrency },
        FunctionResponseTypes: ['ReportBatchItemFailures'],
      });
      expect(route.delivery.maxConcurrency, route.id).toBeGreaterThanOrEqual(2);
    }
  });

  it('retries a failing event for at least 24 hours before its DLQ, and keeps it that long', () => {
    for (const route of eventRoutes) {
      const { retry } = route.delivery;
      expect(retryWindowSeconds(retry), route.id).toBeGreaterThanOrEqual(day);
      const queue = queues[routeQueueId(route.id)]!.Properties;
      expect(queue.RedrivePolicy, route.id).toEqual({
        deadLetterTargetArn: { 'Fn::GetAtt': [expect.any(String), 'Arn'] },
        maxReceiveCount: retry.maxAttempts,
      });
      expect(queue.MessageRetentionPeriod, route.id).toBeGreaterThanOrEqual(
        retryWindowSeconds(retry),
      );
    }
  });

  it('gives each queue a visibility timeout of at least six times its function timeout', () => {
    for (const route of eventRoutes) {
      const queue = queues[routeQueueId(route.id)]!.Properties;
      const timeout = helpers.functionOf(route.handler).Properties.Timeout as number;
      expect(queue.VisibilityTimeout, route.id).toBeGreaterThanOrEqual(6 * timeout);
    }
  });

  it('encrypts each queue and its DLQ and refuses requests without TLS', () => {
    for (const route of eventRoutes) {
      const queueId = routeQueueId(route.id);
      const dlqId = getAtt(queues[queueId]!.Properties.RedrivePolicy.deadLetterTargetArn);
      for (const id of [queueId, dlqId]) {
        expect(queues[id]!.Properties.SqsManagedSseEnabled, route.id).toBe(true);
        template.hasResourceProperties('AWS::SQS::QueuePolicy', {
          Queues: [{ Ref: id }],
          PolicyDocument: {
            Statement: Match.arrayWith([
              Match.objectLike({
                Effect: 'Deny',
                Condition: { Bool: { 'aws:SecureTransport': 'false' } },
              }),
            ]),
          },
        });
      }
    }
  });

  it('alarms as soon as a DLQ holds an event, and when an event has waited an hour', () => {
    const alarms = Object.values(template.findResources('AWS::CloudWatch::Alarm'));
    const alarmsOn = (queueId: string) =>
      alarms
        .map((alarm) => alarm.Properties)
        .filter((alarm) => JSON.stringify(alarm.Dimensions).includes(`"${queueId}"`));
    const topicId = helpers.logicalIdOf('AWS::SNS::Topic');
    for (const route of eventRoutes) {
      const queueId = routeQueueId(route.id);
      const dlqId = getAtt(queues[queueId]!.Properties.RedrivePolicy.deadLetterTargetArn);
      expect(alarmsOn(dlqId), route.id).toEqual([
        expect.objectContaining({
          MetricName: 'ApproximateNumberOfMessagesVisible',
          Threshold: 1,
          ComparisonOperator: 'GreaterThanOrEqualToThreshold',
          AlarmActions: [{ Ref: topicId }],
        }),
      ]);
      expect(alarmsOn(queueId), route.id).toEqual([
        expect.objectContaining({
          MetricName: 'ApproximateAgeOfOldestMessage',
          Threshold: 3600,
          AlarmActions: [{ Ref: topicId }],
        }),
      ]);
    }
  });

  it('tells each consumer its queue, and lets it set a failed event’s retry delay there', () => {
    for (const route of eventRoutes) {
      const queueId = routeQueueId(route.id);
      const fn = helpers.functionOf(route.handler).Properties;
      expect(fn.Environment.Variables[envNames.queueUrl], route.id).toEqual({ Ref: queueId });
      const onQueue = helpers
        .statementsOf(route.handler)
        .filter((statement) => JSON.stringify(statement.Resource).includes(`"${queueId}"`));
      expect(
        onQueue.flatMap((statement) => [statement.Action].flat()),
        route.id,
      ).toEqual(
        expect.arrayContaining([
          'sqs:ReceiveMessage',
          'sqs:DeleteMessage',
          'sqs:ChangeMessageVisibility',
        ]),
      );
      expect(
        onQueue
          .flatMap((statement) => [statement.Action].flat())
          .filter((action) => /SendMessage|PurgeQueue|\*/.test(action)),
        route.id,
      ).toEqual([]);
    }
  });

  it('gives queue-fed consumers no async-invocation DLQ (their queue has one)', () => {
    for (const route of eventRoutes) {
      expect(
        helpers.functionOf(route.handler).Properties.DeadLetterConfig,
        route.id,
      ).toBeUndefined();
    }
  });

  it('gives HTTP routes no async-invocation DLQ (API Gateway invokes them synchronously)', () => {
    for (const route of httpRoutes) {
      expect(
        helpers.functionOf(route.handler).Properties.DeadLetterConfig,
        route.id,
      ).toBeUndefined();
    }
  });

  it('outputs every route’s queue and DLQ URL for `tandem dead-letters`', () => {
    for (const route of eventRoutes) {
      const queueId = routeQueueId(route.id);
      const dlqId = getAtt(queues[queueId]!.Properties.RedrivePolicy.deadLetterTargetArn);
      template.hasOutput(`${route.id}QueueUrl`, { Value: { Ref: queueId } });
      template.hasOutput(`${route.id}DeadLetterQueueUrl`, { Value: { Ref: dlqId } });
    }
  });

  it('leaves no cdk-nag finding unacknowledged', () => {
    for (const pack of nagPacks()) {
      const report = pack.validateScope(app);
      expect(
        report.violations.map((v) => `${v.ruleName}: ${v.violatingResources[0]?.constructPath}`),
      ).toEqual([]);
    }
  });
});

describe('the e-mail pacer (SPEC §7 emailRatePerSecond)', () => {
  it("lets every route that sends e-mail count it on the pacer's per-second items, and on no other", () => {
    const tableId = helpers.logicalIdOf('AWS::DynamoDB::Table');
    const functions = template.findResources('AWS::Lambda::Function') as Record<string, Resource>;
    const senders: string[] = [];
    for (const fn of Object.values(functions)) {
      // Functions are described as "Tandem <RouteId> (functions/<handler>.ts)".
      const routeId = /^Tandem (\w+) /.exec(String(fn.Properties.Description))![1]!;
      const statements = helpers
        .statementsOfRole(getAtt(fn.Properties.Role))
        // The pacer's grant; other leading-key grants (token batch puts, sign-in
        // partitions, the office figures) are checked with their routes.
        .filter(
          (statement) =>
            statement.Action === 'dynamodb:UpdateItem' &&
            JSON.stringify(statement.Condition ?? {}).includes('RATE#email'),
        );
      if (!accessOf(routeId).sendEmail) {
        expect(statements, routeId).toEqual([]);
        continue;
      }
      senders.push(routeId);
      expect(statements, routeId).toEqual([
        expect.objectContaining({
          Action: 'dynamodb:UpdateItem',
          Effect: 'Allow',
          Resource: { 'Fn::GetAtt': [tableId, 'Arn'] },
          Condition: {
            'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': ['RATE#email#*'] },
          },
        }),
      ]);
    }
    expect(senders).toEqual(expect.arrayContaining(['SendReminderDigest', 'SendReportReadyMail']));
  });
});
