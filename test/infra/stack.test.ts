import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Validations } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { infraTestHelpers } from './helpers';
import { FunderConfigError } from '../../shared/config/funder-config';
import { exampleFunderConfigPath } from '../../shared/config/funder-config-file';
import { envNames } from '../../shared/config/runtime-env';
import { tableDefinition } from '../../shared/data/table-definition';
import { webhookEventSource } from '../../shared/events/catalogue';
import { eventPatternOf, eventRoutes } from '../../shared/events/routes';
import { periodEndRoutes, scheduledRoutes } from '../../shared/events/schedules';
import { httpRoutes } from '../../shared/http/routes';
import { nagPacks } from '../../infra/nag';
import { repositoryRoot } from '../../infra/paths';
import { accessOf, routeAccess } from '../../infra/route-access';
import { createTandemApp } from '../../infra/tandem-app';

const allRoutes = [...eventRoutes, ...httpRoutes, ...scheduledRoutes, ...periodEndRoutes];
const reportFileRoutes = allRoutes.filter((route) => accessOf(route.id).reportFiles);
const reportBuilders = ['BuildCarrierReport', 'BuildFunderSummary', 'BuildUmbrellaSummary'];
/** The report API and the web app's report pages (SPEC §9): they only read report files. */
const reportReaders = [
  'GetCarrierReport',
  'GetFunderSummary',
  'GetUmbrellaSummary',
  'GetRegionReport',
  // The office's pages (SPEC §12): the scope's summaries and reports, in the page and as downloads.
  'OfficePeriodPage',
  'OfficeRegionPage',
  'ReportList',
  'ReportPage',
];

// One synth for the template and nag checks. Bundling is skipped here (it is checked once,
// below); the nag packs are registered as in infra/app.ts, so a finding fails this synth.
// The example's period 2025 closes on 2026-01-01: schedule closes from before that day.
const closeSchedulesFrom = '2025-06-01';
const { app, stack, funderConfig } = createTandemApp({
  context: { 'aws:cdk:bundling-stacks': [], closeSchedulesFrom },
});
let template: Template;
let helpers: ReturnType<typeof infraTestHelpers>;

beforeAll(() => {
  template = Template.fromStack(stack);
  helpers = infraTestHelpers(template);
});

