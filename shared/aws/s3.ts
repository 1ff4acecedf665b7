import { S3Client } from '@aws-sdk/client-s3';

// Created once per process; AWS_ENDPOINT_URL_S3 points it at the local object store.
export const s3 = new S3Client({});
