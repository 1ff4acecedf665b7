import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { contentTypes, getReportFile } from '../../shared/data/report-files';
import type { ReportRecord } from '../../shared/data/report-records';
import { problems } from '../../shared/http/problem';
import { reportFormats, type ReportFormat } from '../../shared/schemas/reports';

/** `?format=json|csv|html`, JSON when absent; anything else is a 400. */
export function requestedFormat(event: APIGatewayProxyEventV2): ReportFormat {
  const format = event.queryStringParameters?.format ?? 'json';
  if (!(reportFormats as readonly string[]).includes(format)) {
    throw problems.badRequest(`format must be one of ${reportFormats.join(', ')}`);
  }
  return format as ReportFormat;
}

/** The report file of the latest revision, as the client asked for it. */
export async function reportFileResponse(
  record: ReportRecord | undefined,
  format: ReportFormat,
  downloadName: string,
): Promise<APIGatewayProxyStructuredResultV2> {
  if (!record) throw problems.notFound();
  const body = await getReportFile(record.files[format]);
  if (body === undefined) throw problems.notFound();
  return {
    statusCode: 200,
    headers: {
      'content-type': contentTypes[format],
      'x-report-revision': record.revision,
      ...(format === 'csv'
        ? { 'content-disposition': `attachment; filename="${downloadName}.csv"` }
        : {}),
    },
    body,
  };
}