describe('the stack', () => {
  it('is named after the funder', () => {
    expect(stack.stackName).toBe('Tandem-example');
  });

  it("stays under CloudFormation's 500 resources per stack, with room for a few routes", () => {
    const resources = Object.keys(template.toJSON().Resources as object).length;
    expect(resources).toBeLessThanOrEqual(470);
  });

  it('has the single table on demand, with PITR, TTL, deletion protection and both indexes', () => {
    template.resourceCountIs('AWS::DynamoDB::Table', 1);
    template.hasResource('AWS::DynamoDB::Table', {
      DeletionPolicy: 'Retain',
      UpdateReplacePolicy: 'Retain',
      Properties: Match.objectLike({
        KeySchema: [
          { AttributeName: tableDefinition.partitionKey, KeyType: 'HASH' },
          { AttributeName: tableDefinition.sortKey, KeyType: 'RANGE' },
        ],
        BillingMode: 'PAY_PER_REQUEST',
        PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
        DeletionProtectionEnabled: true,
        SSESpecification: { SSEEnabled: true },
        TimeToLiveSpecification: {
          AttributeName: tableDefinition.timeToLiveAttribute,
          Enabled: true,
        },
        GlobalSecondaryIndexes: Object.values(tableDefinition.indexes).map((index) => ({
          IndexName: index.name,
          KeySchema: [
            { AttributeName: index.partitionKey, KeyType: 'HASH' },
            { AttributeName: index.sortKey, KeyType: 'RANGE' },
          ],
          Projection: {
            ProjectionType: index.projection,
            ...('nonKeyAttributes' in index ? { NonKeyAttributes: index.nonKeyAttributes } : {}),
          },
        })),
      }),
    });
  });

  it('has the funder bus with an archive of every event', () => {
    template.hasResourceProperties('AWS::Events::EventBus', { Name: 'tandem-example' });
    template.resourceCountIs('AWS::Events::Archive', 1);
    template.hasResourceProperties('AWS::Events::Archive', {
      SourceArn: { 'Fn::GetAtt': [helpers.logicalIdOf('AWS::Events::EventBus'), 'Arn'] },
      EventPattern: { account: [{ Ref: 'AWS::AccountId' }] },
      RetentionDays: 30,
    });
  });

  it("has one rule per event route, delivering to its function's queue with retries and a DLQ", () => {
    template.resourceCountIs('AWS::Events::Rule', eventRoutes.length);
    for (const route of eventRoutes) {
      template.hasResourceProperties('AWS::Events::Rule', {
        EventBusName: { Ref: helpers.logicalIdOf('AWS::Events::EventBus') },
        EventPattern: eventPatternOf(route),
        Targets: [
          Match.objectLike({
            Arn: { 'Fn::GetAtt': [helpers.queueIdOf(route.handler), 'Arn'] },
            DeadLetterConfig: { Arn: { 'Fn::GetAtt': [Match.anyValue(), 'Arn'] } },
            RetryPolicy: { MaximumRetryAttempts: 8, MaximumEventAgeInSeconds: 86400 },
          }),
        ],
      });
    }
  });

  it('has one Node.js 22 arm64 function per route, traced, logged, with a DLQ and the env', () => {
    template.resourceCountIs(
      'AWS::Lambda::Function',
      eventRoutes.length + httpRoutes.length + scheduledRoutes.length + periodEndRoutes.length,
    );
    for (const route of allRoutes) {
      const fn = helpers.functionOf(route.handler);
      expect(fn.Properties).toMatchObject({
        Runtime: 'nodejs22.x',
        Architectures: ['arm64'],
        Handler: 'index.handler',
        MemorySize: reportBuilders.includes(route.id) ? 1024 : 512,
        TracingConfig: { Mode: 'Active' },
        LoggingConfig: { LogGroup: { Ref: expect.any(String) } },
        Environment: {
          Variables: {
            [envNames.tableName]: { Ref: helpers.logicalIdOf('AWS::DynamoDB::Table') },
            [envNames.eventBusName]: { Ref: helpers.logicalIdOf('AWS::Events::EventBus') },
            [envNames.funderConfig]: JSON.stringify(funderConfig),
            POWERTOOLS_SERVICE_NAME: 'tandem',
          },
        },
      });
      // Queue-fed consumers (their queue has the DLQ) and HTTP routes are invoked synchronously.
      expect(fn.Properties.DeadLetterConfig, route.id).toEqual(
        route.id in eventRoutesById || route.id in httpRoutesById
          ? undefined
          : { TargetArn: { 'Fn::GetAtt': [expect.any(String), 'Arn'] } },
      );
      expect(fn.Properties.Timeout).toBe(
        reportBuilders.includes(route.id)
          ? 60
          : route.id in httpRoutesById
            ? 10
            : route.id in scheduledRoutesById
              ? 300
              : 30,
      );
    }
  });

  it('tells only the functions that touch report files where the report bucket is', () => {
    expect(reportFileRoutes.map((route) => route.id).sort()).toEqual(
      [...reportBuilders, ...reportReaders].sort(),
    );
    for (const route of allRoutes) {
      const variables = helpers.functionOf(route.handler).Properties.Environment.Variables;
      expect(variables[envNames.reportBucket], route.id).toEqual(
        accessOf(route.id).reportFiles ? { Ref: reportBucketId() } : undefined,
      );
    }
  });

  it('keeps every log group for a limited time', () => {
    const logGroups = Object.values(template.findResources('AWS::Logs::LogGroup'));
    expect(logGroups).toHaveLength(allRoutes.length + 1);
    for (const logGroup of logGroups) expect(logGroup.Properties.RetentionInDays).toBe(30);
  });

  it('encrypts every queue, requires TLS, keeps messages 14 days and alarms on each', () => {
    const queues = template.findResources('AWS::SQS::Queue');
    // Each event route's queue with its DLQ (test/infra/event-queues.test.ts); one DLQ per
    // function invoked asynchronously (not the HTTP routes' nor the queue-fed consumers':
    // both are invoked synchronously), one for all rules (undeliverable events) and one per
    // scheduled function (runs Scheduler could not invoke, all its schedules together).
    const workQueueIds = eventRoutes.map((route) => helpers.queueIdOf(route.handler));
    const asyncRoutes = allRoutes.length - httpRoutes.length - eventRoutes.length;
    expect(Object.keys(queues)).toHaveLength(
      asyncRoutes + 2 * eventRoutes.length + 1 + scheduledRoutes.length + periodEndRoutes.length,
    );
    const alarms = Object.values(template.findResources('AWS::CloudWatch::Alarm'));
    const topicId = helpers.logicalIdOf('AWS::SNS::Topic');
    for (const [queueId, queue] of Object.entries(queues)) {
      if (workQueueIds.includes(queueId)) continue;
      expect(queue.Properties).toMatchObject({
        SqsManagedSseEnabled: true,
        MessageRetentionPeriod: 14 * 24 * 3600,
      });
      template.hasResourceProperties('AWS::SQS::QueuePolicy', {
        Queues: [{ Ref: queueId }],
        PolicyDocument: {
          Statement: Match.arrayWith([
            Match.objectLike({
              Effect: 'Deny',
              Condition: { Bool: { 'aws:SecureTransport': 'false' } },
            }),
          ]),
        },
      });
      const queueAlarms = alarms.filter((alarm) =>
        JSON.stringify(alarm.Properties.Dimensions).includes(`"${queueId}"`),
      );
      expect(queueAlarms).toHaveLength(1);
      expect(queueAlarms[0]!.Properties).toMatchObject({
        MetricName: 'ApproximateNumberOfMessagesVisible',
        Namespace: 'AWS/SQS',
        Threshold: 1,
        ComparisonOperator: 'GreaterThanOrEqualToThreshold',
        AlarmActions: [{ Ref: topicId }],
      });
    }
    template.hasResourceProperties('AWS::SNS::Topic', {
      KmsMasterKeyId: Match.anyValue(),
    });
  });

  it('has exactly the HTTP routes of the route table, each on its function', () => {
    const routes = Object.values(template.findResources('AWS::ApiGatewayV2::Route'));
    expect(routes.map((route) => route.Properties.RouteKey).sort()).toEqual(
      httpRoutes.map((route) => `${route.method} ${route.path}`).sort(),
    );
    for (const route of httpRoutes) {
      template.hasResourceProperties('AWS::ApiGatewayV2::Integration', {
        IntegrationType: 'AWS_PROXY',
        IntegrationUri: { 'Fn::GetAtt': [helpers.functionIdOf(route.handler), 'Arn'] },
        PayloadFormatVersion: '2.0',
      });
    }
  });

  it('has a default stage with throttling and JSON access logs', () => {
    template.resourceCountIs('AWS::ApiGatewayV2::Stage', 1);
    template.hasResourceProperties('AWS::ApiGatewayV2::Stage', {
      StageName: '$default',
      AutoDeploy: true,
      DefaultRouteSettings: { ThrottlingRateLimit: 100, ThrottlingBurstLimit: 200 },
      AccessLogSettings: {
        DestinationArn: { 'Fn::GetAtt': [Match.anyValue(), 'Arn'] },
        Format: Match.stringLikeRegexp('\\$context\\.requestId'),
      },
    });
    const stage = Object.values(template.findResources('AWS::ApiGatewayV2::Stage'))[0]!;
    expect(() => JSON.parse(stage.Properties.AccessLogSettings.Format)).not.toThrow();
  });

  it('outputs the API URL, table name, bus name, alarm topic, report bucket and sender', () => {
    for (const output of ['ApiUrl', 'TableName', 'EventBusName', 'AlarmTopicArn']) {
      template.hasOutput(output, {});
    }
    template.hasOutput('ReportBucketName', { Value: { Ref: reportBucketId() } });
    template.hasOutput('SenderEmail', { Value: 'noreply@example.org' });
  });

  it('outputs the web app URL and gives the mail senders the same base for their links', () => {
    // No appUrl in the example config: the API's own URL (SPEC §7), never a request's Host.
    const appUrl = JSON.stringify(template.toJSON().Outputs.AppUrl.Value);
    expect(appUrl).toContain('execute-api');
    expect(appUrl).toContain('/app');
    for (const handler of ['reminders/send-reminder-digest', 'web/send-sign-in-link']) {
      const variables = helpers.functionOf(handler).Properties.Environment.Variables;
      expect(JSON.stringify(variables.TANDEM_APP_URL)).toContain('execute-api');
    }
  });
});

