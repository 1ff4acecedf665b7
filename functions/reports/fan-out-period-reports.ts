import { listCarrierIds } from '../../shared/data/carriers';
import { putPeriodClose } from '../../shared/data/period-closes';
import { reportEventSource } from '../../shared/events/catalogue';
import { consumer } from '../../shared/events/consume';
import { publishEvent, publishEvents } from '../../shared/events/publish';

/**
 * One report job per carrier, so that thousands of carriers never meet in one long-running
 * function. The close remembers how many carriers it waits for.
 */
export const handler = consumer('FundingPeriodClosed', async ({ periodId, revision, closedAt }) => {
  const carrierIds = await listCarrierIds();
  await putPeriodClose(periodId, revision, carrierIds.length, closedAt);
  if (carrierIds.length === 0) {
    await publishEvent(reportEventSource, {
      detailType: 'FunderSummaryRequested',
      detail: { periodId, revision },
    });
    return;
  }
  await publishEvents(
    reportEventSource,
    carrierIds.map((carrierId) => ({
      detailType: 'CarrierReportRequested' as const,
      detail: { periodId, revision, carrierId },
    })),
  );
});
