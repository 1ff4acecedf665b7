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
