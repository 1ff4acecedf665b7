import { randomUUID } from 'node:crypto';
import type { SQSBatchResponse, SQSEvent } from 'aws-lambda';
import { describe, expect, it } from 'vitest';
import { loadHandler, localContext } from '../../local/handlers';
import { claimOnce, reportReadyMailLeaseMs } from '../../shared/data/report-ready-mail';
import { reportEventSource } from '../../shared/events/catalogue';
import { onboardCarrier } from '../support/api';
import { emailsTo, uniqueAddress } from '../support/mailbox';

// Issue 8: the "report ready" e-mail was sent before the report was recorded, so two
// concurrent deliveries of one CarrierReportRequested both sent it. Now the mail is claimed
// with a conditional write (owner and lease) first and marked sent after.

const reportRequested = (carrierId: string, revision: string): SQSEvent => ({
  Records: [
    {
      messageId: randomUUID(),
      receiptHandle: 'local',
      body: JSON.stringify({
        version: '0',
        id: randomUUID(),
        'detail-type': 'CarrierReportRequested',
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
      eventSourceARN: 'arn:aws:sqs:local:000000000000:BuildCarrierReport',
      awsRegion: 'local',
    },
  ],
});

async function buildReport(event: SQSEvent): Promise<SQSBatchResponse> {
  const handler = await loadHandler('reports/build-carrier-report');
  return (await handler(event, localContext('BuildCarrierReport'))) as SQSBatchResponse;
}

const readyMails = async (address: string) =>
  (await emailsTo(address)).filter((email) => email.subject.includes('2025'));

describe('the report-ready e-mail under concurrent deliveries (issue 8)', () => {
  it('is sent once when the same CarrierReportRequested is handled twice at the same moment', async () => {
    const coordinatorEmail = uniqueAddress('coordinator');
    const carrier = await onboardCarrier({ coordinatorEmail });
    const revision = `r-${Date.now()}`;
    const event = reportRequested(carrier.carrierId, revision);

    const outcomes = await Promise.all([buildReport(event), buildReport(event)]);
    expect(outcomes).toEqual([{ batchItemFailures: [] }, { batchItemFailures: [] }]);
    expect(await readyMails(coordinatorEmail)).toHaveLength(1);

    // A later redelivery finds the report recorded and sends nothing.
    expect(await buildReport(event)).toEqual({ batchItemFailures: [] });
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

    expect(await buildReport(reportRequested(carrier.carrierId, revision))).toEqual({
      batchItemFailures: [],
    });
    expect(await readyMails(coordinatorEmail)).toHaveLength(1);
  }, 60_000);
});
