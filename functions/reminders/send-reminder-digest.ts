import { funderConfig } from '../../shared/config/runtime-env';
import { getCarrier } from '../../shared/data/carriers';
import {
  acquireDigestLease,
  markRemindersSent,
  releaseDigestLease,
  unsentReminders,
} from '../../shared/data/reminders';
import { recipientOf } from '../../shared/domain/reminders';
import { sendEmail } from '../../shared/email/send-email';
import { consumer } from '../../shared/events/consume';
import { renderReminderDigest } from './render-reminder-digest';

/** Longer than a send takes; short enough that a crashed sender's retry soon takes over. */
const leaseMs = 30_000;

export class DigestBusyError extends Error {
  override readonly name = 'DigestBusyError';
}

/**
 * Sends one digest e-mail per carrier, day and level, listing the reminders of the digest
 * that are not sent yet. A crash after sending but before recording can repeat the e-mail
 * once on retry; nothing is lost.
 */
export const handler = consumer('CheckInOverdue', async ({ carrierId, date, level }) => {
  if (!(await acquireDigestLease(carrierId, date, level, leaseMs))) {
    // Another delivery is sending this digest now; retry later for what it may not include.
    throw new DigestBusyError(`Digest ${carrierId} ${date} level ${level} is being sent`);
  }
  try {
    const matches = await unsentReminders(carrierId, date, level);
    if (matches.length === 0) return;
    const carrier = await getCarrier(carrierId);
    if (!carrier) throw new Error(`No carrier ${carrierId}`);
    const config = funderConfig();
    const message = renderReminderDigest({
      language: carrier.language,
      level,
      date,
      carrierName: carrier.name,
      funderName: config.name,
      escalateAfterDays: config.checkInPolicy.escalateAfterDays,
      matches,
    });
    const messageId = await sendEmail(config.senderEmail, recipientOf(level, carrier), message);
    await markRemindersSent(carrierId, date, level, matches, messageId);
  } finally {
    await releaseDigestLease(carrierId, date, level);
  }
});
