import { App, Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { AttributeType, Table } from 'aws-cdk-lib/aws-dynamodb';
import { EventBus } from 'aws-cdk-lib/aws-events';
import { Key } from 'aws-cdk-lib/aws-kms';
import { Code, Function as LambdaFunction, Runtime } from 'aws-cdk-lib/aws-lambda';
import { Bucket } from 'aws-cdk-lib/aws-s3';
import { describe, expect, it } from 'vitest';
import { accessOf, grantRouteAccess } from '../../infra/route-access';
import { eventRoutes } from '../../shared/events/routes';

// Issue 19: the figures refresh reads one carrier's partition and updates the office's row,
// nothing else (least privilege, as infra/route-access.ts declares it). Granted here on a stack
// of its own, as the Tandem stack grants it to the route's function.

function refreshGrants() {
  const stack = new Stack(new App(), 'Grants');
  const fn = new LambdaFunction(stack, 'Refresh', {
    runtime: Runtime.NODEJS_22_X,
    handler: 'index.handler',
    code: Code.fromInline('exports.handler = async () => {}'),
  });
  grantRouteAccess(fn, accessOf('RefreshCarrierFigures'), {
    table: new Table(stack, 'Table', {
      partitionKey: { name: 'pk', type: AttributeType.STRING },
      sortKey: { name: 'sk', type: AttributeType.STRING },
    }),
    bus: new EventBus(stack, 'Bus'),
    senderEmail: 'noreply@example.org',
    reportBucket: new Bucket(stack, 'Reports'),
    webhookSecretsKey: new Key(stack, 'Secrets'),
    erasureDigestKey: new Key(stack, 'Erasure'),
  });
  const policies = Template.fromStack(stack).findResources('AWS::IAM::Policy');
  return Object.values(policies).flatMap(
    (policy) =>
      policy.Properties.PolicyDocument.Statement as {
        Action: string | string[];
        Condition?: Record<string, Record<string, string[]>>;
      }[],
  );
}

const actionsOf = (statement: { Action: string | string[] }) => [statement.Action].flat();
const leadingKeysOf = (statement: { Condition?: Record<string, Record<string, string[]>> }) =>
  statement.Condition?.['ForAllValues:StringLike']?.['dynamodb:LeadingKeys'];

describe('the office figures refresh (issue 19)', () => {
  it('takes the sweep’s CarrierFiguresRequested from a route of its own, with retries', () => {
    const route = eventRoutes.find((candidate) => candidate.id === 'RefreshCarrierFigures');
    expect(route).toMatchObject({
      sources: ['tandem.reminders'],
      detailTypes: ['CarrierFiguresRequested'],
      handler: 'office/refresh-carrier-figures',
    });
    expect(route?.delivery.retry.maxAttempts).toBeGreaterThan(1);
  });

  it("reads the carriers' partitions and the office rows, and only updates the office rows", () => {
    const statements = refreshGrants();
    const reads = statements.filter((statement) =>
      actionsOf(statement).every((action) => /^dynamodb:(GetItem|Query)$/.test(action)),
    );
    const others = statements.filter((statement) => !reads.includes(statement));
    expect(reads.flatMap((statement) => leadingKeysOf(statement) ?? []).sort()).toEqual([
      'CARRIER#*',
      'OFFICE#CARRIERS*',
    ]);
    // Every read limited to those partitions; the one write an update of office rows.
    expect(reads.every((statement) => leadingKeysOf(statement) !== undefined)).toBe(true);
    expect(others.flatMap(actionsOf)).toEqual(['dynamodb:UpdateItem']);
    expect(others.flatMap((statement) => leadingKeysOf(statement) ?? [])).toEqual([
      'OFFICE#CARRIERS*',
    ]);
  });
});
