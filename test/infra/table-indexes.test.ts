import { Template } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
import { createTandemApp } from '../../infra/tandem-app';
import { FunderConfigError } from '../../shared/config/funder-config';
import { tableDefinition } from '../../shared/data/table-definition';

// DynamoDB adds one global secondary index per table update, so a stack that holds data takes
// two new ones in two deploys: `-c withoutIndexes=<name>` leaves one out for the first.

const tableIndexes = (context: Record<string, unknown>) => {
  const { stack } = createTandemApp({
    context: { 'aws:cdk:bundling-stacks': [], closeSchedulesFrom: '2025-06-01', ...context },
    nag: false,
  });
  const tables = Template.fromStack(stack).findResources('AWS::DynamoDB::Table');
  const [table] = Object.values(tables) as {
    Properties: { GlobalSecondaryIndexes: { IndexName: string }[] };
  }[];
  return table!.Properties.GlobalSecondaryIndexes.map((index) => index.IndexName).sort();
};

describe("the table's indexes", () => {
  it('are every declared index by default, and one fewer when one is left out', () => {
    const declared = Object.values(tableDefinition.indexes)
      .map((index) => index.name)
      .sort();
    expect(tableIndexes({})).toEqual(declared);
    expect(tableIndexes({ withoutIndexes: 'reconcile' })).toEqual(
      declared.filter((name) => name !== 'reconcile'),
    );
  });

  it('refuses to leave out an index the table does not have', () => {
    expect(() => tableIndexes({ withoutIndexes: 'nosuch' })).toThrow(FunderConfigError);
    expect(() => tableIndexes({ withoutIndexes: 'nosuch' })).toThrow(/nosuch/);
  });
});
