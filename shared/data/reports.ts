import { GetCommand, PutCommand, QueryCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { dynamo } from '../aws/dynamo';
import { tableName } from '../config/runtime-env';
import type { PeriodTally } from '../domain/reports/period-tally';
import type { CarrierStanding, ReportMatch } from '../domain/reports/report-inputs';
import type { FundingReported } from '../schemas/webhooks';
import { writeIfCondition } from './conditional';
import { keys, type ItemKey } from './keys';
import { queryAll } from './query-all';

/**
 * A carrier's facts for a report, from its own partition: one query, never a scan. Only
 * matches with `match.created` take part (SPEC §6); participants are not read at all.
 */
export async function readReportInputs(carrierId: string, periodId: string) {
  const [facts, funding] = await Promise.all([
    queryAll({
      TableName: tableName(),
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
      ExpressionAttributeValues: {
        ':pk': keys.carrierPartition(carrierId),
        ':prefix': keys.allMatchFactsPrefix,
      },
      // Only dates and flags: a report never reads a participant id.
      ProjectionExpression: '#fact, #match, #started, #ended, #reason, #occurred, #concern',
      ExpressionAttributeNames: {
        '#fact': 'fact',
        '#match': 'matchId',
        '#started': 'startedOn',
        '#ended': 'endedOn',
        '#reason': 'reason',
        '#occurred': 'occurredOn',
        '#concern': 'concern',
      },
      ConsistentRead: true,
    }),
    dynamo.send(
      new GetCommand({
        TableName: tableName(),
        Key: keys.funding(carrierId, periodId),
        ConsistentRead: true,
      }),
    ),
  ]);
  const byMatch = new Map<
    string,
    {
      startedOn?: string;
      endedOn?: string;
      endReason?: string;
      checkIns: ReportMatch['checkIns'][number][];
    }
  >();
  for (const item of facts) {
    const matchId = String(item.matchId);
    const match = byMatch.get(matchId) ?? { checkIns: [] };
    if (item.fact === 'created') match.startedOn = String(item.startedOn);
    else if (item.fact === 'ended') {
      match.endedOn = String(item.endedOn);
      match.endReason = String(item.reason);
    } else
      match.checkIns.push({ occurredOn: String(item.occurredOn), concern: item.concern === true });
    byMatch.set(matchId, match);
  }
  const matches: ReportMatch[] = [];
  for (const [matchId, match] of byMatch) {
    if (!match.startedOn) continue;
    matches.push({
      matchId,
      startedOn: match.startedOn,
      ...(match.endedOn
        ? { endedOn: match.endedOn, endReason: match.endReason as ReportMatch['endReason'] }
        : {}),
      checkIns: match.checkIns,
    });
  }
  const fundingReport = funding.Item as Pick<FundingReported, 'sources'> | undefined;
  return { matches, funding: fundingReport ? { sources: fundingReport.sources } : undefined };
}

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

/** A carrier's report record: where its files are. Immutable; a new close adds a revision. */
export interface ReportRecord {
  readonly periodId: string;
  readonly revision: string;
  readonly generatedAt: string;
  readonly files: Record<'json' | 'csv' | 'html', string>;
}

export const putCarrierReportRecord = (carrierId: string, record: ReportRecord) =>
  putRecord(
    keys.carrierReport(carrierId, record.periodId, record.revision),
    'CarrierReport',
    record,
  );

export const putFunderSummaryRecord = (record: ReportRecord) =>
  putRecord(keys.funderSummary(record.periodId, record.revision), 'FunderSummary', record);

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

/** What the funder summary needs of each carrier, kept with its part of the close. */
export interface CarrierClosePart {
  readonly carrierId: string;
  readonly tally: PeriodTally;
  readonly standing: CarrierStanding;
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
  }));
}
