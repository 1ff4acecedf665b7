import type { CarrierFigureInputs, ReportedFunding } from '../domain/office-figures';
import type { RiskInput } from '../domain/match-risk';
import { tableName } from '../config/runtime-env';
import { keys } from './keys';
import { queryAll } from './query-all';
import { readReportInputs } from './report-inputs';

/** What the at-risk rule and the overdue count read of a summary: dates, never participants. */
const summaryFields: readonly (keyof RiskInput)[] = [
  'status',
  'startedOn',
  'nextDueOn',
  'lastConcernOn',
  'lastMenteeContactOn',
];

async function readSummaries(carrierId: string): Promise<RiskInput[]> {
  const items = await queryAll({
    TableName: tableName(),
    KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
    ExpressionAttributeValues: {
      ':pk': keys.carrierPartition(carrierId),
      ':prefix': keys.matchSummaryPrefix,
    },
    ProjectionExpression: summaryFields.map((_, index) => `#f${index}`).join(', '),
    ExpressionAttributeNames: Object.fromEntries(
      summaryFields.map((field, index) => [`#f${index}`, field]),
    ),
  });
  // A field a summary stored before it existed lacks is null, as summaryFromItem reads it.
  return items.map(
    (item) =>
      Object.fromEntries(
        summaryFields.map((field) => [field, item[field] ?? null]),
      ) as unknown as RiskInput,
  );
}

async function readFunding(carrierId: string): Promise<ReportedFunding[]> {
  const items = await queryAll({
    TableName: tableName(),
    KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
    ExpressionAttributeValues: {
      ':pk': keys.carrierPartition(carrierId),
      ':prefix': keys.funding(carrierId, '').sk,
    },
    ProjectionExpression: '#period, #sources',
    ExpressionAttributeNames: { '#period': 'periodId', '#sources': 'sources' },
  });
  return items.map((item) => ({
    periodId: String(item.periodId),
    sources: (item.sources ?? []) as ReportedFunding['sources'],
  }));
}

/**
 * A carrier's figure inputs (SPEC §12), from its own partition: its matches as a period close
 * reads them (`readReportInputs`, which also reads the funding of `periodId`: pass the current
 * period), its match summaries' dates and its funding reports of every period.
 */
export async function readCarrierFigureInputs(
  carrierId: string,
  periodId: string,
): Promise<CarrierFigureInputs> {
  const [{ matches }, summaries, funding] = await Promise.all([
    readReportInputs(carrierId, periodId),
    readSummaries(carrierId),
    readFunding(carrierId),
  ]);
  return { matches, summaries, funding };
}
