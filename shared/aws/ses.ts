import { SESv2Client } from '@aws-sdk/client-sesv2';

// Created once per process; AWS_ENDPOINT_URL_SESV2 points it at the local SES.
export const ses = new SESv2Client({});
