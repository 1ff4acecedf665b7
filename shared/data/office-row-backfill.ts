import { tableName } from '../config/runtime-env';
import type { Carrier } from '../schemas/carrier';
import { keys } from './keys';
import { getOfficeRow, noteStoredFactDays, putOfficeRow } from './office-rows';
import { queryAll } from './query-all';

/**
 * The days of a carrier's first and latest stored facts, from their versions (the partner's
 * timestamp leads each, facts.ts): the closest a backfill comes to when they arrived. Days
 * in UTC; none without a fact.
 */
async function storedFactDays(carrierId: string) {
  const prefixes = [
    keys.allMatchFactsPrefix,
    keys.participant(carrierId, '').sk,
    keys.funding(carrierId, '').sk,
  ];
  const versions = (
    await Promise.all(
      prefixes.map((prefix) =>
        queryAll({
          TableName: tableName(),
          KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
          ExpressionAttributeValues: { ':pk': keys.carrierPartition(carrierId), ':prefix': prefix },
          ProjectionExpression: '#version',
          ExpressionAttributeNames: { '#version': 'version' },
        }),
      ),
    )
  )
    .flat()
    .map((item) => item.version)
    .filter((version): version is string => typeof version === 'string')
    .sort();
  const [first, last] = [versions[0], versions.at(-1)];
  return first && last ? { firstOn: first.slice(0, 10), lastOn: last.slice(0, 10) } : undefined;
}

/**
 * `tandem backfill` for the office (SPEC §12): the row of a carrier created before rows
 * existed, and the days of its stored facts when the row lacks them (else it would show as
 * invited). The daily figures refresh fills in its figures. True when a row was written.
 */
export async function backfillOfficeRow(carrier: Carrier): Promise<boolean> {
  const row = await getOfficeRow(carrier.carrierId);
  if (!row) await putOfficeRow(carrier);
  if (row?.firstFactOn !== undefined) return false;
  const days = await storedFactDays(carrier.carrierId);
  const noted = days !== undefined && (await noteStoredFactDays(carrier.carrierId, days));
  return !row || noted;
}
