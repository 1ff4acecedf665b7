import { s3Reader } from '../aws/s3-object-reader';
import { reportBucketName } from '../config/runtime-names';
import type { Language } from '../i18n/languages';
import type { ReportFormat } from '../schemas/report-formats';

// The bucket of the report files: S3 deployed, a folder under TANDEM_DATA_DIR locally. Read
// without the S3 client (shared/aws/s3-object-reader.ts); written by report-file-writer.ts.
const bucket = reportBucketName;

export const contentTypes: Record<ReportFormat, string> = {
  json: 'application/json',
  csv: 'text/csv; charset=utf-8',
  html: 'text/html; charset=utf-8',
};

/** Where a report file lives: one folder per period and revision, never overwritten. */
export const reportFileKey = (
  periodId: string,
  revision: string,
  name: string,
  format: ReportFormat,
): string => `${periodId}/${revision}/${name}.${format}`;

/** Where a report's HTML page in one language lives, next to its other files. */
export const reportHtmlFileKey = (
  periodId: string,
  revision: string,
  name: string,
  language: Language,
): string => `${periodId}/${revision}/${name}.${language}.html`;

/** A stored report file, or undefined when there is none (yet). */
export const getReportFile = (key: string): Promise<string | undefined> =>
  s3Reader.read(bucket(), key);