describe('reminders', () => {
  const sweep = scheduledRoutes.find((route) => route.id === 'ReminderSweep')!;
  const digest = eventRoutes.find((route) => route.id === 'SendReminderDigest')!;
  const schedules = () => schedulesIn(template);
  const scheduleResourceOf = (handler: string) => {
    const found = schedulesOfFunction(template, helpers.functionIdOf(handler));
    expect(found).toHaveLength(1);
    return found[0]!;
  };
  const scheduleOf = (handler: string) => scheduleResourceOf(handler).Properties;

  it("delivers the sweep's CheckInOverdue events to the digest sender, with retries and a DLQ", () => {
    template.hasResourceProperties('AWS::Events::Rule', {
      EventBusName: { Ref: helpers.logicalIdOf('AWS::Events::EventBus') },
      EventPattern: { source: ['tandem.reminders'], 'detail-type': ['CheckInOverdue'] },
      Targets: [
        Match.objectLike({
          Arn: { 'Fn::GetAtt': [helpers.queueIdOf(digest.handler), 'Arn'] },
          DeadLetterConfig: { Arn: { 'Fn::GetAtt': [Match.anyValue(), 'Arn'] } },
          RetryPolicy: { MaximumRetryAttempts: 8, MaximumEventAgeInSeconds: 86400 },
        }),
      ],
    });
  });

  it('runs the sweep at 07:00 Berlin time every day, with retries and a DLQ, in a group', () => {
    expect(schedules()).toHaveLength(
      scheduledRoutes.length + periodEndRoutes.length * funderConfig.periods.length,
    );
    const groupId = helpers.logicalIdOf('AWS::Scheduler::ScheduleGroup');
    const group = template.findResources('AWS::Scheduler::ScheduleGroup')[groupId]!;
    const resource = scheduleResourceOf(sweep.handler);
    expect(resource.DependsOn).toContain(groupId);
    const schedule = resource.Properties;
    expect(schedule).toMatchObject({
      ScheduleExpression: 'cron(0 7 * * ? *)',
      ScheduleExpressionTimezone: 'Europe/Berlin',
      FlexibleTimeWindow: { Mode: 'OFF' },
      State: 'ENABLED',
      GroupName: group.Properties.Name,
      Target: {
        Input: '{}',
        RetryPolicy: { MaximumRetryAttempts: 3, MaximumEventAgeInSeconds: 3600 },
        DeadLetterConfig: { Arn: { 'Fn::GetAtt': [expect.any(String), 'Arn'] } },
        RoleArn: { 'Fn::GetAtt': [expect.any(String), 'Arn'] },
      },
    });
    const dlqId = schedule.Target.DeadLetterConfig.Arn['Fn::GetAtt'][0];
    expect(template.findResources('AWS::SQS::Queue')[dlqId]).toBeDefined();
  });

  it('builds one schedule per scheduled route, at its daily local time', () => {
    for (const route of scheduledRoutes) {
      expect(scheduleOf(route.handler)).toMatchObject({
        ScheduleExpression: `cron(${route.daily.minute} ${route.daily.hour} * * ? *)`,
        ScheduleExpressionTimezone: funderConfig.timezone,
      });
    }
  });

  it('takes the time zone from the funder config', () => {
    const example = JSON.parse(readFileSync(exampleFunderConfigPath, 'utf8'));
    const file = join(mkdtempSync(join(tmpdir(), 'tandem-infra-')), 'funder.json');
    writeFileSync(file, JSON.stringify({ ...example, timezone: 'America/New_York' }));
    const other = createTandemApp({
      nag: false,
      context: { funderConfigFile: file, 'aws:cdk:bundling-stacks': [] },
    });
    Template.fromStack(other.stack).hasResourceProperties('AWS::Scheduler::Schedule', {
      ScheduleExpression: 'cron(0 7 * * ? *)',
      ScheduleExpressionTimezone: 'America/New_York',
    });
  });

  it("lets each schedule's role invoke only its function and write only its DLQ", () => {
    const scheduled = [...scheduledRoutes, ...periodEndRoutes];
    const roleIds = new Set<string>();
    for (const route of scheduled) {
      const [schedule, ...others] = schedulesOfFunction(
        template,
        helpers.functionIdOf(route.handler),
      ).map((resource) => resource.Properties);
      // All schedules of a function share its role and DLQ.
      for (const other of others) {
        expect(other.Target.RoleArn).toEqual(schedule!.Target.RoleArn);
        expect(other.Target.DeadLetterConfig).toEqual(schedule!.Target.DeadLetterConfig);
      }
      const roleId = schedule!.Target.RoleArn['Fn::GetAtt'][0];
      roleIds.add(roleId);
      const role = template.findResources('AWS::IAM::Role')[roleId]!;
      expect(role.Properties.AssumeRolePolicyDocument.Statement).toEqual([
        {
          Action: 'sts:AssumeRole',
          Effect: 'Allow',
          Principal: { Service: 'scheduler.amazonaws.com' },
          Condition: {
            StringEquals: {
              'aws:SourceAccount': { Ref: 'AWS::AccountId' },
              'aws:SourceArn': {
                'Fn::GetAtt': [helpers.logicalIdOf('AWS::Scheduler::ScheduleGroup'), 'Arn'],
              },
            },
          },
        },
      ]);
      expect(helpers.statementsOfRole(roleId)).toEqual([
        {
          Action: 'lambda:InvokeFunction',
          Effect: 'Allow',
          Resource: { 'Fn::GetAtt': [helpers.functionIdOf(route.handler), 'Arn'] },
        },
        {
          Action: 'sqs:SendMessage',
          Effect: 'Allow',
          Resource: schedule!.Target.DeadLetterConfig.Arn,
        },
      ]);
    }
    expect(roleIds.size).toBe(scheduled.length);
  });

  it('alarms as soon as a scheduled function fails', () => {
    for (const route of [...scheduledRoutes, ...periodEndRoutes]) {
      template.hasResourceProperties('AWS::CloudWatch::Alarm', {
        Namespace: 'AWS/Lambda',
        MetricName: 'Errors',
        Dimensions: [{ Name: 'FunctionName', Value: { Ref: helpers.functionIdOf(route.handler) } }],
        Statistic: 'Sum',
        Period: 300,
        EvaluationPeriods: 1,
        Threshold: 1,
        ComparisonOperator: 'GreaterThanOrEqualToThreshold',
        TreatMissingData: 'notBreaching',
        AlarmActions: [{ Ref: helpers.logicalIdOf('AWS::SNS::Topic') }],
      });
    }
  });
});

