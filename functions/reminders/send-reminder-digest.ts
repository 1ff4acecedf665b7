import { randomUUID } from 'node:crypto';
import { appUrl, funderConfig } from '../../shared/config/runtime-env';
import { getCarrier } from '../../shared/data/carriers';
import { createLinkToken } from '../../shared/data/link-tokens';
import {
  acquireDigestLease,
  markRemindersSent,
  releaseDigestLease,
  unsentReminders,
} from '../../shared/data/reminders';
import { digestPlanOf } from '../../shared/domain/reminders';
import { contactDoneTokenMs } from '../../shared/domain/web-access';
import { sendEmail } from '../../shared/email/send-email';
import { consumer } from '../../shared/events/consume';
import { renderReminderDigest } from './render-reminder-digest';

/** Longer than a send takes; short enough that a crashed sender's retry soon takes over. */
const leaseMs = 30_000;

export class DigestBusyError extends Error {
  override readonly name = 'DigestBusyError';
}

/**
 * Sends one digest e-mail per recipient, carrier and day (SPEC §5), listing the reminders
 * not sent yet, each with its "contact done" link (SPEC §9). A carrier without a lead gets
 * both lists in the coordinator's one e-mail: whichever level's event comes first sends
 * both, under one lease, and the other then finds nothing left. A crash after sending but
 * before recording can repeat the e-mail once on retry; nothing is lost.
 */
export const handler = consumer('CheckInOverdue', async ({ carrierId, date, level }) => {
  const carrier = await getCarrier(carrierId);
  if (!carrier) throw new Error(`No carrier ${carrierId}`);
  const plan = digestPlanOf(level, carrier);
  const owner = randomUUID();
  if (!(await acquireDigestLease(carrierId, date, plan.leaseLevel, leaseMs, owner))) {
    // Another delivery is sending this digest now; retry later for what it may not include.
    throw new DigestBusyError(`Digest ${carrierId} ${date} level ${plan.leaseLevel} is being sent`);
  }
  try {
    const sections = await Promise.all(
      plan.levels.map(async (listLevel) => ({
        level: listLevel,
        matches: await unsentReminders(carrierId, date, listLevel),
      })),
    );
    if (sections.every((section) => section.matches.length === 0)) return;
    // A match on both lists is shown once, on the escalation list.
    const escalated = new Set(
      sections.filter((s) => s.level === 2).flatMap((s) => s.matches.map((m) => m.matchId)),
    );
    const shown = sections.map((section) => ({
      level: section.level,
      matches:
        section.level === 1
          ? section.matches.filter((match) => !escalated.has(match.matchId))
          : section.matches,
    }));
    const base = appUrl();
    const matchIds = [...new Set(sections.flatMap((s) => s.matches.map((m) => m.matchId)))];
    const contactDoneLinks = new Map<string, string>();
    for (const matchId of matchIds) {
      const token = await createLinkToken(
        { kind: 'contactDone', carrierId, matchId },
        contactDoneTokenMs,
      );
      contactDoneLinks.set(matchId, `${base}/app/r/${token}`);
    }
    const config = funderConfig();
    const message = renderReminderDigest({
      language: carrier.language,
      recipient: plan.recipient,
      sections: shown,
      date,
      carrierName: carrier.name,
      funderName: config.name,
      escalateAfterDays: config.checkInPolicy.escalateAfterDays,
      contactDoneLinks,
    });
    const messageId = await sendEmail(config.senderEmail, plan.to, message);
    for (const section of sections) {
      if (section.matches.length === 0) continue;
      await markRemindersSent(carrierId, date, section.level, section.matches, messageId);
    }
  } finally {
    await releaseDigestLease(carrierId, date, plan.leaseLevel, owner);
  }
});
