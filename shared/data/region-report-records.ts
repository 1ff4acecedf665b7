import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { dynamo } from '../aws/dynamo';
import { tableName } from '../config/runtime-names';
import { writeIfCondition } from './conditional';
import { keys } from './keys';
import type { ReportRecord } from './report-records';

/**
 * Where a given region's report files of one close are (SPEC §13). Only given regions have
 * one: a key without a record is answered as suppressed, so the table says nothing more.
 * Written before the close's funder summary record, which makes the close's revision latest.
 */
export const putRegionReportRecord = (regionKey: string, record: ReportRecord) =>
  writeIfCondition(() =>
    dynamo.send(
      new PutCommand({
        TableName: tableName(),
        Item: {
          ...keys.regionReport(record.periodId, record.revision, regionKey),
          entity: 'RegionReport',
          regionKey,
          ...record,
        },
        ConditionExpression: 'attribute_not_exists(pk)',
      }),
    ),
  );

/** One GetItem: the region's record of that close, if the region was given. */
export async function getRegionReportRecord(
  periodId: string,
  revision: string,
  regionKey: string,
): Promise<ReportRecord | undefined> {
  const { Item } = await dynamo.send(
    new GetCommand({
      TableName: tableName(),
      Key: keys.regionReport(periodId, revision, regionKey),
    }),
  );
  return Item as ReportRecord | undefined;
}
