import { Stack, Validations } from 'aws-cdk-lib';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import type { IEventBus } from 'aws-cdk-lib/aws-events';
import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import type { IKey } from 'aws-cdk-lib/aws-kms';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import type { Bucket } from 'aws-cdk-lib/aws-s3';
import type { CfnBucket } from 'aws-cdk-lib/aws-s3';
import { keys } from '../shared/data/keys';
import { tableDefinition } from '../shared/data/table-definition';
import {
  appEventSource,
  importEventSource,
  reminderEventSource,
  reportEventSource,
  webhookEventSource,
} from '../shared/events/catalogue';

/**
 * What a route's function may touch. Least privilege is decided here, per route id (event,
 * HTTP and scheduled routes alike), so a new route means one new entry and, if needed, one
 * new field below.
 *
 * - `none`: no table access
 * - `lookup`: GetItem only (keys it already knows: carrier secrets, API keys)
 * - `read`: GetItem and Query, on the table and its indexes
 * - `readBatch`: `read`, plus BatchGetItem (many known keys at once)
 * - `readPut`: `read`, plus PutItem (conditional creates such as reminder claims); no update,
 *   no delete
 * - `readUpdate`: `read`, plus UpdateItem (changes to items that exist); no put, no delete
 * - `readPutUpdate`: `readPut`, plus UpdateItem (counters, completions); no delete
 * - `readWrite`: single-item writes and conditions as well; no Scan, no table admin
 */
export type TableAccess =
  | 'none'
  | 'lookup'
  | 'read'
  | 'readBatch'
  | 'readPut'
  | 'readUpdate'
  | 'readPutUpdate'
  | 'readWrite';

/**
 * What a route may do with the report files (objects of the report bucket, never the bucket):
 * `read` is s3:GetObject, `write` is s3:PutObject. Nobody lists or deletes them.
 */
export type ReportFileAccess = 'read' | 'write';

/** An index of the single table, by its name in `tableDefinition.indexes`. */
export type IndexName = keyof typeof tableDefinition.indexes;

export interface RouteAccess {
  readonly table: TableAccess;
  /**
   * The indexes it may Query, when its table access includes Query. Every named index if
   * left out; `[]` for the table alone.
   */
  readonly indexes?: readonly IndexName[];
  /**
   * events:PutEvents on the funder's bus, for events of this source only (an
   * `events:source` condition): no other function can forge a webhook fact. A list: any
   * of these sources.
   */
  readonly publishEvents?: string | readonly string[];
  /** ses:SendEmail from the funder's `senderEmail`, and from no other address. */
  readonly sendEmail?: boolean;
  /** The report files; the function is also told the bucket's name. */
  readonly reportFiles?: ReportFileAccess;
  /**
   * kms:Decrypt of the carriers' sealed webhook secrets (infra/constructs/secret-keys.ts);
   * the function is also told the key. Ingest alone: whoever else reads a carrier profile
   * sees only ciphertext. `encrypt`: kms:Encrypt only, to seal a new secret (the connection
   * page's forms), which opens none.
   */
  readonly webhookSecrets?: 'decrypt' | 'encrypt';
  /** kms:GenerateMac with the erasure key: the routes that write or check tombstones. */
  readonly erasureDigest?: true;
  /** BatchGetItem on the table (100 known keys a call), beside its table access. */
  readonly batchGet?: true;
  /**
   * BatchWriteItem (25 puts a call) of items whose partition key starts with one of these
   * prefixes, and of no other item (a `dynamodb:LeadingKeys` condition).
   */
  readonly batchPut?: readonly string[];
  /**
   * The partitions (key prefixes of `keys.partitionPrefixes`) its table access is limited
   * to, reads and writes apart (a `dynamodb:LeadingKeys` condition); the whole table if left
   * out.
   */
  readonly partitions?: { readonly read: readonly string[]; readonly write: readonly string[] };
}

const prefixes = keys.partitionPrefixes;

/** What a signed-in page of `/app/connect` reads: its session, the carrier, the key list. */
const connectPartitions = {
  read: [prefixes.session, prefixes.contact, prefixes.carrier, prefixes.apiKeyRegistry],
  write: [],
};

