import { SendEmailCommand } from '@aws-sdk/client-sesv2';
import { ses } from '../aws/ses';

export interface EmailMessage {
  readonly subject: string;
  readonly text: string;
  readonly html: string;
}

/** Sends one e-mail with a text and an HTML part through SES v2; returns its message id. */
export async function sendEmail(from: string, to: string, message: EmailMessage): Promise<string> {
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
