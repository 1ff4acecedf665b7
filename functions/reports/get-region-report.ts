import { getRegionReportRecord } from '../../shared/data/region-report-records';
import { contentTypes } from '../../shared/data/report-files';
import { latestFunderSummary } from '../../shared/data/report-records';
import { isRegionKey } from '../../shared/domain/reports/region-keys';
import { authenticate } from '../../shared/http/authorize';
import { httpHandler } from '../../shared/http/http-handler';
import { problems } from '../../shared/http/problem';
import type { SuppressedRegionReport } from '../../shared/schemas/region-report';
import { isPartnerId } from '../../shared/schemas/partner-id';
import { suppressedRegionCsv, suppressedRegionHtml } from './render/region-suppressed';
import {
  reportFileResponse,
  reportSecurityHeaders,
  requestedFormat,
  requestedLanguage,
} from './report-response';

/**
 * GET /v1/periods/{periodId}/regions/{regionKey}/report (SPEC §13), admin key only: the
 * stored report of a given region of the latest close, else the suppressed answer, which
 * says nothing of the region but its key (no count; the same for a key with no carriers).
 * Reads the latest summary record and the region's record: no fact, no part of the close.
 */
export const handler = httpHandler(async (event) => {
  const scope = await authenticate(event);
  if (scope.kind !== 'admin') throw problems.notFound();
  const periodId = event.pathParameters?.periodId ?? '';
  if (!isPartnerId(periodId)) throw problems.notFound();
  const regionKey = event.pathParameters?.regionKey ?? '';
  if (!isRegionKey(regionKey)) {
    throw problems.badRequest('regionKey must be a regional key of 2, 5 or 8 digits');
  }
  const format = requestedFormat(event);
  const language = requestedLanguage(event);
  const close = await latestFunderSummary(periodId);
  if (!close) throw problems.notFound();
  const record = await getRegionReportRecord(periodId, close.revision, regionKey);
  if (record) {
    return reportFileResponse(record, format, `tandem-${periodId}-region-${regionKey}`, language);
  }
  const suppressed: SuppressedRegionReport = {
    periodId,
    region: { key: regionKey, carriers: null },
    suppressed: true,
  };
  const body =
    format === 'json'
      ? JSON.stringify(suppressed, null, 2)
      : format === 'csv'
        ? suppressedRegionCsv(suppressed)
        : suppressedRegionHtml(suppressed, language ?? close.language ?? 'de');
  return {
    statusCode: 200,
    headers: {
      ...reportSecurityHeaders,
      'content-type': contentTypes[format],
      'x-report-revision': close.revision,
      ...(format === 'csv'
        ? {
            'content-disposition': `attachment; filename="tandem-${periodId}-region-${regionKey}.csv"`,
          }
        : {}),
    },
    body,
  };
});
