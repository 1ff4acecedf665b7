import { Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTandemApp } from '../../infra/tandem-app';
import { infraTestHelpers } from './helpers';

// Issue 16, point 4: the digest sender reads a large digest's claims 100 a call and puts the
// listed matches' "contact done" tokens 25 a call; the batch puts reach token items only.

const { stack } = createTandemApp({
  context: { 'aws:cdk:bundling-stacks': [], closeSchedulesFrom: '2025-06-01' },
});
let helpers: ReturnType<typeof infraTestHelpers>;

beforeAll(() => {
  helpers = infraTestHelpers(Template.fromStack(stack));
});

describe('the digest sender (issue 16, point 4)', () => {
  const batchStatements = () =>
    helpers
      .statementsOf('reminders/send-reminder-digest')
      .filter((statement) => JSON.stringify(statement.Action).includes('Batch'));

  it('may get items in batches, and put in batches only link tokens', () => {
    const statements = batchStatements();
    expect(statements.map((statement) => statement.Action).sort()).toEqual([
      'dynamodb:BatchGetItem',
      'dynamodb:BatchWriteItem',
    ]);
    const write = statements.find((statement) => statement.Action === 'dynamodb:BatchWriteItem');
    expect(write?.Condition).toEqual({
      'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': ['TOKEN#*'] },
    });
  });
});