export const routeAccess: Readonly<Record<string, RouteAccess>> = {
  // Ingest checks the carrier's secret and puts the fact on the bus; it stores nothing.
  ReceiveWebhook: { table: 'lookup', publishEvents: webhookEventSource, webhookSecrets: 'decrypt' },
  // The read API: the key, then the carrier's partition; no index.
  GetMatch: { table: 'read', indexes: [] },
  ListMatches: { table: 'read', indexes: [] },
  // These two check a participant's tombstone, and erasure writes it (a keyed digest).
  RecordParticipant: { table: 'readWrite', erasureDigest: true },
  RecordMatchCreated: { table: 'readWrite', erasureDigest: true },
  RecordCheckIn: { table: 'readWrite' },
  RecordMatchEnded: { table: 'readWrite' },
  EraseParticipant: { table: 'readWrite', erasureDigest: true },
  RecordFunding: { table: 'readWrite' },
  // The digest sender reads the digest's members (a table query) and their claims (a batch
  // get), takes, renews and releases the digest's lease, puts the listed matches' "contact
  // done" tokens (batch puts, token items only), marks reminders sent, and e-mails the carrier.
  SendReminderDigest: {
    table: 'readWrite',
    indexes: [],
    sendEmail: true,
    batchGet: true,
    batchPut: [prefixes.linkToken],
  },
  // Scheduled: the daily sweep queries the due index, puts claims, and publishes one
  // CheckInOverdue per digest; it never updates, deletes or scans. It lists the carriers (the
  // carriers index) to ask for each one's office figures (CarrierFiguresRequested).
  ReminderSweep: {
    table: 'readPut',
    indexes: ['due', 'carriers'],
    publishEvents: reminderEventSource,
  },
  // The office figures of one carrier (SPEC §12): reads the carrier's partition, updates its
  // office row and nothing else.
  RefreshCarrierFigures: {
    table: 'readUpdate',
    indexes: [],
    partitions: {
      read: [prefixes.carrier, prefixes.officeRows],
      write: [prefixes.officeRows],
    },
  },

  // The daily reconciliation: queries the reconcile index, reads the matches' summaries and
  // facts, updates the summaries and the facts' marks, and finishes what a failed match.created
  // or erasure left: writes and deletes participant links, checks tombstones (a keyed digest).
  ReconcileMatches: { table: 'readWrite', indexes: ['reconcile'], erasureDigest: true },
  // Period-end schedule (and `tandem periods close`): publishes FundingPeriodClosed, nothing
  // else; it reads the period from the funder config, not the table.
  ClosePeriod: { table: 'none', publishEvents: reportEventSource },
  // Lists the carriers on the carriers index, puts the close record, and publishes one
  // CarrierReportRequested per carrier (or FunderSummaryRequested when there are none).
  FanOutPeriodReports: {
    table: 'readPut',
    indexes: ['carriers'],
    publishEvents: reportEventSource,
  },
  // Reads the carrier's partition, writes its report files and report record, updates the
  // close's progress, and publishes the report-ready notice and, when last,
  // FunderSummaryRequested. It sends no e-mail: the notice's own route does.
  BuildCarrierReport: {
    table: 'readPutUpdate',
    indexes: [],
    publishEvents: reportEventSource,
    reportFiles: 'write',
  },
  // Reads the carrier profile, claims and marks its "report ready" e-mail, and sends it.
  SendReportReadyMail: { table: 'readPutUpdate', indexes: [], sendEmail: true },
  // Reads the close's carrier parts and the umbrellas, writes the summary files and record,
  // mails the funder, and publishes UmbrellaSummaryRequested per umbrella.
  BuildFunderSummary: {
    table: 'readPut',
    indexes: [],
    sendEmail: true,
    reportFiles: 'write',
    publishEvents: reportEventSource,
  },
  // Reads the close's carrier parts and the umbrella, writes its summary's files and record.
  BuildUmbrellaSummary: { table: 'readPut', indexes: [], reportFiles: 'write' },
  // The report API: the key and the latest report record from the table, the file from S3.
  GetCarrierReport: { table: 'read', indexes: [], reportFiles: 'read' },
  GetFunderSummary: { table: 'read', indexes: [], reportFiles: 'read' },
  GetUmbrellaSummary: { table: 'read', indexes: [], reportFiles: 'read' },
  // SPEC §13: the key, the latest summary record and the region's record, then its file.
  GetRegionReport: { table: 'read', indexes: [], reportFiles: 'read' },
  // The what-if: the key, the latest summary record, the close's carrier parts and (with
  // `umbrella`) the umbrella; no files.
  GetFundingComparison: { table: 'read', indexes: [] },
  // SPEC §11: the OpenAPI document and its page are built from code alone; they touch nothing.
  // SPEC §9, the coordinator web app: its GET pages only read (session, link token, carrier,
  // the carrier's matches) and so cannot change anything, whatever a mail scanner opens.
  WebAppHome: { table: 'read', indexes: [] },
  // `/app/reports`: the session, the carrier and its latest report records (a query of its
  // own partition), and the report files (GetObject only); it writes nothing.
  ReportList: { table: 'read', indexes: [], reportFiles: 'read' },
  ReportPage: { table: 'read', indexes: [], reportFiles: 'read' },
  WebAppPage: { table: 'read', indexes: ['carrierDue'] },
  // Its forms: sessions (put, choose, delete on sign-out), link tokens (used once), and the
  // facts, which only go on the bus as app events.
  WebAppForm: { table: 'readWrite', indexes: [], publishEvents: appEventSource },
  // `/app/import` (SPEC §10): the page and the preview read the session and the stored facts
  // the file's rows would change (BatchGetItem, 100 keys a call); only the confirm step puts
  // the rows' facts on the bus, as import events.
  // `/app/connect` (SPEC §9): the page reads the session, the carrier and the key list; its
  // forms also seal a new webhook secret into the carrier profile and put or delete API keys.
  // Both only in those partitions; which carrier is the session's, checked in the function.
  ConnectPage: { table: 'read', indexes: [], partitions: connectPartitions },
  ConnectForm: {
    table: 'readWrite',
    indexes: [],
    webhookSecrets: 'encrypt',
    partitions: {
      read: connectPartitions.read,
      write: [prefixes.carrier, prefixes.apiKey, prefixes.apiKeyRegistry],
    },
  },
  ImportPage: { table: 'read', indexes: [] },
  ImportPreview: { table: 'readBatch', indexes: [] },
  ImportConfirm: { table: 'readBatch', indexes: [], publishEvents: importEventSource },
  // Reacts to the unauthenticated sign-in form: looks the address hash up in the contact
  // items, reads the carrier profile for the address, keeps the last hour's sign-in mails,
  // puts the link token and sends the e-mail. It writes only the rate items and the tokens
  // (a token grants no more than the contact items, which it cannot write, allow).
  SendSignInLink: {
    table: 'readPut',
    indexes: [],
    sendEmail: true,
    partitions: {
      read: [prefixes.contact, prefixes.carrier, prefixes.signInRate],
      write: [prefixes.signInRate, prefixes.linkToken],
    },
  },
  // SPEC §12, the programme office: its pages read the session, the staff and contact items,
  // umbrellas, the office's carrier rows, period closes and report records (a period's and a
  // region's pages also the report files); they write nothing. Its forms onboard carriers (a new carrier's sealed webhook
  // secret: encrypt only), send invitations and change contacts, umbrellas and staff (the
  // e-mails go on the bus as app events). Only the close publishes a period's close, as
  // `periods close` does; it reads the session and the closes, and writes nothing.
  OfficeHome: { table: 'read', indexes: [] },
  OfficePage: { table: 'read', indexes: [] },
  OfficePeriodPage: { table: 'read', indexes: [], reportFiles: 'read' },
  OfficeFundingPage: { table: 'read', indexes: [] },
  OfficeRegionPage: { table: 'read', indexes: [], reportFiles: 'read' },
  OfficeForm: {
    table: 'readWrite',
    indexes: [],
    webhookSecrets: 'encrypt',
    publishEvents: appEventSource,
  },
  OfficeClose: { table: 'read', indexes: [], publishEvents: reportEventSource },
  // The office's invitation (SPEC §12): reads the carrier profile and its office row, puts
  // the 7-day sign-in token and e-mails the coordinator; it writes nothing else.
  SendCarrierInvitation: {
    table: 'readPut',
    indexes: [],
    sendEmail: true,
    partitions: {
      read: [prefixes.carrier, prefixes.officeRows],
      write: [prefixes.linkToken],
    },
  },
  GetOpenApiDocument: { table: 'none' },
  GetDocsPage: { table: 'none' },
};

