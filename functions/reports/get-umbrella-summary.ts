import { latestUmbrellaSummary } from '../../shared/data/report-records';
import { authenticate } from '../../shared/http/authorize';
import { httpHandler } from '../../shared/http/http-handler';
import { problems } from '../../shared/http/problem';
import { isPartnerId } from '../../shared/schemas/partner-id';
import { reportFileResponse, requestedFormat, requestedLanguage } from './report-response';

/** GET /v1/periods/{periodId}/umbrellas/{umbrellaId}/report (SPEC §6): an umbrella's summary,
 * admin key only, in the funder's language or `?lang=`. No record: not closed, or no such
 * umbrella at the close (404 alike). */
export const handler = httpHandler(async (event) => {
  const scope = await authenticate(event);
  // A carrier's key sees no summary, as if there were none.
  if (scope.kind !== 'admin') throw problems.notFound();
  const periodId = event.pathParameters?.periodId ?? '';
  const umbrellaId = event.pathParameters?.umbrellaId ?? '';
  if (!isPartnerId(periodId) || !isPartnerId(umbrellaId)) throw problems.notFound();
  const format = requestedFormat(event);
  const language = requestedLanguage(event);
  return reportFileResponse(
    await latestUmbrellaSummary(periodId, umbrellaId),
    format,
    `tandem-${periodId}-umbrella-${umbrellaId}`,
    language,
  );
});
