import { KMSClient } from '@aws-sdk/client-kms';

// Created once per process; used only where a webhook secret or an erasure key is needed.
export const kms = new KMSClient({});