describe('permissions', () => {
  const httpRoute = (id: string) => httpRoutes.find((route) => route.id === id)!;

  it('gives every route an explicit entry in the access map', () => {
    expect(allRoutes.map((route) => route.id).filter((id) => !(id in routeAccess))).toEqual([]);
  });

  it('lets ingest only look up items and put events on the bus', () => {
    const actions = helpers.dataActionsOf(httpRoute('ReceiveWebhook').handler);
    expect(actions.sort()).toEqual(['dynamodb:GetItem', 'events:PutEvents', 'kms:Decrypt']);
    expect(helpers.resourcesOf(httpRoute('ReceiveWebhook').handler, 'events:PutEvents')).toEqual([
      { 'Fn::GetAtt': [helpers.logicalIdOf('AWS::Events::EventBus'), 'Arn'] },
    ]);
  });

  it('lets the read API only get and query', () => {
    for (const id of ['GetMatch', 'ListMatches']) {
      expect(new Set(helpers.dataActionsOf(httpRoute(id).handler))).toEqual(
        new Set(['dynamodb:GetItem', 'dynamodb:Query']),
      );
    }
  });

  it('lets ledger consumers read and write single items, without Scan, batch or bus access', () => {
    for (const route of eventRoutes.filter((route) => route.sources.includes(webhookEventSource))) {
      const actions = helpers.dataActionsOf(route.handler);
      expect(actions).toEqual(
        expect.arrayContaining(['dynamodb:GetItem', 'dynamodb:PutItem', 'dynamodb:UpdateItem']),
      );
      expect(actions.filter((action) => /Scan|Batch|events:/.test(action))).toEqual([]);
    }
  });

  it('lets the digest sender e-mail only as the funder sender, on its address and domain', () => {
    const identity = (name: string) => ({
      'Fn::Join': [
        '',
        [
          'arn:',
          { Ref: 'AWS::Partition' },
          ':ses:',
          { Ref: 'AWS::Region' },
          ':',
          { Ref: 'AWS::AccountId' },
          `:identity/${name}`,
        ],
      ],
    });
    const handler = eventRoutes.find((route) => route.id === 'SendReminderDigest')!.handler;
    const sesStatements = helpers
      .statementsOf(handler)
      .filter((statement) => JSON.stringify(statement.Action).includes('ses:'));
    expect(sesStatements).toEqual([
      {
        Action: 'ses:SendEmail',
        Effect: 'Allow',
        Resource: [identity('noreply@example.org'), identity('example.org')],
        Condition: { StringEquals: { 'ses:FromAddress': funderConfig.senderEmail } },
      },
    ]);
  });

  it('grants SES only to the digest sender, the sign-in link and invitation senders, the report-ready sender and the funder summary, never on every resource', () => {
    const senders = [
      'SendReminderDigest',
      'SendSignInLink',
      'SendCarrierInvitation',
      'SendReportReadyMail',
      'BuildFunderSummary',
    ];
    expect(
      allRoutes.filter((route) => accessOf(route.id).sendEmail).map((route) => route.id),
    ).toEqual(senders);
    const senderRoleIds = senders.map(
      (id) =>
        helpers.functionOf(allRoutes.find((route) => route.id === id)!.handler).Properties.Role[
          'Fn::GetAtt'
        ][0],
    );
    let sesStatements = 0;
    for (const [policyId, policy] of Object.entries(template.findResources('AWS::IAM::Policy'))) {
      for (const statement of policy.Properties.PolicyDocument.Statement) {
        if (![statement.Action].flat().some((action: string) => action.startsWith('ses:'))) {
          continue;
        }
        sesStatements += 1;
        expect(policy.Properties.Roles, policyId).toHaveLength(1);
        expect(senderRoleIds, policyId).toContain(policy.Properties.Roles[0].Ref);
        expect(statement.Condition, policyId).toEqual({
          StringEquals: { 'ses:FromAddress': funderConfig.senderEmail },
        });
        expect(JSON.stringify(statement.Resource), policyId).not.toContain('*');
        expect(statement.Condition, policyId).toBeDefined();
      }
    }
    expect(sesStatements).toBe(senders.length);
  });

  it('lets the sweep query the due index, put claims and publish, without Scan or updates', () => {
    const { handler } = scheduledRoutes.find((route) => route.id === 'ReminderSweep')!;
    expect(helpers.dataActionsOf(handler)).not.toContain('dynamodb:Scan');
    expect(new Set(helpers.dataActionsOf(handler))).toEqual(
      new Set(['dynamodb:GetItem', 'dynamodb:Query', 'dynamodb:PutItem', 'events:PutEvents']),
    );
    expect(helpers.resourcesOf(handler, 'events:PutEvents')).toEqual([
      { 'Fn::GetAtt': [helpers.logicalIdOf('AWS::Events::EventBus'), 'Arn'] },
    ]);
    const tableArn = { 'Fn::GetAtt': [helpers.logicalIdOf('AWS::DynamoDB::Table'), 'Arn'] };
    expect(helpers.resourcesOf(handler, 'dynamodb:Query')).toEqual([
      tableArn,
      { 'Fn::Join': ['', [tableArn, `/index/${tableDefinition.indexes.due.name}`]] },
      { 'Fn::Join': ['', [tableArn, `/index/${tableDefinition.indexes.carriers.name}`]] },
    ]);
  });

  it('names table and index ARNs instead of wildcards', () => {
    const tableId = helpers.logicalIdOf('AWS::DynamoDB::Table');
    for (const route of allRoutes.filter((route) => accessOf(route.id).table !== 'none')) {
      const resources = JSON.stringify(helpers.resourcesOf(route.handler, 'dynamodb:GetItem'));
      expect(resources).toContain(tableId);
      expect(resources).not.toContain('*');
    }
  });

  it('uses no AWS managed policies', () => {
    for (const role of Object.values(template.findResources('AWS::IAM::Role'))) {
      expect(role.Properties.ManagedPolicyArns).toBeUndefined();
    }
  });
});

