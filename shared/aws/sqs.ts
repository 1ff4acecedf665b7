import { SQSClient } from '@aws-sdk/client-sqs';
import { clientOnFirstUse } from './client-on-first-use';

// Made on its first request, once per process. Requests go to the queue URL's own host (the
// SDK's default).
export const sqs = clientOnFirstUse(() => new SQSClient({}));
