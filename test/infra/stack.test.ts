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
import { eventPatternOf, eventRoutes } from '../../shared/events/routes';
import { httpRoutes } from '../../shared/http/routes';
import { nagPacks } from '../../infra/nag';
import { repositoryRoot } from '../../infra/paths';
import { routeAccess } from '../../infra/route-access';
import { createTandemApp } from '../../infra/tandem-app';

const allRoutes = [...eventRoutes, ...httpRoutes];

// One synth for the template and nag checks. Bundling is skipped here (it is checked once,
// below); the nag packs are registered as in infra/app.ts, so a finding fails this synth.
const { app, stack, funderConfig } = createTandemApp({
  context: { 'aws:cdk:bundling-stacks': [] },
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
      RetentionDays: 365,
    });
  });

  it('has one rule per event route, delivering to its function with retries and a DLQ', () => {
    template.resourceCountIs('AWS::Events::Rule', eventRoutes.length);
    for (const route of eventRoutes) {
      template.hasResourceProperties('AWS::Events::Rule', {
        EventBusName: { Ref: helpers.logicalIdOf('AWS::Events::EventBus') },
        EventPattern: eventPatternOf(route),
        Targets: [
          Match.objectLike({
            Arn: { 'Fn::GetAtt': [helpers.functionIdOf(route.handler), 'Arn'] },
            DeadLetterConfig: { Arn: { 'Fn::GetAtt': [Match.anyValue(), 'Arn'] } },
            RetryPolicy: { MaximumRetryAttempts: 8, MaximumEventAgeInSeconds: 86400 },
          }),
        ],
      });
    }
  });

  it('has one Node.js 22 arm64 function per route, traced, logged, with a DLQ and the env', () => {
    template.resourceCountIs('AWS::Lambda::Function', allRoutes.length);
    for (const route of allRoutes) {
      const fn = helpers.functionOf(route.handler);
      expect(fn.Properties).toMatchObject({
        Runtime: 'nodejs22.x',
        Architectures: ['arm64'],
        Handler: 'index.handler',
        MemorySize: 512,
        TracingConfig: { Mode: 'Active' },
        DeadLetterConfig: { TargetArn: { 'Fn::GetAtt': [expect.any(String), 'Arn'] } },
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
      expect(fn.Properties.Timeout).toBe(route.id in httpRoutesById ? 10 : 30);
    }
  });

  it('keeps every log group for a limited time', () => {
    const logGroups = Object.values(template.findResources('AWS::Logs::LogGroup'));
    expect(logGroups).toHaveLength(allRoutes.length + 1);
    for (const logGroup of logGroups) expect(logGroup.Properties.RetentionInDays).toBe(30);
  });

  it('encrypts every queue, requires TLS, keeps messages 14 days and alarms on each', () => {
    const queues = template.findResources('AWS::SQS::Queue');
    // One DLQ per function (async invocations) and one per rule (undeliverable events).
    expect(Object.keys(queues)).toHaveLength(allRoutes.length + eventRoutes.length);
    const alarms = Object.values(template.findResources('AWS::CloudWatch::Alarm'));
    const topicId = helpers.logicalIdOf('AWS::SNS::Topic');
    for (const [queueId, queue] of Object.entries(queues)) {
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

  it('outputs the API URL, table name, bus name and alarm topic', () => {
    for (const output of ['ApiUrl', 'TableName', 'EventBusName', 'AlarmTopicArn']) {
      template.hasOutput(output, {});
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
    expect(actions.sort()).toEqual(['dynamodb:GetItem', 'events:PutEvents']);
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

  it('lets consumers read and write single items, without Scan, batch or bus access', () => {
    for (const route of eventRoutes) {
      const actions = helpers.dataActionsOf(route.handler);
      expect(actions).toEqual(
        expect.arrayContaining(['dynamodb:GetItem', 'dynamodb:PutItem', 'dynamodb:UpdateItem']),
      );
      expect(actions.filter((action) => /Scan|Batch|events:/.test(action))).toEqual([]);
    }
  });

  it('names table and index ARNs instead of wildcards', () => {
    const tableId = helpers.logicalIdOf('AWS::DynamoDB::Table');
    for (const route of allRoutes) {
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
      // DLQs have no DLQ; nag only recognises DLQs named by a function or a queue.
      'Serverless-SQSRedrivePolicy': allRoutes.length + eventRoutes.length,
      'AwsSolutions-SQS3': eventRoutes.length,
      // Signatures and bearer keys are checked in the functions.
      'AwsSolutions-APIG4': httpRoutes.length,
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
    createTandemApp({ nag: false, outdir }).app.synth();
    const bundles = readdirSync(outdir)
      .filter((name) => name.startsWith('asset.'))
      .map((name) => join(outdir, name, 'index.mjs'));
    expect(bundles).toHaveLength(allRoutes.length);
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
  });
});

const httpRoutesById = Object.fromEntries(httpRoutes.map((route) => [route.id, route]));
