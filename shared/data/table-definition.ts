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
    /** Sparse: one entry per carrier, for "all carriers of the deployment" without a scan. */
    carriers: {
      name: 'carriers',
      partitionKey: 'carriersPk',
      sortKey: 'carriersSk',
      projection: 'INCLUDE',
      nonKeyAttributes: ['language', 'migrantOrganisation', 'municipality'],
    },
  },
} as const;

export type IndexDefinition =
  (typeof tableDefinition.indexes)[keyof typeof tableDefinition.indexes];
