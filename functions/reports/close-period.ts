import { logger } from '../../shared/aws/logger';
import { funderConfig } from '../../shared/config/runtime-env';
import { reportEventSource } from '../../shared/events/catalogue';
import { publishEvent } from '../../shared/events/publish';
import { englishErrorMessages } from '../../shared/schemas/error-messages';
import { partnerId } from '../../shared/schemas/primitives';
import { periodOf } from './period-of';

/** A revision id that sorts by time and is safe in keys and file names. */
const revisionAt = (closedAt: Date) => closedAt.toISOString().replace(/[:.]/g, '-');

/**
 * Closes a funding period (SPEC §6): invoked by the schedule the day after the period ends,
 * or by `tandem periods close`. Each call is a new revision; earlier reports stay as written.
 */
export const handler = async (event: { periodId?: unknown }) => {
  const periodId = partnerId.parse(event.periodId, englishErrorMessages);
  periodOf(funderConfig(), periodId);
  const closedAt = new Date();
  const revision = revisionAt(closedAt);
  await publishEvent(reportEventSource, {
    detailType: 'FundingPeriodClosed',
    detail: { periodId, revision, closedAt: closedAt.toISOString() },
  });
  logger.info('Funding period closed', { periodId, revision });
  return { periodId, revision };
};
