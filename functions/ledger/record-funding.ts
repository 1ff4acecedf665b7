import { factVersion } from '../../shared/data/facts';
import { putFundingReport } from '../../shared/data/funding';
import { consumer } from '../../shared/events/consume';
import { noteCarrierFactToday } from '../../shared/data/office-rows';

export const handler = consumer('FundingReported', async (event) => {
  await putFundingReport(
    event.carrierId,
    event.data,
    factVersion(event.occurredAt, event.webhookId),
  );
  await noteCarrierFactToday(event.carrierId);
});
