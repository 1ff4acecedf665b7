import { PutObjectCommand } from '@aws-sdk/client-s3';
import { s3 } from '../aws/s3';
import { reportBucketName } from '../config/runtime-names';
import type { ReportFormat } from '../schemas/report-formats';
import { contentTypes } from './report-files';

// Writing report files needs the S3 client; only the close's functions carry it.

export async function putReportFile(
  key: string,
  format: ReportFormat,
  body: string,
): Promise<void> {
  await s3.send(
    new PutObjectCommand({
      Bucket: reportBucketName(),
      Key: key,
      Body: body,
      ContentType: contentTypes[format],
    }),
  );
}
