import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { dynamo } from '../aws/dynamo';
import { tableName } from '../config/runtime-names';
import type { FundingReported } from '../schemas/webhooks';
import { putLatestFact } from './facts';
import { keys } from './keys';

/** Keeps the carrier's latest `funding.reported` per period (SPEC §6 uses only the latest). */
export const putFundingReport = (carrierId: string, data: FundingReported, version: string) =>
  putLatestFact(
    keys.funding(carrierId, data.periodId),
    { entity: 'FundingReport', ...data },
    version,
  );

/** The carrier's latest `funding.reported` of a period, as reported; none before the first. */
export async function getFundingReport(
  carrierId: string,
  periodId: string,
): Promise<FundingReported | undefined> {
  const { Item } = await dynamo.send(
    new GetCommand({ TableName: tableName(), Key: keys.funding(carrierId, periodId) }),
  );
  if (!Item) return undefined;
  const { sources, volunteerCount, paidStaffHours } = Item as FundingReported;
  return {
    periodId,
    sources,
    ...(volunteerCount === undefined ? {} : { volunteerCount }),
    ...(paidStaffHours === undefined ? {} : { paidStaffHours }),
  };
}
