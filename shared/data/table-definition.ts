import { matchSummaryFields } from '../domain/match-summary';

/**
 * The single table's shape, declared once: the CDK stack and the local runtime's
 * CreateTable are both built from it.
 */
export const tableDefinition = {
  partitionKey: 'pk',
  sortKey: 'sk',
  timeToLiveAttribute: 'expiresAt',
  indexes: {
    /** Sparse, sharded: only active matches with a due date; the sweep queries it by date. */
    due: { name: 'due', partitionKey: 'duePk', sortKey: 'dueSk', projection: 'KEYS_ONLY' },
    /**
     * Sparse: only active matches with a due date, per carrier by due date, with the summary's
     * fields, so the web list pages through the overdue ones, most overdue first, reading only
     * the page (issue 16, point 15).
     */
    carrierDue: {
      name: 'carrierDue',
      partitionKey: 'carrierDuePk',
      sortKey: 'carrierDueSk',
      projection: 'INCLUDE',
      nonKeyAttributes: matchSummaryFields,
    },
    /** Sparse: one entry per carrier, for "all carriers of the deployment" without a scan. */
    carriers: {
      name: 'carriers',
      partitionKey: 'carriersPk',
      sortKey: 'carriersSk',
      projection: 'INCLUDE',
      nonKeyAttributes: ['language', 'migrantOrganisation', 'municipality'],
    },
    /**
     * Sparse, sharded: match facts a retried delivery found still waiting for their summary;
     * the daily reconciliation re-derives their matches (SPEC §3, the 24-hour promise).
     */
    reconcile: {
      name: 'reconcile',
      partitionKey: 'reconcilePk',
      sortKey: 'reconcileSk',
      projection: 'KEYS_ONLY',
    },
  },
} as const;

export type IndexDefinition =
  (typeof tableDefinition.indexes)[keyof typeof tableDefinition.indexes];
