import { createHash } from 'node:crypto';
import { tableDefinition } from './table-definition';

// Every key of the table is built here and nowhere else. Partner ids cannot contain '#'
// (see primitives.ts), so a body can never reach outside its carrier's partition.

export interface ItemKey {
  readonly pk: string;
  readonly sk: string;
}

const carrierPk = (carrierId: string): string => `CARRIER#${carrierId}`;
const sha256 = (value: string): string => createHash('sha256').update(value).digest('hex');

export type MatchFactKind =
  { kind: 'created' } | { kind: 'checkIn'; checkInId: string } | { kind: 'ended' };

const matchFactSuffix = (fact: MatchFactKind): string =>
  fact.kind === 'checkIn' ? `CHECKIN#${fact.checkInId}` : fact.kind.toUpperCase();

export const keys = {
  carrierPartition: carrierPk,
  carrierProfile: (carrierId: string): ItemKey => ({ pk: carrierPk(carrierId), sk: 'PROFILE' }),

  participant: (carrierId: string, participantId: string): ItemKey => ({
    pk: carrierPk(carrierId),
    sk: `PARTICIPANT#${participantId}`,
  }),
  /** Tombstone of an erased participant: holds a hash, never the id itself. */
  erasure: (carrierId: string, participantId: string): ItemKey => ({
    pk: carrierPk(carrierId),
    sk: `ERASED#${sha256(`${carrierId}/${participantId}`)}`,
  }),

  matchSummary: (carrierId: string, matchId: string): ItemKey => ({
    pk: carrierPk(carrierId),
    sk: `MATCH#${matchId}`,
  }),
  /** All match summaries of a carrier share this sort-key prefix. */
  matchSummaryPrefix: 'MATCH#',

  matchFact: (carrierId: string, matchId: string, fact: MatchFactKind): ItemKey => ({
    pk: carrierPk(carrierId),
    sk: `FACT#${matchId}#${matchFactSuffix(fact)}`,
  }),
  /** All facts of one match; the trailing '#' keeps `m-1` from matching `m-10`. */
  matchFactsPrefix: (matchId: string): string => `FACT#${matchId}#`,
  /** All match facts of a carrier. */
  allMatchFactsPrefix: 'FACT#',

  funding: (carrierId: string, periodId: string): ItemKey => ({
    pk: carrierPk(carrierId),
    sk: `FUNDING#${periodId}`,
  }),

  /** Claims one reminder per (match, due date, level), however often the sweep runs. */
  reminderClaim: (
    carrierId: string,
    matchId: string,
    nextDueOn: string,
    level: number,
  ): ItemKey => ({
    pk: carrierPk(carrierId),
    sk: `REMINDER#${matchId}#${nextDueOn}#${level}`,
  }),
  /** One digest e-mail per carrier, day and level: its lease and what it sent. */
  reminderDigest: (carrierId: string, date: string, level: number): ItemKey => ({
    pk: carrierPk(carrierId),
    sk: `DIGEST#${date}#${level}`,
  }),
  digestMember: (carrierId: string, date: string, level: number, matchId: string): ItemKey => ({
    pk: carrierPk(carrierId),
    sk: `DIGEST#${date}#${level}#MATCH#${matchId}`,
  }),
  digestMembersPrefix: (date: string, level: number): string => `DIGEST#${date}#${level}#MATCH#`,

  /** A carrier's report of one period close; the latest revision sorts last. */
  carrierReport: (carrierId: string, periodId: string, revision: string): ItemKey => ({
    pk: carrierPk(carrierId),
    sk: `REPORT#${periodId}#${revision}`,
  }),
  reportsOfPeriodPrefix: (periodId: string): string => `REPORT#${periodId}#`,
  funderPartition: 'FUNDER',
  funderSummary: (periodId: string, revision: string): ItemKey => ({
    pk: 'FUNDER',
    sk: `REPORT#${periodId}#${revision}`,
  }),
  /** The progress of one period close, and one entry per carrier whose report is written. */
  periodClose: (periodId: string, revision: string): ItemKey => ({
    pk: `PERIOD#${periodId}`,
    sk: `CLOSE#${revision}`,
  }),
  periodCloseCarrier: (periodId: string, revision: string, carrierId: string): ItemKey => ({
    pk: `PERIOD#${periodId}`,
    sk: `CLOSE#${revision}#CARRIER#${carrierId}`,
  }),
  periodCloseCarriersPrefix: (revision: string): string => `CLOSE#${revision}#CARRIER#`,
  periodPartition: (periodId: string): string => `PERIOD#${periodId}`,

  /** API keys are found by their hash; the key itself is never stored. */
  apiKey: (apiKeyHash: string): ItemKey => ({ pk: `APIKEY#${apiKeyHash}`, sk: 'APIKEY' }),
  hashApiKey: (apiKey: string): string => sha256(apiKey),
} as const;

/** Number of partitions the due index is spread over, so no single one runs hot. */
export const dueIndexShards = 16;

const shardOf = (value: string): number =>
  createHash('sha256').update(value).digest().readUInt32BE(0) % dueIndexShards;

export const indexKeys = {
  /** Sparse: written only while a match is active; `dueSk` sorts by due date. */
  due: (carrierId: string, matchId: string, nextDueOn: string) => ({
    [tableDefinition.indexes.due.partitionKey]: `DUE#${shardOf(`${carrierId}/${matchId}`)}`,
    [tableDefinition.indexes.due.sortKey]: `${nextDueOn}#${carrierId}#${matchId}`,
  }),
  duePartition: (shard: number): string => `DUE#${shard}`,
  /** Due-index entries with a due date before `date` sort below this bound. */
  dueBefore: (date: string): string => `${date}#`,
  parseDueSortKey: (dueSk: string) => {
    const [nextDueOn = '', carrierId = '', matchId = ''] = dueSk.split('#');
    return { nextDueOn, carrierId, matchId };
  },

  carrier: (carrierId: string) => ({
    [tableDefinition.indexes.carriers.partitionKey]: 'CARRIER',
    [tableDefinition.indexes.carriers.sortKey]: carrierId,
  }),
  carriersPartition: 'CARRIER',
} as const;
