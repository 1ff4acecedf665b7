import { randomUUID } from 'node:crypto';
import type { SQSBatchResponse, SQSEvent } from 'aws-lambda';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { handler as closeHandler } from '../../functions/reports/close-period';
import { closePeriod } from '../../local/cli/commands';
import { loadHandler, localContext } from '../../local/handlers';
import { ses } from '../../shared/aws/ses';
import { latestCarrierReport, latestFunderSummary } from '../../shared/data/report-records';
import { claimOnce, reportReadyMailLeaseMs } from '../../shared/data/report-ready-mail';
import { reportEventSource } from '../../shared/events/catalogue';
import { onboardCarrier } from '../support/api';
import { emailsTo, uniqueAddress } from '../support/mailbox';
import { useTableOfItsOwn } from '../support/own-table';

// Issue 8: two concurrent deliveries of one notice both sent the "report ready" e-mail. Now
// the mail is claimed with a conditional write (owner and lease) first and marked sent after.
// Issue 16, point 5: the close waited for that e-mail; now the report is recorded and counted
// first and the notice follows from its own event (ReportReadyMailRequested).

const readyMailRequested = (carrierId: string, revision: string): SQSEvent => ({
  Records: [
    {
      messageId: randomUUID(),
      receiptHandle: 'local',
      body: JSON.stringify({
        version: '0',
        id: randomUUID(),
        'detail-type': 'ReportReadyMailRequested',
        source: reportEventSource,
        account: '000000000000',
        time: new Date().toISOString(),
        region: 'local',
        resources: [],
        detail: { periodId: '2025', revision, carrierId },
      }),
      attributes: {
        ApproximateReceiveCount: '1',
        SentTimestamp: String(Date.now()),
        SenderId: 'local',
        ApproximateFirstReceiveTimestamp: String(Date.now()),
      },
      messageAttributes: {},
      md5OfBody: '',
      eventSource: 'aws:sqs',
      eventSourceARN: 'arn:aws:sqs:local:000000000000:SendReportReadyMail',
      awsRegion: 'local',
    },
  ],
});

async function sendNotice(event: SQSEvent): Promise<SQSBatchResponse> {
  const handler = await loadHandler('reports/send-report-ready-mail');
  return (await handler(event, localContext('SendReportReadyMail'))) as SQSBatchResponse;
}

const readyMails = async (address: string) =>
  (await emailsTo(address)).filter((email) => email.subject.includes('2025'));

describe('the report-ready e-mail under concurrent deliveries (issue 8)', () => {
  it('is sent once when the same notice is handled twice at the same moment', async () => {
    const coordinatorEmail = uniqueAddress('coordinator');
    const carrier = await onboardCarrier({ coordinatorEmail });
    const revision = `r-${Date.now()}`;
    const event = readyMailRequested(carrier.carrierId, revision);

    const outcomes = await Promise.all([sendNotice(event), sendNotice(event)]);
    expect(outcomes).toEqual([{ batchItemFailures: [] }, { batchItemFailures: [] }]);
    expect(await readyMails(coordinatorEmail)).toHaveLength(1);

    // A later redelivery finds the mail sent and sends nothing.
    expect(await sendNotice(event)).toEqual({ batchItemFailures: [] });
    expect(await readyMails(coordinatorEmail)).toHaveLength(1);
  }, 60_000);

  it('is sent by a retry when the sender holding the claim died before sending', async () => {
    const coordinatorEmail = uniqueAddress('coordinator');
    const carrier = await onboardCarrier({ coordinatorEmail });
    const revision = `r-${Date.now()}`;
    // A claim whose lease ran out, never marked sent.
    const stale = await claimOnce(
      carrier.carrierId,
      '2025',
      revision,
      Date.now() - 2 * reportReadyMailLeaseMs,
    );
    expect(stale.state).toBe('claimed');

    expect(await sendNotice(readyMailRequested(carrier.carrierId, revision))).toEqual({
      batchItemFailures: [],
    });
    expect(await readyMails(coordinatorEmail)).toHaveLength(1);
  }, 60_000);
});

describe('the period close does not wait for the report-ready e-mail (issue 16, point 5)', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('counts the report and builds the funder summary while SES refuses the mail; sends it once later', async () => {
    await useTableOfItsOwn('report-mail');
    const coordinatorEmail = uniqueAddress('coordinator');
    const carrier = await onboardCarrier({ coordinatorEmail, language: 'ar' });
    const realSend = ses.send.bind(ses);
    // A permanent rejection for this address (sandbox, sending paused); other mail goes out.
    vi.spyOn(ses, 'send').mockImplementation(((command: { input?: unknown }) =>
      JSON.stringify(command.input).includes(coordinatorEmail)
        ? Promise.reject(
            Object.assign(new Error('Email address is not verified.'), {
              name: 'MessageRejected',
            }),
          )
        : realSend(command as never)) as never);

    const started = Date.now();
    // Closed as the schedule does; the CLI then waits for the funder summary.
    const close = await closePeriod(
      (_id, input) => closeHandler(input as { periodId: string }),
      '2025',
      { timeoutMs: 60_000, pollMs: 200 },
    );
    expect(close).toMatchObject({ periodId: '2025', carriers: 1, reports: 1 });
    // Without waiting for the mail's retries (a day of them, deployed).
    expect(Date.now() - started).toBeLessThan(30_000);
    const record = await latestCarrierReport(carrier.carrierId, '2025');
    expect(await latestFunderSummary('2025')).toBeDefined();
    expect(record).toBeDefined();
    expect(await emailsTo(coordinatorEmail)).toEqual([]);

    // SES works again: the notice's retry (here: its redelivery) sends it, once.
    vi.restoreAllMocks();
    const notice = readyMailRequested(carrier.carrierId, String(record!.revision));
    expect(await sendNotice(notice)).toEqual({ batchItemFailures: [] });
    expect(await sendNotice(notice)).toEqual({ batchItemFailures: [] });
    const mails = await emailsTo(coordinatorEmail);
    expect(mails).toHaveLength(1);
    // In the carrier's language, linking to the report's page: no API path, no key.
    const mail = mails[0]!;
    expect(mail.body.html).toContain('lang="ar"');
    expect(mail.body.html).toContain('dir="rtl"');
    expect(mail.body.text).toMatch(/http:\/\/127\.0\.0\.1:\d+\/app\/reports\/2025\b/);
    expect(`${mail.body.text} ${mail.body.html}`).not.toMatch(/\/v1\/|API|key/i);
  }, 120_000);
});
