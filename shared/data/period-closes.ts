import { GetCommand, PutCommand, QueryCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { dynamo } from '../aws/dynamo';
import { tableName } from '../config/runtime-env';
import { fundingUnitsOf, type FundingUnits } from '../domain/reports/funding-comparison';
import type { PeriodTally } from '../domain/reports/period-tally';
import type { CarrierStanding } from '../domain/reports/report-inputs';
import { writeIfCondition } from './conditional';
import { keys } from './keys';
import { queryAll } from './query-all';

/** Starts a period close: how many carriers it waits for. */
export const putPeriodClose = (
  periodId: string,
  revision: string,
  carriersTotal: number,
  closedAt: string,
) =>
  writeIfCondition(() =>
    dynamo.send(
      new PutCommand({
        TableName: tableName(),
        Item: {
          ...keys.periodClose(periodId, revision),
          entity: 'PeriodClose',
          periodId,
          revision,
          carriersTotal,
          closedAt,
        },
        ConditionExpression: 'attribute_not_exists(pk)',
      }),
    ),
  );

export async function getPeriodClose(periodId: string, revision: string) {
  const { Item } = await dynamo.send(
    new GetCommand({
      TableName: tableName(),
      Key: keys.periodClose(periodId, revision),
      ConsistentRead: true,
    }),
  );
  return Item as { carriersTotal: number; carriersDone?: number; closedAt: string } | undefined;
}

/** What the funder summary needs of each carrier, kept with its part of the close. */
export interface CarrierClosePart {
  readonly carrierId: string;
  readonly tally: PeriodTally;
  readonly standing: CarrierStanding;
  /** What each funding model multiplies by a rate: what-ifs read these, never facts. */
  readonly units: FundingUnits;
}

/**
 * Records that a carrier's report of the close is written, and returns whether every
 * carrier's is. The counter may count a retried carrier twice (no transactions), so when it
 * reaches the total, the carriers' entries themselves are counted before anyone is told.
 */
export async function completeCarrierPart(
  periodId: string,
  revision: string,
  part: CarrierClosePart,
): Promise<boolean> {
  await dynamo.send(
    new PutCommand({
      TableName: tableName(),
      Item: {
        ...keys.periodCloseCarrier(periodId, revision, part.carrierId),
        entity: 'PeriodCloseCarrier',
        ...part,
      },
    }),
  );
  const { Attributes } = await dynamo.send(
    new UpdateCommand({
      TableName: tableName(),
      Key: keys.periodClose(periodId, revision),
      UpdateExpression: 'ADD carriersDone :one',
      ExpressionAttributeValues: { ':one': 1 },
      ReturnValues: 'ALL_NEW',
    }),
  );
  if (Number(Attributes?.carriersDone) < Number(Attributes?.carriersTotal)) return false;
  return (await countCarrierParts(periodId, revision)) >= Number(Attributes?.carriersTotal);
}

/** How far a close got: the carriers it waits for and the carrier reports written. */
export async function closeProgress(periodId: string, revision: string) {
  const close = await getPeriodClose(periodId, revision);
  return {
    carriers: close?.carriersTotal ?? 0,
    reports: close ? await countCarrierParts(periodId, revision) : 0,
  };
}

async function countCarrierParts(periodId: string, revision: string): Promise<number> {
  let count = 0;
  let startKey: Record<string, unknown> | undefined;
  do {
    const page = await dynamo.send(
      new QueryCommand({
        TableName: tableName(),
        KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
        ExpressionAttributeValues: {
          ':pk': keys.periodPartition(periodId),
          ':prefix': keys.periodCloseCarriersPrefix(revision),
        },
        Select: 'COUNT',
        ConsistentRead: true,
        ExclusiveStartKey: startKey,
      }),
    );
    count += page.Count ?? 0;
    startKey = page.LastEvaluatedKey;
  } while (startKey);
  return count;
}

/** Every carrier's part of a close, for the funder summary. */
export async function carrierParts(
  periodId: string,
  revision: string,
): Promise<CarrierClosePart[]> {
  const items = await queryAll({
    TableName: tableName(),
    KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
    ExpressionAttributeValues: {
      ':pk': keys.periodPartition(periodId),
      ':prefix': keys.periodCloseCarriersPrefix(revision),
    },
    ConsistentRead: true,
  });
  return items.map((item) => ({
    carrierId: String(item.carrierId),
    tally: item.tally as PeriodTally,
    standing: item.standing as CarrierStanding,
    // Parts written before units were kept: the same figures, from the tally.
    units: (item.units as FundingUnits | undefined) ?? fundingUnitsOf(item.tally as PeriodTally),
  }));
}

/**
 * What a what-if needs of each carrier of a close: its units and standing, without the tally
 * (one query of the close's carrier parts; no fact is read).
 */
export async function carrierUnits(
  periodId: string,
  revision: string,
): Promise<Pick<CarrierClosePart, 'units' | 'standing'>[]> {
  const items = await queryAll({
    TableName: tableName(),
    KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
    ExpressionAttributeValues: {
      ':pk': keys.periodPartition(periodId),
      ':prefix': keys.periodCloseCarriersPrefix(revision),
    },
    ProjectionExpression: '#units, standing, tally.#new, tally.activeDays, tally.supportedMonths',
    ExpressionAttributeNames: { '#units': 'units', '#new': 'new' },
  });
  return items.map((item) => ({
    standing: item.standing as CarrierStanding,
    units:
      (item.units as FundingUnits | undefined) ??
      fundingUnitsOf(item.tally as Pick<PeriodTally, 'new' | 'activeDays' | 'supportedMonths'>),
  }));
}
