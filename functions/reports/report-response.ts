import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { contentTypes, getReportFile } from '../../shared/data/report-files';
import { reportHtmlFile, type ReportRecord } from '../../shared/data/report-records';
import { isLanguage, languages, type Language } from '../../shared/i18n/languages';
import { problems } from '../../shared/http/problem';
import { reportFormats, type ReportFormat } from '../../shared/schemas/report-formats';
import { reportPageScriptSources } from './render/funding-what-if-script';

/** `?format=json|csv|html`, JSON when absent; anything else is a 400. */
export function requestedFormat(event: APIGatewayProxyEventV2): ReportFormat {
  const format = event.queryStringParameters?.format ?? 'json';
  if (!(reportFormats as readonly string[]).includes(format)) {
    throw problems.badRequest(`format must be one of ${reportFormats.join(', ')}`);
  }
  return format as ReportFormat;
}

/**
 * `?lang=`, one of the languages of SPEC §5, for the HTML page; absent, the reader's own
 * (the carrier's, the funder's). Anything else is a 400.
 */
export function requestedLanguage(event: APIGatewayProxyEventV2): Language | undefined {
  const language = event.queryStringParameters?.lang;
  if (language === undefined) return undefined;
  if (!isLanguage(language))
    throw problems.badRequest(`lang must be one of ${languages.join(', ')}`);
  return language;
}

/**
 * Every report answer: never sniffed into another type, never cached (it holds a carrier's
 * figures behind a key), and, opened as a page, unable to load, run or frame anything. The
 * HTML report is self-contained (html-page.ts): its one `<style>` element needs inline
 * styles, and the funder summary's what-if form runs one inline script, allowed by its
 * hash alone; it has no images or fonts, so nothing else is allowed.
 */
export const reportSecurityHeaders = {
  'x-content-type-options': 'nosniff',
  'cache-control': 'no-store',
  'content-security-policy': `default-src 'none'; style-src 'unsafe-inline'; script-src ${reportPageScriptSources.join(' ')}; base-uri 'none'; form-action 'none'; frame-ancestors 'none'`,
} as const;

/** The report file of the latest revision, as the client asked for it. */
export async function reportFileResponse(
  record: ReportRecord | undefined,
  format: ReportFormat,
  downloadName: string,
  language?: Language,
): Promise<APIGatewayProxyStructuredResultV2> {
  if (!record) throw problems.notFound();
  const key = format === 'html' ? reportHtmlFile(record, language) : record.files[format];
  const body = await getReportFile(key);
  if (body === undefined) throw problems.notFound();
  return {
    statusCode: 200,
    headers: {
      ...reportSecurityHeaders,
      'content-type': contentTypes[format],
      'x-report-revision': record.revision,
      ...(format === 'csv'
        ? { 'content-disposition': `attachment; filename="${downloadName}.csv"` }
        : {}),
    },
    body,
  };
}