/** A route without an entry gets nothing: it fails loudly instead of running over-privileged. */
export const noAccess: RouteAccess = { table: 'none' };

export const accessOf = (routeId: string): RouteAccess => routeAccess[routeId] ?? noAccess;

const tableActions: Record<Exclude<TableAccess, 'none'>, readonly string[]> = {
  lookup: ['dynamodb:GetItem'],
  read: ['dynamodb:GetItem', 'dynamodb:Query'],
  readBatch: ['dynamodb:GetItem', 'dynamodb:Query', 'dynamodb:BatchGetItem'],
  readPut: ['dynamodb:GetItem', 'dynamodb:Query', 'dynamodb:PutItem'],
  readUpdate: ['dynamodb:GetItem', 'dynamodb:Query', 'dynamodb:UpdateItem'],
  readPutUpdate: ['dynamodb:GetItem', 'dynamodb:Query', 'dynamodb:PutItem', 'dynamodb:UpdateItem'],
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
  /** The funder config's `senderEmail`: the only From address a route may send as. */
  readonly senderEmail: string;
  /** The bucket of the report files. */
  readonly reportBucket: Bucket;
  /** The KMS keys of infra/constructs/secret-keys.ts. */
  readonly webhookSecretsKey: IKey;
  readonly erasureDigestKey: IKey;
}

