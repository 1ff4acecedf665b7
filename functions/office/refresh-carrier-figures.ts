import { funderConfig } from '../../shared/config/runtime-env';
import { readCarrierFigureInputs } from '../../shared/data/carrier-figure-inputs';
import { putCarrierFigures } from '../../shared/data/office-rows';
import { carrierFigures, currentPeriod } from '../../shared/domain/office-figures';
import type { EventDetail } from '../../shared/events/catalogue';
import { consumer } from '../../shared/events/consume';

/**
 * One carrier's office figures as of the sweep's day (SPEC §12): read from its own partition,
 * written to its office row, so that the office's pages never read a match.
 */
export async function refreshCarrierFigures(
  event: EventDetail<'CarrierFiguresRequested'>,
): Promise<void> {
  const config = funderConfig();
  const periodId = (currentPeriod(config, event.date) ?? config.periods[0]!).id;
  const inputs = await readCarrierFigureInputs(event.carrierId, periodId);
  await putCarrierFigures(event.carrierId, carrierFigures(inputs, event.date, config));
}

export const handler = consumer('CarrierFiguresRequested', refreshCarrierFigures);
