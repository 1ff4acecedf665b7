import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { dynamo } from '../aws/dynamo';
import { tableName } from '../config/runtime-env';
import type { ReportMatch } from '../domain/reports/report-inputs';
import type { FundingReported } from '../schemas/webhooks';
import { keys } from './keys';
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
      // Only dates and flags (and whom a check-in reached): a report never reads a participant id.
      ProjectionExpression: '#fact, #match, #started, #ended, #reason, #occurred, #concern, #with',
      ExpressionAttributeNames: {
        '#fact': 'fact',
        '#match': 'matchId',
        '#started': 'startedOn',
        '#ended': 'endedOn',
        '#reason': 'reason',
        '#occurred': 'occurredOn',
        '#concern': 'concern',
        '#with': 'with',
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
      match.checkIns.push({
        occurredOn: String(item.occurredOn),
        concern: item.concern === true,
        with: item.with as ReportMatch['checkIns'][number]['with'],
      });
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