describe('report files', () => {
  const bucketIds = () => Object.keys(template.findResources('AWS::S3::Bucket'));
  const bucketOf = (id: string) => template.findResources('AWS::S3::Bucket')[id]!;
  const route = (id: string) => allRoutes.find((candidate) => candidate.id === id)!;
  const reportObjects = () => ({
    'Fn::Join': ['', [{ 'Fn::GetAtt': [reportBucketId(), 'Arn'] }, '/*']],
  });
  const s3ActionsOf = (id: string) =>
    helpers.dataActionsOf(route(id).handler).filter((action) => action.startsWith('s3:'));

  it('has the report bucket and its access-log bucket, both retained', () => {
    expect(bucketIds()).toHaveLength(2);
    for (const id of bucketIds()) {
      expect(bucketOf(id)).toMatchObject({
        DeletionPolicy: 'Retain',
        UpdateReplacePolicy: 'Retain',
      });
    }
  });

  it('encrypts both buckets, blocks all public access and disables ACLs', () => {
    for (const id of bucketIds()) {
      expect(bucketOf(id).Properties, id).toMatchObject({
        BucketEncryption: {
          ServerSideEncryptionConfiguration: [
            { ServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } },
          ],
        },
        PublicAccessBlockConfiguration: {
          BlockPublicAcls: true,
          BlockPublicPolicy: true,
          IgnorePublicAcls: true,
          RestrictPublicBuckets: true,
        },
        OwnershipControls: { Rules: [{ ObjectOwnership: 'BucketOwnerEnforced' }] },
      });
      expect(bucketOf(id).Properties.AccessControl, id).toBeUndefined();
    }
  });

  it('denies every request to either bucket that is not over TLS', () => {
    for (const id of bucketIds()) {
      template.hasResourceProperties('AWS::S3::BucketPolicy', {
        Bucket: { Ref: id },
        PolicyDocument: {
          Statement: Match.arrayWith([
            {
              Action: 's3:*',
              Effect: 'Deny',
              Principal: { AWS: '*' },
              Condition: { Bool: { 'aws:SecureTransport': 'false' } },
              Resource: [
                { 'Fn::GetAtt': [id, 'Arn'] },
                { 'Fn::Join': ['', [{ 'Fn::GetAtt': [id, 'Arn'] }, '/*']] },
              ],
            },
          ]),
        },
      });
    }
  });

  it('versions report files, moves them to Infrequent Access after 90 days, and never expires them', () => {
    const bucket = bucketOf(reportBucketId()).Properties;
    expect(bucket.VersioningConfiguration).toEqual({ Status: 'Enabled' });
    expect(bucket.LifecycleConfiguration).toEqual({
      TransitionDefaultMinimumObjectSize: 'all_storage_classes_128K',
      Rules: [
        {
          Id: 'ReportFiles',
          Status: 'Enabled',
          Transitions: [{ StorageClass: 'STANDARD_IA', TransitionInDays: 90 }],
          NoncurrentVersionExpiration: { NoncurrentDays: 90 },
          AbortIncompleteMultipartUpload: { DaysAfterInitiation: 7 },
        },
        { Id: 'RemoveExpiredDeleteMarkers', Status: 'Enabled', ExpiredObjectDeleteMarker: true },
      ],
    });
    for (const rule of bucket.LifecycleConfiguration.Rules) {
      expect(rule.ExpirationInDays).toBeUndefined();
    }
  });

  it('logs access to the report bucket into the log bucket, delivered under a bucket policy', () => {
    const logBucketId = bucketIds().find((id) => id !== reportBucketId())!;
    expect(bucketOf(reportBucketId()).Properties.LoggingConfiguration).toEqual({
      DestinationBucketName: { Ref: logBucketId },
      LogFilePrefix: 'report-files/',
    });
    expect(bucketOf(logBucketId).Properties.LifecycleConfiguration.Rules).toEqual([
      expect.objectContaining({ ExpirationInDays: 365, Status: 'Enabled' }),
    ]);
    template.hasResourceProperties('AWS::S3::BucketPolicy', {
      Bucket: { Ref: logBucketId },
      PolicyDocument: {
        Statement: Match.arrayWith([
          {
            Action: 's3:PutObject',
            Effect: 'Allow',
            Principal: { Service: 'logging.s3.amazonaws.com' },
            Condition: {
              ArnLike: { 'aws:SourceArn': { 'Fn::GetAtt': [reportBucketId(), 'Arn'] } },
              StringEquals: { 'aws:SourceAccount': { Ref: 'AWS::AccountId' } },
            },
            Resource: {
              'Fn::Join': ['', [{ 'Fn::GetAtt': [logBucketId, 'Arn'] }, '/report-files/*']],
            },
          },
        ]),
      },
    });
  });

  it('lets the builders only put report files and the report API only get them', () => {
    for (const id of reportBuilders) {
      expect(s3ActionsOf(id), id).toEqual(['s3:PutObject']);
      expect(helpers.resourcesOf(route(id).handler, 's3:PutObject'), id).toEqual([reportObjects()]);
    }
    for (const id of reportReaders) {
      expect(s3ActionsOf(id), id).toEqual(['s3:GetObject']);
      expect(helpers.resourcesOf(route(id).handler, 's3:GetObject'), id).toEqual([reportObjects()]);
    }
    for (const other of allRoutes.filter((candidate) => !accessOf(candidate.id).reportFiles)) {
      expect(s3ActionsOf(other.id), other.id).toEqual([]);
    }
  });

  it('grants no role s3:*, DeleteObject, ListBucket or anything on the bucket itself', () => {
    let s3Statements = 0;
    for (const [policyId, policy] of Object.entries(template.findResources('AWS::IAM::Policy'))) {
      for (const statement of policy.Properties.PolicyDocument.Statement) {
        const actions: string[] = [statement.Action].flat();
        if (!actions.some((action) => action.startsWith('s3:'))) continue;
        s3Statements += 1;
        expect(actions, policyId).toHaveLength(1);
        expect(['s3:GetObject', 's3:PutObject'], policyId).toContain(actions[0]);
        expect(statement.Resource, policyId).toEqual(reportObjects());
      }
    }
    expect(s3Statements).toBe(reportFileRoutes.length);
  });

  it('lets the fan-out query the carriers index, put the close record and publish, nothing else', () => {
    const { handler } = route('FanOutPeriodReports');
    expect(new Set(helpers.dataActionsOf(handler))).toEqual(
      new Set(['dynamodb:GetItem', 'dynamodb:Query', 'dynamodb:PutItem', 'events:PutEvents']),
    );
    const tableArn = { 'Fn::GetAtt': [helpers.logicalIdOf('AWS::DynamoDB::Table'), 'Arn'] };
    expect(helpers.resourcesOf(handler, 'dynamodb:Query')).toEqual([
      tableArn,
      { 'Fn::Join': ['', [tableArn, `/index/${tableDefinition.indexes.carriers.name}`]] },
    ]);
  });

  it('keeps the builders and the report API off every index, and off DeleteItem', () => {
    const tableArn = { 'Fn::GetAtt': [helpers.logicalIdOf('AWS::DynamoDB::Table'), 'Arn'] };
    for (const id of [...reportBuilders, ...reportReaders]) {
      expect(helpers.resourcesOf(route(id).handler, 'dynamodb:Query'), id).toEqual([tableArn]);
      expect(helpers.dataActionsOf(route(id).handler), id).not.toContain('dynamodb:DeleteItem');
    }
    expect(new Set(helpers.dataActionsOf(route('BuildCarrierReport').handler))).toEqual(
      new Set([
        'dynamodb:GetItem',
        'dynamodb:Query',
        'dynamodb:PutItem',
        'dynamodb:UpdateItem',
        'events:PutEvents',
        's3:PutObject',
      ]),
    );
    // Its report-ready e-mail is sent by a route of its own (issue 16, point 5).
    expect(new Set(helpers.dataActionsOf(route('SendReportReadyMail').handler))).toEqual(
      new Set([
        'dynamodb:GetItem',
        'dynamodb:Query',
        'dynamodb:PutItem',
        'dynamodb:UpdateItem',
        'ses:SendEmail',
      ]),
    );
    expect(new Set(helpers.dataActionsOf(route('BuildFunderSummary').handler))).toEqual(
      new Set([
        'dynamodb:GetItem',
        'dynamodb:Query',
        'dynamodb:PutItem',
        // Only on the e-mail pacer's per-second items (test/infra/event-queues.test.ts).
        'dynamodb:UpdateItem',
        'ses:SendEmail',
        's3:PutObject',
        // One UmbrellaSummaryRequested per umbrella.
        'events:PutEvents',
      ]),
    );
    for (const id of reportReaders) {
      expect(new Set(helpers.dataActionsOf(route(id).handler)), id).toEqual(
        new Set(['dynamodb:GetItem', 'dynamodb:Query', 's3:GetObject']),
      );
    }
  });

  it('lets the period close only publish on the bus: no table, no files, no mail', () => {
    for (const { handler } of periodEndRoutes) {
      expect(helpers.dataActionsOf(handler)).toEqual(['events:PutEvents']);
      expect(
        helpers.statementsOf(handler).flatMap((statement) => [statement.Action].flat()),
      ).not.toEqual(expect.arrayContaining([expect.stringMatching(/^dynamodb:/)]));
      expect(helpers.resourcesOf(handler, 'events:PutEvents')).toEqual([
        { 'Fn::GetAtt': [helpers.logicalIdOf('AWS::Events::EventBus'), 'Arn'] },
      ]);
    }
  });
});