const reportFileActions: Record<ReportFileAccess, string> = {
  read: 's3:GetObject',
  write: 's3:PutObject',
};

/**
 * The SES identities a send from `senderEmail` may be authorised against: the address
 * itself and its domain. SES checks the IAM policy against the identity that is verified,
 * the address if it is verified on its own, else its domain, so both are named.
 */
export function senderIdentityArns(scope: IFunction, senderEmail: string): string[] {
  const domain = senderEmail.slice(senderEmail.lastIndexOf('@') + 1);
  return [senderEmail, domain].map((identity) =>
    Stack.of(scope).formatArn({ service: 'ses', resource: 'identity', resourceName: identity }),
  );
}

const readActions = new Set(['dynamodb:GetItem', 'dynamodb:Query', 'dynamodb:BatchGetItem']);

/** Only items whose partition key starts with one of `prefixes`. */
const leadingKeysCondition = (prefixes: readonly string[]) => ({
  'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': prefixes.map((prefix) => `${prefix}*`) },
});

/** The table actions on the table, limited to some partitions when the route says so. */
function tableStatements(actions: readonly string[], access: RouteAccess, table: ITable) {
  const { partitions } = access;
  if (!partitions)
    return [new PolicyStatement({ actions: [...actions], resources: [table.tableArn] })];
  const reads = actions.filter((action) => readActions.has(action));
  const writes = actions.filter((action) => !readActions.has(action));
  return [
    { actions: reads, prefixes: partitions.read },
    { actions: writes, prefixes: partitions.write },
  ]
    .filter((part) => part.actions.length > 0 && part.prefixes.length > 0)
    .map(
      (part) =>
        new PolicyStatement({
          actions: part.actions,
          resources: [table.tableArn],
          conditions: leadingKeysCondition(part.prefixes),
        }),
    );
}

