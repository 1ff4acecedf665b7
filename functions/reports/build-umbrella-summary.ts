import { funderConfig } from '../../shared/config/runtime-env';
import { consumer } from '../../shared/events/consume';
import { putUmbrellaSummary } from './put-umbrella-summaries';

/** One umbrella's summary of a period close (SPEC §6), once the funder summary is built. */
export const handler = consumer(
  'UmbrellaSummaryRequested',
  async ({ periodId, revision, umbrellaId }) =>
    putUmbrellaSummary(periodId, revision, umbrellaId, funderConfig()),
);