describe('period close schedules', () => {
  const close = periodEndRoutes.find((route) => route.id === 'ClosePeriod')!;
  const example = JSON.parse(readFileSync(exampleFunderConfigPath, 'utf8'));
  const synthFor = (config: unknown, from = closeSchedulesFrom) => {
    const file = join(mkdtempSync(join(tmpdir(), 'tandem-infra-')), 'funder.json');
    writeFileSync(file, JSON.stringify(config));
    const other = createTandemApp({
      nag: false,
      context: { funderConfigFile: file, 'aws:cdk:bundling-stacks': [], closeSchedulesFrom: from },
    });
    return Template.fromStack(other.stack);
  };

  it('closes the day after each period ends, at 01:00 local time', () => {
    expect(close.dayAfterEnd).toEqual({ hour: 1, minute: 0 });
  });

  it('has one one-time schedule per configured period, invoking the close with its id', () => {
    const closeId = helpers.functionIdOf(close.handler);
    const schedules = schedulesOfFunction(template, closeId).map((s) => s.Properties);
    expect(funderConfig.periods.map((period) => period.end)).toEqual(['2025-12-31']);
    expect(schedules).toHaveLength(funderConfig.periods.length);
    const groupId = helpers.logicalIdOf('AWS::Scheduler::ScheduleGroup');
    expect(schedules[0]).toMatchObject({
      // 31 December 2025 is the last day: the close runs on 1 January 2026, 01:00 Berlin.
      ScheduleExpression: 'at(2026-01-01T01:00:00)',
      ScheduleExpressionTimezone: 'Europe/Berlin',
      FlexibleTimeWindow: { Mode: 'OFF' },
      State: 'ENABLED',
      GroupName: template.findResources('AWS::Scheduler::ScheduleGroup')[groupId]!.Properties.Name,
      Target: {
        Arn: { 'Fn::GetAtt': [closeId, 'Arn'] },
        Input: JSON.stringify({ periodId: '2025' }),
        RetryPolicy: { MaximumRetryAttempts: 8, MaximumEventAgeInSeconds: 86400 },
        DeadLetterConfig: { Arn: { 'Fn::GetAtt': [expect.any(String), 'Arn'] } },
        RoleArn: { 'Fn::GetAtt': [expect.any(String), 'Arn'] },
      },
    });
    // Removed after it ran? No: the stack owns it (no ActionAfterCompletion DELETE).
    expect(schedules[0]!.ActionAfterCompletion).toBeUndefined();
    const dlqId = schedules[0]!.Target.DeadLetterConfig.Arn['Fn::GetAtt'][0];
    template.hasResource('AWS::CloudWatch::Alarm', {
      Properties: Match.objectLike({
        Namespace: 'AWS/SQS',
        Dimensions: [{ Name: 'QueueName', Value: { 'Fn::GetAtt': [dlqId, 'QueueName'] } }],
      }),
    });
  });

  it('builds the at(...) of every period in the funder time zone, across years and leap days', () => {
    const other = synthFor({
      ...example,
      timezone: 'America/New_York',
      periods: [
        { id: '2026', start: '2026-01-01', end: '2026-12-31' },
        { id: '2027-h1', start: '2027-01-01', end: '2027-06-30' },
        { id: 'leap', start: '2027-07-01', end: '2028-02-28' },
      ],
    });
    const lambdaIds = Object.keys(other.findResources('AWS::Lambda::Function'));
    const closeId = lambdaIds.find((id) => id.startsWith('FunctionsClosePeriod'))!;
    const schedules = schedulesOfFunction(other, closeId).map((s) => s.Properties);
    expect(
      schedules
        .map((s) => [s.Target.Input, s.ScheduleExpression, s.ScheduleExpressionTimezone])
        .sort(),
    ).toEqual(
      [
        ['{"periodId":"2026"}', 'at(2027-01-01T01:00:00)', 'America/New_York'],
        ['{"periodId":"2027-h1"}', 'at(2027-07-01T01:00:00)', 'America/New_York'],
        ['{"periodId":"leap"}', 'at(2028-02-29T01:00:00)', 'America/New_York'],
      ].sort(),
    );
    // One role, one DLQ, one role statement per permission, however many periods.
    expect(new Set(schedules.map((s) => JSON.stringify(s.Target.RoleArn))).size).toBe(1);
    expect(new Set(schedules.map((s) => JSON.stringify(s.Target.DeadLetterConfig))).size).toBe(1);
    const roleId = schedules[0]!.Target.RoleArn['Fn::GetAtt'][0];
    expect(
      infraTestHelpers(other)
        .statementsOfRole(roleId)
        .map((statement) => statement.Action),
    ).toEqual(['lambda:InvokeFunction', 'sqs:SendMessage']);
  });

  it('schedules only closes on or after closeSchedulesFrom, the same on any day', () => {
    const config = {
      ...example,
      periods: [
        { id: 'past', start: '2001-01-01', end: '2001-12-31' },
        { id: 'next', start: '2002-01-01', end: '2002-12-31' },
      ],
    };
    const first = synthFor(config, '2002-01-01').toJSON();
    expect(synthFor(config, '2002-01-01').toJSON()).toEqual(first);
    expect(JSON.stringify(first)).toContain('at(2002-01-01T01:00:00)');
    // Scheduler refuses a one-time schedule in the past, so a period closed before gets none.
    const later = JSON.stringify(synthFor(config, '2002-01-02').toJSON());
    expect(later).not.toContain('at(2002-01-01T01:00:00)');
    expect(later).toContain('at(2003-01-01T01:00:00)');
  });

  it('stops the synth when two periods share an id', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'tandem-infra-')), 'funder.json');
    const period = { id: '2025', start: '2025-01-01', end: '2025-12-31' };
    writeFileSync(file, JSON.stringify({ ...example, periods: [period, period] }));
    expect(() =>
      createTandemApp({
        nag: false,
        context: { funderConfigFile: file, 'aws:cdk:bundling-stacks': [] },
      }),
    ).toThrow(FunderConfigError);
  });
});

