import { readFileSync } from 'node:fs';
import { Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { routeKeyOf, routeThrottles, throttleClassOf } from '../../infra/constructs/http-api';
import { accessOf } from '../../infra/route-access';
import { createTandemApp } from '../../infra/tandem-app';
import { envNames } from '../../shared/config/runtime-env';
import { tableDefinition } from '../../shared/data/table-definition';
import { eventRoutes } from '../../shared/events/routes';
import { periodEndRoutes, scheduledRoutes } from '../../shared/events/schedules';
import { httpRoutes } from '../../shared/http/routes';
import { infraTestHelpers } from './helpers';

// Issue 8: per-route throttles, read functions without index grants, each publisher limited
// to its own event source.

const { stack } = createTandemApp({
  context: { 'aws:cdk:bundling-stacks': [], closeSchedulesFrom: '2025-06-01' },
});
let template: Template;
let helpers: ReturnType<typeof infraTestHelpers>;

beforeAll(() => {
  template = Template.fromStack(stack);
  helpers = infraTestHelpers(template);
});

const allRoutes = [...eventRoutes, ...httpRoutes, ...scheduledRoutes, ...periodEndRoutes];
/** One entry per handler that exactly one function runs. */
const routesWithOwnFunction = () =>
  [...new Map(allRoutes.map((route) => [route.handler, route])).values()].filter((route) => {
    try {
      helpers.functionIdOf(route.handler);
      return true;
    } catch {
      return false;
    }
  });

describe('per-route throttles on the stage', () => {
  const stageOf = () => {
    const stages = Object.entries(template.findResources('AWS::ApiGatewayV2::Stage'));
    expect(stages).toHaveLength(1);
    const [logicalId, stage] = stages[0]!;
    return {
      logicalId,
      // eslint-disable-next-line @typescript-eslint/no-explicit-any -- synthesized template
      stage: stage as { Properties: any; DependsOn?: string[] },
    };
  };
  const route = (id: string) => httpRoutes.find((entry) => entry.id === id)!;

  it('gives every route of the table a throttle of its own kind', () => {
    const settings = stageOf().stage.Properties.RouteSettings as Record<
      string,
      { ThrottlingRateLimit: number; ThrottlingBurstLimit: number }
    >;
    expect(Object.keys(settings).sort()).toEqual(httpRoutes.map(routeKeyOf).sort());
    for (const entry of httpRoutes) {
      const limits = routeThrottles[throttleClassOf(entry)];
      expect(settings[routeKeyOf(entry)], entry.id).toEqual({
        ThrottlingRateLimit: limits.rateLimit,
        ThrottlingBurstLimit: limits.burstLimit,
      });
    }
  });

  it('keeps webhooks, reads, reports and the web app apart', () => {
    expect(throttleClassOf(route('ReceiveWebhook'))).toBe('webhook');
    expect(throttleClassOf(route('GetMatch'))).toBe('read');
    expect(throttleClassOf(route('ListMatches'))).toBe('read');
    expect(throttleClassOf(route('GetCarrierReport'))).toBe('report');
    expect(throttleClassOf(route('GetFunderSummary'))).toBe('report');
    expect(
      throttleClassOf({ id: 'WebApp', method: 'GET', path: '/app/{proxy+}', handler: 'web/x' }),
    ).toBe('web');
    for (const entry of httpRoutes.filter((candidate) => candidate.path.startsWith('/app'))) {
      expect(throttleClassOf(entry), entry.id).toBe('web');
    }
  });

  it('is created after the routes it names (CloudFormation refuses unknown route keys)', () => {
    const { stage } = stageOf();
    const routeIds = Object.keys(template.findResources('AWS::ApiGatewayV2::Route'));
    expect(routeIds.length).toBe(httpRoutes.length);
    expect(stage.DependsOn ?? []).toEqual(expect.arrayContaining(routeIds));
  });
});

describe('least privilege', () => {
  it('grants the read API no Query on any index', () => {
    for (const handler of ['matches/get-match', 'matches/list-matches']) {
      const queried = helpers.resourcesOf(handler, 'dynamodb:Query');
      expect(queried.length, handler).toBeGreaterThan(0);
      expect(JSON.stringify(queried), handler).not.toMatch(/\/index\//);
      for (const index of Object.values(tableDefinition.indexes)) {
        expect(JSON.stringify(queried), handler).not.toContain(index.name);
      }
    }
  });

  it('lets each publisher put events of its own source only', () => {
    const routes = routesWithOwnFunction();
    expect(routes.length).toBeGreaterThan(10);
    const publishers = routes.filter((route) => accessOf(route.id).publishEvents);
    expect(publishers.map((route) => route.id)).toEqual(
      expect.arrayContaining(['ReceiveWebhook', 'ReminderSweep', 'FanOutPeriodReports']),
    );
    for (const route of routes) {
      const statements = helpers
        .statementsOf(route.handler)
        .filter((statement) => [statement.Action].flat().includes('events:PutEvents'));
      const source = accessOf(route.id).publishEvents;
      if (!source) {
        expect(statements, route.id).toEqual([]);
        continue;
      }
      expect(statements, route.id).toHaveLength(1);
      expect(statements[0]?.Condition, route.id).toEqual({
        StringEquals: { 'events:source': source },
      });
      expect([statements[0]?.Action].flat(), route.id).toEqual(['events:PutEvents']);
    }
  });
});

describe('the sign-in sender, behind an unauthenticated form (issue 16)', () => {
  const tableStatements = () =>
    helpers
      .statementsOf('web/send-sign-in-link')
      .filter((statement) =>
        [statement.Action].flat().some((action) => action.startsWith('dynamodb:')),
      );
  const leadingKeysOf = (statement: { Condition?: unknown }) =>
    (statement.Condition as Record<string, Record<string, string[]>> | undefined)?.[
      'ForAllValues:StringLike'
    ]?.['dynamodb:LeadingKeys'];

  it('reads and writes only the partitions it needs, and deletes nothing', () => {
    const statements = tableStatements();
    expect(statements.length).toBeGreaterThan(0);
    for (const statement of statements) {
      expect(leadingKeysOf(statement), JSON.stringify(statement)).toBeDefined();
    }
    const writes = statements.filter((statement) =>
      [statement.Action].flat().some((action) => !/dynamodb:(GetItem|Query)$/.test(action)),
    );
    const written = writes.flatMap((statement) => leadingKeysOf(statement) ?? []).sort();
    // Rate items, link tokens, and the e-mail pacer's per-second items; never a contact item
    // (which says who may sign in), a carrier, a session or a fact.
    expect(written).toEqual(['RATE#email#*', 'SIGNIN#*', 'TOKEN#*']);
    expect(writes.flatMap((statement) => [statement.Action].flat()).sort()).toEqual([
      'dynamodb:PutItem',
      'dynamodb:UpdateItem',
    ]);
    const read = statements
      .filter((statement) => [statement.Action].flat().includes('dynamodb:GetItem'))
      .flatMap((statement) => leadingKeysOf(statement) ?? [])
      .sort();
    expect(read).toEqual(['CARRIER#*', 'CONTACT#*', 'SIGNIN#*']);
  });
});

describe('web app sessions (issue 16)', () => {
  it('lets every /app function query the table: a session is checked against the contact items', () => {
    const appRoutes = httpRoutes.filter((route) => route.path.startsWith('/app'));
    expect(appRoutes.length).toBeGreaterThan(3);
    for (const route of appRoutes) {
      const onTable = helpers
        .resourcesOf(route.handler, 'dynamodb:Query')
        .some((resource) => JSON.stringify(resource).startsWith('{"Fn::GetAtt":["LedgerTable'));
      expect(onTable, route.id).toBe(true);
    }
  });
});

describe('webhook secrets and erasure digests under KMS keys', () => {
  const kmsActionsOf = (handler: string) =>
    helpers
      .statementsOf(handler)
      .flatMap((statement) => [statement.Action].flat())
      .filter((action) => action.startsWith('kms:'));

  it('has a rotated key for the secrets and an HMAC key for the tombstones, both retained', () => {
    const keys = Object.values(template.findResources('AWS::KMS::Key')) as {
      Properties: {
        Description?: string;
        KeySpec?: string;
        KeyUsage?: string;
        EnableKeyRotation?: boolean;
      };
      DeletionPolicy?: string;
    }[];
    const named = (words: RegExp) =>
      keys.filter((key) => words.test(key.Properties.Description ?? ''));
    const hmac = named(/erased participant ids/);
    const secrets = named(/webhook secrets/);
    expect(hmac).toHaveLength(1);
    expect(secrets).toHaveLength(1);
    expect([...hmac, ...secrets].map((key) => key.DeletionPolicy)).toEqual(['Retain', 'Retain']);
    expect(hmac[0]?.Properties).toMatchObject({
      KeySpec: 'HMAC_256',
      KeyUsage: 'GENERATE_VERIFY_MAC',
    });
    expect(secrets[0]?.Properties.KeySpec ?? 'SYMMETRIC_DEFAULT').toBe('SYMMETRIC_DEFAULT');
    expect(secrets[0]?.Properties.EnableKeyRotation).toBe(true);
  });

  it('lets only ingest decrypt secrets, and only the tombstone consumers make digests', () => {
    const routes = routesWithOwnFunction();
    const decrypting = routes.filter((route) =>
      kmsActionsOf(route.handler).includes('kms:Decrypt'),
    );
    expect(decrypting.map((route) => route.id)).toEqual(['ReceiveWebhook']);
    expect(kmsActionsOf('ingest/receive-webhook')).toEqual(['kms:Decrypt']);
    const decrypt = helpers
      .statementsOf('ingest/receive-webhook')
      .find((statement) => [statement.Action].flat().includes('kms:Decrypt'));
    expect(decrypt?.Condition).toEqual({
      StringLike: { 'kms:EncryptionContext:tandem': 'carrier:*' },
    });

    const digesting = routes
      .filter((route) => kmsActionsOf(route.handler).length > 0)
      .filter((route) => !['ReceiveWebhook', 'ConnectForm', 'OfficeForm'].includes(route.id));
    expect(digesting.map((route) => route.id).sort()).toEqual(
      // The reconciliation finishes erasures and links that a failed delivery left: it checks
      // tombstones too (issue 16).
      ['EraseParticipant', 'ReconcileMatches', 'RecordMatchCreated', 'RecordParticipant'].sort(),
    );
    for (const route of digesting) expect(kmsActionsOf(route.handler)).toEqual(['kms:GenerateMac']);

    // The read API, the reports and the web app read carrier profiles: no KMS at all, but
    // for the connection page's forms and the office's onboarding, which seal a new secret.
    for (const route of routes.filter(
      (entry) =>
        /^(matches|reports|web|docs)\//.test(entry.handler) &&
        !['ConnectForm', 'OfficeForm'].includes(entry.id),
    )) {
      expect(kmsActionsOf(route.handler), route.id).toEqual([]);
    }
  });

  it('lets only the connection page’s and the office’s forms seal a secret: Encrypt for a carrier, nothing else', () => {
    const encrypting = routesWithOwnFunction().filter((route) =>
      kmsActionsOf(route.handler).includes('kms:Encrypt'),
    );
    // The office onboards carriers (SPEC §12): a new carrier's first secret is sealed.
    expect(encrypting.map((route) => route.id).sort()).toEqual(['ConnectForm', 'OfficeForm']);
    for (const handler of ['web/submit-connect-form', 'web/submit-office-form']) {
      expect(kmsActionsOf(handler)).toEqual(['kms:Encrypt']);
      const encrypt = helpers
        .statementsOf(handler)
        .find((statement) => [statement.Action].flat().includes('kms:Encrypt'));
      expect(encrypt?.Condition).toEqual({
        StringLike: { 'kms:EncryptionContext:tandem': 'carrier:*' },
      });
    }
  });

  it('tells only the granted functions the keys, and the operator both keys', () => {
    for (const route of routesWithOwnFunction()) {
      const variables = (helpers.functionOf(route.handler).Properties.Environment?.Variables ??
        {}) as Record<string, unknown>;
      expect(envNames.secretsKeyId in variables, route.id).toBe(
        accessOf(route.id).webhookSecrets !== undefined,
      );
      expect(envNames.erasureKeyId in variables, route.id).toBe(
        accessOf(route.id).erasureDigest === true,
      );
    }
    for (const output of ['WebhookSecretsKeyArn', 'ErasureDigestKeyArn']) {
      expect(Object.keys(template.findOutputs(output))).toEqual([output]);
    }
    // The erasure key's output names that key, not the secrets key.
    const [erasureKeyId] = Object.keys(template.findResources('AWS::KMS::Key')).filter((id) =>
      id.includes('ErasureDigest'),
    );
    expect(template.findOutputs('ErasureDigestKeyArn').ErasureDigestKeyArn?.Value).toEqual({
      'Fn::GetAtt': [erasureKeyId, 'Arn'],
    });
  });
});

describe("the README's privacy section (issue 8)", () => {
  // A data-protection officer reads the windows there: they must be the stack's own.
  const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
  const daysIn = (rowStart: string) => {
    const row = readme.split('\n').find((line) => line.startsWith(`| ${rowStart}`));
    return Number(/\|\s*(\d+) days\s*\|\s*$/.exec(row ?? '')?.[1]);
  };

  it('states the retention windows the stack sets', () => {
    const archives = Object.values(template.findResources('AWS::Events::Archive'));
    expect(archives.map((archive) => archive.Properties.RetentionDays)).toEqual([
      daysIn('the bus archive'),
    ]);
    const queues = Object.values(template.findResources('AWS::SQS::Queue'));
    expect(queues.length).toBeGreaterThan(0);
    const longest = Math.max(
      ...queues.map((queue) => Number(queue.Properties.MessageRetentionPeriod ?? 4 * 86_400)),
    );
    expect(longest).toBe(daysIn('the dead-letter queues') * 86_400);
    const [table] = Object.values(template.findResources('AWS::DynamoDB::Table'));
    const recovery = table?.Properties.PointInTimeRecoverySpecification;
    expect(recovery?.PointInTimeRecoveryEnabled).toBe(true);
    // Without RecoveryPeriodInDays, DynamoDB keeps its default window of 35 days.
    expect(recovery?.RecoveryPeriodInDays ?? 35).toBe(daysIn('point-in-time recovery'));
  });
});

describe('access logs hold no link tokens (issue 16)', () => {
  it('logs the route key and no variable that holds the request path', () => {
    const [stage] = Object.values(template.findResources('AWS::ApiGatewayV2::Stage'));
    const format = String(stage?.Properties.AccessLogSettings?.Format);
    const logged = Object.values(JSON.parse(format) as Record<string, string>);
    expect(logged).toContain('$context.routeKey');
    // A sign-in link (30 min) or a "contact done" link (14 days) is a path segment; the
    // route key names `{proxy+}` instead.
    for (const variable of logged) {
      expect(variable).not.toMatch(/\$context\.(path|resourcePath|requestOverride|domainPrefix)/);
      expect(variable).toMatch(/^\$context\.[A-Za-z.]+$/);
    }
  });
});
