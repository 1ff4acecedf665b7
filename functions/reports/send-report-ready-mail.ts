import { appUrl, funderConfig } from '../../shared/config/runtime-env';
import { getCarrier } from '../../shared/data/carriers';
import {
  claimReportReadyMail,
  markReportReadyMailSent,
  releaseReportReadyMail,
} from '../../shared/data/report-ready-mail';
import { sendEmail } from '../../shared/email/send-email';
import { consumer } from '../../shared/events/consume';
import { reportReadyEmail } from './report-ready-email';

/** The e-mail itself: to the coordinator, in the carrier's language, linking to the report. */
async function sendReportReadyMail(periodId: string, carrierId: string) {
  const carrier = await getCarrier(carrierId);
  if (!carrier) throw new Error(`No carrier ${carrierId}`);
  const config = funderConfig();
  await sendEmail(
    config.senderEmail,
    carrier.coordinatorEmail,
    reportReadyEmail({
      language: carrier.language,
      periodId,
      funderName: config.name,
      link: `${appUrl()}/app/reports/${encodeURIComponent(periodId)}`,
    }),
  );
}

/**
 * Tells the carrier that its report of a close is ready (SPEC §9), once: the report is
 * recorded and counted before this event exists, so a failing send is retried here (and
 * dead-lettered after a day) without holding the close back. Claimed first, so that two
 * deliveries at once never both send; a crash between sending and marking may repeat it once.
 */
export const handler = consumer(
  'ReportReadyMailRequested',
  async ({ periodId, revision, carrierId }) => {
    const claim = await claimReportReadyMail(carrierId, periodId, revision);
    if (claim.state === 'sent') return;
    if (claim.state === 'held') {
      throw new Error(`The report-ready e-mail of ${carrierId}/${periodId} is being sent`);
    }
    try {
      await sendReportReadyMail(periodId, carrierId);
    } catch (error) {
      await releaseReportReadyMail(carrierId, periodId, revision, claim.owner);
      throw error;
    }
    await markReportReadyMailSent(carrierId, periodId, revision, claim.owner);
  },
);