export function grantRouteAccess(fn: IFunction, access: RouteAccess, targets: AccessTargets) {
  if (access.table !== 'none') {
    const actions = tableActions[access.table];
    for (const statement of tableStatements(actions, access, targets.table)) {
      fn.addToRolePolicy(statement);
    }
    const indexes = access.indexes ?? (Object.keys(tableDefinition.indexes) as IndexName[]);
    // An index's leading keys are not the table's: a limited route queries no index.
    if (access.partitions && indexes.length > 0) {
      throw new Error('A route limited to some partitions must name no index (indexes: [])');
    }
    if (actions.includes('dynamodb:Query') && indexes.length > 0) {
      // Named index ARNs rather than `index/*`, so a grant never reaches an index added later.
      fn.addToRolePolicy(
        new PolicyStatement({
          actions: ['dynamodb:Query'],
          resources: indexes.map(
            (index) => `${targets.table.tableArn}/index/${tableDefinition.indexes[index].name}`,
          ),
        }),
      );
    }
  }
  if (access.publishEvents) {
    fn.addToRolePolicy(
      new PolicyStatement({
        actions: ['events:PutEvents'],
        resources: [targets.bus.eventBusArn],
        conditions: { StringEquals: { 'events:source': access.publishEvents } },
      }),
    );
  }
  if (access.sendEmail) {
    // SES v2 SendEmail with Simple content authorises as ses:SendEmail (no SendRawEmail),
    // on the identity and, if the message names one, the configuration set (the handler
    // names none). Deploying does not verify anything: before the first sweep the sender
    // address or its domain must be a verified SES identity in the stack's account and
    // region, and the account out of the SES sandbox (else only verified recipients get
    // mail). The stack deliberately creates no EmailIdentity: an identity is an account-wide
    // resource, usually a domain with DKIM records in DNS outside this stack and shared by
    // several funders' stacks; creating it here would fail where it already exists, and
    // deleting one funder's stack would delete it and stop every other sender using it.
    fn.addToRolePolicy(
      new PolicyStatement({
        actions: ['ses:SendEmail'],
        resources: senderIdentityArns(fn, targets.senderEmail),
        conditions: { StringEquals: { 'ses:FromAddress': targets.senderEmail } },
      }),
    );
    // Every sender goes through the e-mail pacer (shared/email/email-pacer.ts): one
    // conditional UpdateItem on the current second's `RATE#email#<second>` item, and on no
    // other item (a leading-key condition), whatever the route's table access otherwise is.
    fn.addToRolePolicy(
      new PolicyStatement({
        actions: ['dynamodb:UpdateItem'],
        resources: [targets.table.tableArn],
        conditions: leadingKeysCondition([keys.emailRatePrefix]),
      }),
    );
  }
  if (access.batchGet) {
    fn.addToRolePolicy(
      new PolicyStatement({
        actions: ['dynamodb:BatchGetItem'],
        resources: [targets.table.tableArn],
      }),
    );
  }
  if (access.batchPut) {
    fn.addToRolePolicy(
      new PolicyStatement({
        actions: ['dynamodb:BatchWriteItem'],
        resources: [targets.table.tableArn],
        conditions: leadingKeysCondition(access.batchPut),
      }),
    );
  }
  if (access.webhookSecrets) {
    // Decrypt (or Encrypt) only, and only what is sealed for a carrier (secret-box.ts's context).
    fn.addToRolePolicy(
      new PolicyStatement({
        actions: [access.webhookSecrets === 'encrypt' ? 'kms:Encrypt' : 'kms:Decrypt'],
        resources: [targets.webhookSecretsKey.keyArn],
        conditions: { StringLike: { 'kms:EncryptionContext:tandem': 'carrier:*' } },
      }),
    );
  }
  if (access.erasureDigest) {
    fn.addToRolePolicy(
      new PolicyStatement({
        actions: ['kms:GenerateMac'],
        resources: [targets.erasureDigestKey.keyArn],
        conditions: { StringEquals: { 'kms:MacAlgorithm': 'HMAC_SHA_256' } },
      }),
    );
  }
  if (access.reportFiles) {
    // Objects only (`<bucket ARN>/*`), one action: no ListBucket, so a reader cannot
    // enumerate periods, carriers or revisions, and no DeleteObject for anyone. The bucket
    // holds report files and nothing else.
    const bucket = targets.reportBucket;
    fn.addToRolePolicy(
      new PolicyStatement({
        actions: [reportFileActions[access.reportFiles]],
        resources: [bucket.arnForObjects('*')],
      }),
    );
    if (fn.role) {
      const bucketId = Stack.of(bucket).getLogicalId(bucket.node.defaultChild as CfnBucket);
      Validations.of(fn.role).acknowledge({
        id: `AwsSolutions-IAM5[Resource::<${bucketId}.Arn>/*]`,
        reason: `${reportFileActions[access.reportFiles]} alone, on the objects of the report bucket and not the bucket: the bucket holds report files only, under <periodId>/<revision>/ keys whose revision is made when a period closes, so no fixed key names them at deploy time.`,
      });
    }
  }
}
