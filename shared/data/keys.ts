import { createHash } from 'node:crypto';
import { tableDefinition } from './table-definition';

// Every key of the table is built here and nowhere else. Partner ids cannot contain '#'
// (see primitives.ts), so a body can never reach outside its carrier's partition.

export interface ItemKey {
  readonly pk: string;
  readonly sk: string;
}

const carrierPk = (carrierId: string): string => `CARRIER#${carrierId}`;
const emailRatePrefix = 'RATE#email#';
const contactPrefix = 'CONTACT#';
const signInRatePrefix = 'SIGNIN#';
const linkTokenPrefix = 'TOKEN#';
const sessionPrefix = 'SESSION#';
const apiKeyPrefix = 'APIKEY#';
const apiKeyRegistryPartition = 'APIKEYS';
const officeRowsPartition = 'OFFICE#CARRIERS';
const umbrellasPartition = 'UMBRELLAS';
const staffPartition = 'STAFF';
const staffGrantPrefix = 'STAFF#';
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
  /**
   * Tombstone of an erased participant, under a keyed digest of the id (see
   * `erasureDigestInput`), never the id itself nor a plain hash of it: ids are guessable,
   * so only the holder of the key can tell which id a tombstone stands for.
   */
  erasure: (carrierId: string, participantDigest: string): ItemKey => ({
    pk: carrierPk(carrierId),
    sk: `ERASED#${participantDigest}`,
  }),
  /** What the erasure digest is computed over: carrier and participant. */
  erasureDigestInput: (carrierId: string, participantId: string): string =>
    `erasure:${carrierId}/${participantId}`,

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

  /** A participant named in a match's `match.created`: erasure finds the matches by key. */
  participation: (carrierId: string, participantId: string, matchId: string): ItemKey => ({
    pk: carrierPk(carrierId),
    sk: `PARTICIPATION#${participantId}#MATCH#${matchId}`,
  }),
  /** All matches of one participant; the trailing '#' keeps `p-1` from matching `p-10`. */
  participationsPrefix: (participantId: string): string => `PARTICIPATION#${participantId}#`,
  matchOfParticipation: (sk: string): string => sk.slice(sk.indexOf('#MATCH#') + '#MATCH#'.length),
  /** The participant a participation's sort key names; undefined for any other item's. */
  participantOfParticipation: (sk: string): string | undefined =>
    sk.startsWith('PARTICIPATION#')
      ? sk.slice('PARTICIPATION#'.length, sk.indexOf('#MATCH#'))
      : undefined,

  /** The "report ready" e-mail of one carrier report: who sends it, and whether it went. */
  reportReadyMail: (carrierId: string, periodId: string, revision: string): ItemKey => ({
    pk: carrierPk(carrierId),
    sk: `MAIL#REPORT#${periodId}#${revision}`,
  }),

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
  /** An umbrella's summary of one period close (SPEC §6); the latest revision sorts last. */
  umbrellaSummaryPartition: (umbrellaId: string): string => `UMBRELLA#${umbrellaId}`,
  umbrellaSummary: (umbrellaId: string, periodId: string, revision: string): ItemKey => ({
    pk: `UMBRELLA#${umbrellaId}`,
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
  /** A given region's report of one close (SPEC §13): where its files are. */
  regionReport: (periodId: string, revision: string, regionKey: string): ItemKey => ({
    pk: `PERIOD#${periodId}`,
    sk: `REGION#${revision}#${regionKey}`,
  }),

  /**
   * Who an e-mail address belongs to (web-app sign-in, SPEC §9): one item per carrier whose
   * coordinator or lead it is, found by the address's hash; the address is not in the key.
   */
  contact: (addressHash: string, carrierId: string): ItemKey => ({
    pk: `${contactPrefix}${addressHash}`,
    sk: carrierPk(carrierId),
  }),
  contactPartition: (addressHash: string): string => `${contactPrefix}${addressHash}`,
  hashAddress: (address: string): string => sha256(`contact:${address.trim().toLowerCase()}`),
  /**
   * The send times of the sign-in e-mails to one address in the last hour. A partition of
   * its own, apart from the contact items: the sign-in sender may write here, never there.
   */
  signInRate: (addressHash: string): ItemKey => ({
    pk: `${signInRatePrefix}${addressHash}`,
    sk: 'RATE',
  }),
  /** A link token (sign-in or "contact done"), found by its hash; never stored in clear. */
  linkToken: (tokenHash: string): ItemKey => ({
    pk: `${linkTokenPrefix}${tokenHash}`,
    sk: 'TOKEN',
  }),
  /**
   * Staff (SPEC §12) found by the address's hash, beside the address's carrier contacts: one
   * item per staff member, with a grant id that ends the member's sessions when deleted.
   */
  staffGrant: (addressHash: string, staffId: string): ItemKey => ({
    pk: `${contactPrefix}${addressHash}`,
    sk: `${staffGrantPrefix}${staffId}`,
  }),
  staffGrantPrefix,
  /** The staff list (`staff list`, the office's staff page): role and scope, no address. */
  staffPartition,
  staffMember: (staffId: string): ItemKey => ({ pk: staffPartition, sk: `STAFF#${staffId}` }),
  /** The umbrella organisations (SPEC §1, §12). */
  umbrellasPartition,
  umbrella: (umbrellaId: string): ItemKey => ({
    pk: umbrellasPartition,
    sk: `UMBRELLA#${umbrellaId}`,
  }),
  /**
   * The office's row of a carrier (SPEC §12): its profile's public fields and its figures,
   * kept up to date as facts arrive and as the sweep runs, all carriers in one partition so
   * that the office pages read one paged Query and never a match.
   */
  officeRowsPartition,
  officeRow: (carrierId: string): ItemKey => ({
    pk: officeRowsPartition,
    sk: carrierPk(carrierId),
  }),
  /** Partition-key prefixes, for IAM grants limited to some partitions (dynamodb:LeadingKeys). */
  partitionPrefixes: {
    carrier: carrierPk(''),
    contact: contactPrefix,
    signInRate: signInRatePrefix,
    linkToken: linkTokenPrefix,
    session: sessionPrefix,
    apiKey: apiKeyPrefix,
    apiKeyRegistry: apiKeyRegistryPartition,
    officeRows: officeRowsPartition,
    umbrellas: umbrellasPartition,
    staff: staffPartition,
  },
  /** A web-app session, found by the hash of its cookie value. */
  session: (sessionHash: string): ItemKey => ({
    pk: `${sessionPrefix}${sessionHash}`,
    sk: 'SESSION',
  }),
  hashSecret: (secret: string): string => sha256(secret),

  /**
   * The e-mails the whole deployment sent in one second (epoch seconds): the pacer's token
   * bucket, shared by every sender. The partition names the second, so each is its own item.
   */
  emailRate: (epochSecond: number): ItemKey => ({
    pk: `${emailRatePrefix}${epochSecond}`,
    sk: 'RATE',
  }),
  /** Every pacer item's partition key starts so (IAM grants the pacer these items only). */
  emailRatePrefix: emailRatePrefix,

  /**
   * Local only: where the local system's key file is, so that `npx tandem` run against its
   * database (TANDEM_DYNAMODB_PORT alone) seals with the same key. A path, never the key.
   */
  localSecretsKeyFile: { pk: 'LOCAL', sk: 'SECRETS_KEY_FILE' } as ItemKey,

  /** API keys are found by their hash; the key itself is never stored. */
  apiKey: (apiKeyHash: string): ItemKey => ({ pk: `${apiKeyPrefix}${apiKeyHash}`, sk: 'APIKEY' }),
  hashApiKey: (apiKey: string): string => sha256(apiKey),
  /** The list of API keys (`api-keys list|revoke`): one entry per key, by its id. */
  apiKeyRegistryPartition,
  apiKeyRegistryEntry: (keyId: string): ItemKey => ({
    pk: apiKeyRegistryPartition,
    sk: `KEY#${keyId}`,
  }),
  /** A key's public id: the first 16 hex digits of its hash; it cannot be used to read. */
  apiKeyId: (apiKeyHash: string): string => apiKeyHash.slice(0, 16),
} as const;

/** Number of partitions the due index is spread over, so no single one runs hot. */
export const dueIndexShards = 16;
/** The reconcile index holds only facts whose delivery was retried: a few partitions do. */
export const reconcileIndexShards = 4;

const shardOf = (value: string, shards = dueIndexShards): number =>
  createHash('sha256').update(value).digest().readUInt32BE(0) % shards;

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

  /** Sparse like `due`, per carrier: `carrierDueSk` sorts a carrier's active matches by due date. */
  carrierDue: (carrierId: string, matchId: string, nextDueOn: string) => ({
    [tableDefinition.indexes.carrierDue.partitionKey]: carrierPk(carrierId),
    [tableDefinition.indexes.carrierDue.sortKey]: `${nextDueOn}#${matchId}`,
  }),
  carrierDuePartition: carrierPk,
  /** A carrier's entries due before `date` sort below this bound. */
  carrierDueBefore: (date: string): string => `${date}#`,
  matchOfCarrierDueSortKey: (carrierDueSk: string): string =>
    carrierDueSk.slice(carrierDueSk.indexOf('#') + 1),

  /**
   * Sparse: on a match fact whose retried delivery found it still pending, or on a
   * participation an erasure is taking off its match; `reconcileSk` sorts by the time it was
   * marked and names the match.
   */
  reconcile: (carrierId: string, matchId: string, markedAt: string) => ({
    [tableDefinition.indexes.reconcile.partitionKey]: `RECONCILE#${shardOf(
      `${carrierId}/${matchId}`,
      reconcileIndexShards,
    )}`,
    [tableDefinition.indexes.reconcile.sortKey]: `${markedAt}#${carrierId}#${matchId}`,
  }),
  reconcilePartition: (shard: number): string => `RECONCILE#${shard}`,
  /** Reconcile-index entries marked before `time` (ISO) sort below this bound. */
  reconcileBefore: (time: string): string => `${time}#`,
  parseReconcileSortKey: (reconcileSk: string) => {
    const [markedAt = '', carrierId = '', matchId = ''] = reconcileSk.split('#');
    return { markedAt, carrierId, matchId };
  },

  carrier: (carrierId: string) => ({
    [tableDefinition.indexes.carriers.partitionKey]: 'CARRIER',
    [tableDefinition.indexes.carriers.sortKey]: carrierId,
  }),
  carriersPartition: 'CARRIER',
} as const;
