import { latestCarrierReport } from '../../shared/data/report-records';
import { authorizedCarrierId } from '../../shared/http/authorize';
import { httpHandler } from '../../shared/http/http-handler';
import { problems } from '../../shared/http/problem';
import { isPartnerId } from '../../shared/schemas/partner-id';
import { reportFileResponse, requestedFormat, requestedLanguage } from './report-response';

/** GET /v1/periods/{periodId}/carriers/{carrierId}/report (SPEC §6): the carrier's own, or admin,
 * in the carrier's language or `?lang=`. */
export const handler = httpHandler(async (event) => {
  const carrierId = await authorizedCarrierId(event);
  const periodId = event.pathParameters?.periodId ?? '';
  if (!isPartnerId(periodId)) throw problems.notFound();
  const format = requestedFormat(event);
  const language = requestedLanguage(event);
  const record = await latestCarrierReport(carrierId, periodId);
  return reportFileResponse(record, format, `tandem-${periodId}-${carrierId}`, language);
});
