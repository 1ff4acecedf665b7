import { GetCommand, PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { dynamo } from '../aws/dynamo';
import { tableName } from '../config/runtime-names';
import type { Language } from '../i18n/languages';
import { writeIfCondition } from './conditional';
import { keys, type ItemKey } from './keys';

/** A carrier's report record: where its files are. Immutable; a new close adds a revision. */
export interface ReportRecord {
  readonly periodId: string;
  readonly revision: string;
  readonly generatedAt: string;
  /** `html`: the page in the reader's own language, `language`. */
  readonly files: Record<'json' | 'csv' | 'html', string>;
  /** The page in each language of SPEC §5, for `?lang=`; absent in records made before. */
  readonly htmlFiles?: Partial<Record<Language, string>>;
  /** The language the report is read in unless `?lang=` asks for another (SPEC §6). */
  readonly language?: Language;
}

/** The HTML page in `language`, else in the reader's own (a record made before has one page). */
export const reportHtmlFile = (record: ReportRecord, language?: Language): string =>
  (language && record.htmlFiles?.[language]) || record.files.html;

export const putCarrierReportRecord = (carrierId: string, record: ReportRecord) =>
  putRecord(
    keys.carrierReport(carrierId, record.periodId, record.revision),
    'CarrierReport',
    record,
  );

export const putFunderSummaryRecord = (record: ReportRecord) =>
  putRecord(keys.funderSummary(record.periodId, record.revision), 'FunderSummary', record);

export const putUmbrellaSummaryRecord = (umbrellaId: string, record: ReportRecord) =>
  putRecord(
    keys.umbrellaSummary(umbrellaId, record.periodId, record.revision),
    'UmbrellaSummary',
    record,
  );

const putRecord = (key: ItemKey, entity: string, record: ReportRecord) =>
  writeIfCondition(() =>
    dynamo.send(
      new PutCommand({
        TableName: tableName(),
        Item: { ...key, entity, ...record },
        ConditionExpression: 'attribute_not_exists(pk)',
      }),
    ),
  );

const hasRecord = async (key: ItemKey): Promise<boolean> => {
  const { Item } = await dynamo.send(
    new GetCommand({ TableName: tableName(), Key: key, ConsistentRead: true }),
  );
  return Item !== undefined;
};

export const hasCarrierReport = (carrierId: string, periodId: string, revision: string) =>
  hasRecord(keys.carrierReport(carrierId, periodId, revision));

export const hasFunderSummary = (periodId: string, revision: string) =>
  hasRecord(keys.funderSummary(periodId, revision));

export const hasUmbrellaSummary = (umbrellaId: string, periodId: string, revision: string) =>
  hasRecord(keys.umbrellaSummary(umbrellaId, periodId, revision));

const latestRecord = async (pk: string, periodId: string): Promise<ReportRecord | undefined> => {
  const { Items } = await dynamo.send(
    new QueryCommand({
      TableName: tableName(),
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
      ExpressionAttributeValues: { ':pk': pk, ':prefix': keys.reportsOfPeriodPrefix(periodId) },
      ScanIndexForward: false,
      Limit: 1,
    }),
  );
  return Items?.[0] as ReportRecord | undefined;
};

export const latestCarrierReport = (carrierId: string, periodId: string) =>
  latestRecord(keys.carrierPartition(carrierId), periodId);

export const latestFunderSummary = (periodId: string) =>
  latestRecord(keys.funderPartition, periodId);

/** An umbrella's summary of the latest close (SPEC §6): its files, HTML in each language. */
export const latestUmbrellaSummary = (periodId: string, umbrellaId: string) =>
  latestRecord(keys.umbrellaSummaryPartition(umbrellaId), periodId);
