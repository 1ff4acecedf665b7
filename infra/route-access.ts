import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import type { IEventBus } from 'aws-cdk-lib/aws-events';
import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { tableDefinition } from '../shared/data/table-definition';

/**
 * What a route's function may touch. Least privilege is decided here, per route id, so a
 * new route (a reminders sweep that needs SES, reports that need S3) means one new entry
 * and, if needed, one new field below.
 *
 * - `none`: no table access
 * - `lookup`: GetItem only (keys it already knows: carrier secrets, API keys)
 * - `read`: GetItem and Query, on the table and its indexes
 * - `readWrite`: single-item writes and conditions as well; no Scan, no table admin
 */
export type TableAccess = 'none' | 'lookup' | 'read' | 'readWrite';

export interface RouteAccess {
  readonly table: TableAccess;
  /** events:PutEvents on the funder's bus. */
  readonly publishEvents?: boolean;
}

export const routeAccess: Readonly<Record<string, RouteAccess>> = {
  // Ingest checks the carrier's secret and puts the fact on the bus; it stores nothing.
  ReceiveWebhook: { table: 'lookup', publishEvents: true },
  GetMatch: { table: 'read' },
  ListMatches: { table: 'read' },
  RecordParticipant: { table: 'readWrite' },
  RecordMatchCreated: { table: 'readWrite' },
  RecordCheckIn: { table: 'readWrite' },
  RecordMatchEnded: { table: 'readWrite' },
  EraseParticipant: { table: 'readWrite' },
  RecordFunding: { table: 'readWrite' },
};

/** A route without an entry gets nothing: it fails loudly instead of running over-privileged. */
export const noAccess: RouteAccess = { table: 'none' };

export const accessOf = (routeId: string): RouteAccess => routeAccess[routeId] ?? noAccess;

const tableActions: Record<Exclude<TableAccess, 'none'>, readonly string[]> = {
  lookup: ['dynamodb:GetItem'],
  read: ['dynamodb:GetItem', 'dynamodb:Query'],
  readWrite: [
    'dynamodb:GetItem',
    'dynamodb:Query',
    'dynamodb:PutItem',
    'dynamodb:UpdateItem',
    'dynamodb:DeleteItem',
    'dynamodb:ConditionCheckItem',
  ],
};

export interface AccessTargets {
  readonly table: ITable;
  readonly bus: IEventBus;
}

export function grantRouteAccess(fn: IFunction, access: RouteAccess, targets: AccessTargets) {
  if (access.table !== 'none') {
    const actions = tableActions[access.table];
    fn.addToRolePolicy(
      new PolicyStatement({ actions: [...actions], resources: [targets.table.tableArn] }),
    );
    if (actions.includes('dynamodb:Query')) {
      // Named index ARNs rather than `index/*`, so a grant never reaches an index added later.
      fn.addToRolePolicy(
        new PolicyStatement({
          actions: ['dynamodb:Query'],
          resources: Object.values(tableDefinition.indexes).map(
            (index) => `${targets.table.tableArn}/index/${index.name}`,
          ),
        }),
      );
    }
  }
  if (access.publishEvents) targets.bus.grantPutEventsTo(fn);
}