describe('functions run on demand', () => {
  it('names each scheduled function in an output, for `TANDEM_STACK=… npx tandem`', () => {
    for (const route of [...scheduledRoutes, ...periodEndRoutes]) {
      template.hasOutput(`${route.id}FunctionName`, {
        Value: { Ref: helpers.functionIdOf(route.handler) },
      });
    }
  });
});

describe('cdk-nag', () => {
  it('finds nothing unacknowledged in AwsSolutions and Serverless', () => {
    for (const pack of nagPacks()) {
      const report = pack.validateScope(app);
      expect(
        report.violations.map((v) => `${v.ruleName}: ${v.violatingResources[0]?.constructPath}`),
      ).toEqual([]);
    }
  });

  it('acknowledges only these findings, each with a reason', () => {
    const acknowledged: Record<string, number> = {};
    for (const construct of app.node.findAll()) {
      for (const entry of construct.node.metadata) {
        if (entry.type !== Validations.ACKNOWLEDGED_RULES_METADATA_KEY) continue;
        for (const [id, reason] of Object.entries(entry.data as Record<string, string>)) {
          expect(reason.length).toBeGreaterThan(40);
          const rule = id.replace(/^annotation::/i, '');
          acknowledged[rule] = (acknowledged[rule] ?? 0) + 1;
        }
      }
    }
    expect(acknowledged).toEqual({
      // Node.js 22 is pinned by the spec; nag wants the newest runtime.
      'AwsSolutions-L1': allRoutes.length,
      'Serverless-LambdaLatestVersion': allRoutes.length,
      // X-Ray writes have no resource-level permissions.
      'AwsSolutions-IAM5[Resource::*]': allRoutes.length,
      // DLQs have no DLQ; nag only recognises DLQs named by a function or a queue, not by a
      // rule target or a schedule.
      // (the async-invoked functions', each event route's, the rules' one, the schedules').
      'Serverless-SQSRedrivePolicy':
        allRoutes.length - httpRoutes.length + 1 + scheduledRoutes.length + periodEndRoutes.length,
      'AwsSolutions-SQS3': 1 + scheduledRoutes.length + periodEndRoutes.length,
      // Queue-fed consumers (their queue has the DLQ) and HTTP routes are invoked
      // synchronously; SQS mappings take no failure destination.
      'Serverless-LambdaDLQ': eventRoutes.length + httpRoutes.length,
      'Serverless-LambdaEventSourceMappingDestination': eventRoutes.length,
      // Signatures and bearer keys are checked in the functions.
      'AwsSolutions-APIG4': httpRoutes.length,
      // Report files are objects under keys made at close time: `<bucket ARN>/*`, one action.
      [`AwsSolutions-IAM5[Resource::<${reportBucketId()}.Arn>/*]`]: reportFileRoutes.length,
      // The access-log bucket does not log its own access.
      'AwsSolutions-S1': 1,
    });
  });
});

