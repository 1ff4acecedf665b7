import { SendEmailCommand } from '@aws-sdk/client-sesv2';
import { ses } from '../aws/ses';
import { funderConfig } from '../config/runtime-env';
import { waitForEmailSlot } from './email-pacer';

export interface EmailMessage {
  readonly subject: string;
  readonly text: string;
  readonly html: string;
}

/**
 * Sends one e-mail with a text and an HTML part through SES v2; returns its message id.
 * Paced: the whole deployment sends at most the funder's `emailRatePerSecond` (SPEC §7). If
 * SES still throttles (`TooManyRequestsException` after the SDK's own retries), the error is
 * thrown: the caller's event fails and is retried later from its queue, and the caller's
 * claim (digest, report mail) keeps the retry from sending twice.
 */
export async function sendEmail(from: string, to: string, message: EmailMessage): Promise<string> {
  await waitForEmailSlot(funderConfig().emailRatePerSecond);
  const result = await ses.send(
    new SendEmailCommand({
      FromEmailAddress: from,
      Destination: { ToAddresses: [to] },
      Content: {
        Simple: {
          Subject: { Data: message.subject, Charset: 'UTF-8' },
          Body: {
            Text: { Data: message.text, Charset: 'UTF-8' },
            Html: { Data: message.html, Charset: 'UTF-8' },
          },
        },
      },
    }),
  );
  return result.MessageId ?? '';
}
