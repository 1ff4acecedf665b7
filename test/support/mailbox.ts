import { randomUUID } from 'node:crypto';
import { localSystem } from './local-system-instance';

export interface SentEmail {
  readonly from: string;
  readonly destination: { readonly to: readonly string[] };
  readonly subject: string;
  readonly body: { readonly html?: string; readonly text?: string };
}

/** Every e-mail the local SES has taken so far. */
export async function sentEmails(): Promise<SentEmail[]> {
  const response = await fetch(`${localSystem().urls.ses}/store`);
  return ((await response.json()) as { emails: SentEmail[] }).emails;
}

/** The e-mails sent to one address. */
export const emailsTo = async (address: string) =>
  (await sentEmails()).filter((email) => email.destination.to.includes(address));

/** An address no other test uses, so a shared mail store stays readable per test. */
export const uniqueAddress = (role: string) =>
  `${role}-${randomUUID().slice(0, 8)}@traeger.example`;
