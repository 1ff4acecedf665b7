import { SESv2Client } from '@aws-sdk/client-sesv2';
import { clientOnFirstUse } from './client-on-first-use';

// Made on its first request, once per process; AWS_ENDPOINT_URL_SESV2 points it at the local
// SES.
export const ses = clientOnFirstUse(() => new SESv2Client({}));
