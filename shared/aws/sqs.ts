import { SQSClient } from '@aws-sdk/client-sqs';

// Created once per process. Requests go to the queue URL's own host (the SDK's default).
export const sqs = new SQSClient({});
