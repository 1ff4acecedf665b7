import { S3Client } from '@aws-sdk/client-s3';
import { clientOnFirstUse } from './client-on-first-use';

// Made on its first request, once per process; AWS_ENDPOINT_URL_S3 points it at the local
// object store.
export const s3 = clientOnFirstUse(() => new S3Client({}));