describe('the funder config', () => {
  const writeConfig = (config: unknown): string => {
    const file = join(mkdtempSync(join(tmpdir(), 'tandem-infra-')), 'funder.json');
    writeFileSync(file, JSON.stringify(config));
    return file;
  };
  const example = JSON.parse(readFileSync(exampleFunderConfigPath, 'utf8'));

  it('stops the synth with an error naming the invalid field', () => {
    const funderConfigFile = writeConfig({ ...example, kAnonymity: 0 });
    expect(() => createTandemApp({ context: { funderConfigFile } })).toThrow(FunderConfigError);
    expect(() => createTandemApp({ context: { funderConfigFile } })).toThrow(/kAnonymity/);
  });

  it('must belong to the funder the stack is for', () => {
    const funderConfigFile = writeConfig({ ...example, funderId: 'other' });
    expect(() => createTandemApp({ context: { funderConfigFile } })).toThrow(/funderId/);
  });

  it('rejects a funder id that is not one', () => {
    expect(() => createTandemApp({ context: { funder: '../secrets' } })).toThrow(FunderConfigError);
  });

  it('makes `cdk synth` exit 1 with the field named and no stack trace', () => {
    const funderConfigFile = writeConfig({ ...example, periods: [] });
    const result = spawnSync(process.execPath, ['--import', 'tsx', 'infra/app.ts'], {
      cwd: repositoryRoot,
      encoding: 'utf8',
      env: {
        ...process.env,
        CDK_CONTEXT_JSON: JSON.stringify({ funder: 'example', funderConfigFile }),
        CDK_OUTDIR: mkdtempSync(join(tmpdir(), 'tandem-cdk-out-')),
      },
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/periods/);
    expect(result.stderr).not.toMatch(/\bat .*\.ts:\d+/);
  });
});

describe('bundling', () => {
  it('bundles every handler into an ESM file that loads and exports `handler`', () => {
    const outdir = mkdtempSync(join(tmpdir(), 'tandem-bundles-'));
    const { app, stack } = createTandemApp({ nag: false, outdir });
    app.synth();
    const bundles = readdirSync(outdir)
      .filter((name) => name.startsWith('asset.'))
      .map((name) => join(outdir, name, 'index.mjs'));
    // The web app's routes (and its import routes) share a code bundle in functions of
    // different privilege (the pages read, the form posts write): identical bundles are one
    // asset.
    const codeAssets = new Set(
      Object.values(Template.fromStack(stack).findResources('AWS::Lambda::Function'))
        .map((fn) => fn.Properties.Code?.S3Key)
        .filter(Boolean),
    );
    expect(bundles).toHaveLength(codeAssets.size);
    // (The web app's 3 functions share 1 bundle, the app's 2 report pages another.)
    expect(codeAssets.size).toBeGreaterThanOrEqual(allRoutes.length - 3);
    const script = `for (const file of ${JSON.stringify(bundles)}) {
      const module = await import(file);
      if (typeof module.handler !== 'function') throw new Error(file + ' exports no handler');
    }`;
    const result = spawnSync(
      process.execPath,
      ['--no-warnings', '--input-type=module', '-e', script],
      { encoding: 'utf8', env: { ...process.env, AWS_REGION: 'eu-central-1' } },
    );
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    // A synth with bundling takes ~20 s alone; more while the other worker is busy.
  }, 180_000);
});

type ScheduleResource = {
  Properties: Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
  DependsOn?: string[];
};

function schedulesIn(source: Template): ScheduleResource[] {
  return Object.values(source.findResources('AWS::Scheduler::Schedule')) as ScheduleResource[];
}

function schedulesOfFunction(source: Template, functionId: string): ScheduleResource[] {
  return schedulesIn(source).filter(
    (schedule) => schedule.Properties.Target.Arn['Fn::GetAtt'][0] === functionId,
  );
}

/** The report bucket: the one bucket that logs its access (into the other). */
function reportBucketId(source: Template = template): string {
  const ids = Object.entries(source.findResources('AWS::S3::Bucket'))
    .filter(([, bucket]) => bucket.Properties.LoggingConfiguration)
    .map(([id]) => id);
  expect(ids).toHaveLength(1);
  return ids[0]!;
}

const httpRoutesById = Object.fromEntries(httpRoutes.map((route) => [route.id, route]));
const eventRoutesById = Object.fromEntries(eventRoutes.map((route) => [route.id, route]));
const scheduledRoutesById = Object.fromEntries(scheduledRoutes.map((route) => [route.id, route]));
