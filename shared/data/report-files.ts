import { GetObjectCommand, NoSuchKey, PutObjectCommand } from '@aws-sdk/client-s3';
import { s3 } from '../aws/s3';
import { reportBucketName } from '../config/runtime-names';
import type { Language } from '../i18n/languages';
import type { ReportFormat } from '../schemas/report-formats';

// The bucket of the report files: S3 deployed, a folder under TANDEM_DATA_DIR locally.
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

export async function putReportFile(
  key: string,
  format: ReportFormat,
  body: string,
): Promise<void> {
  await s3.send(
    new PutObjectCommand({
      Bucket: bucket(),
      Key: key,
      Body: body,
      ContentType: contentTypes[format],
    }),
  );
}

export async function getReportFile(key: string): Promise<string | undefined> {
  try {
    const object = await s3.send(new GetObjectCommand({ Bucket: bucket(), Key: key }));
    return await object.Body?.transformToString('utf-8');
  } catch (error) {
    // Without s3:ListBucket (least privilege), S3 answers a missing key with AccessDenied.
    if (error instanceof NoSuchKey || (error as Error).name === 'AccessDenied') return undefined;
    throw error;
  }
}
