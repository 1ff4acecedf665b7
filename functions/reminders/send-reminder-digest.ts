import { mapLimit } from '../../shared/async/map-limit';
import { appUrl, funderConfig } from '../../shared/config/runtime-env';
import type { CheckInPolicy } from '../../shared/config/funder-config';
import { getCarrier } from '../../shared/data/carriers';
import { createLinkTokens } from '../../shared/data/link-tokens';
import { getMatchSummary } from '../../shared/data/match-summaries';
import { markDigestSent, unsentReminders } from '../../shared/data/reminders';
import { riskReasons } from '../../shared/domain/match-risk';
import { digestListsOf, digestPlanOf, type OverdueMatch } from '../../shared/domain/reminders';
import { contactDoneTokenMs } from '../../shared/domain/web-access';
import { sendEmail } from '../../shared/email/send-email';
import { consumer } from '../../shared/events/consume';
import { holdDigestLease } from './digest-lease';
import { renderReminderDigest, type ListedMatch } from './render-reminder-digest';

export class DigestBusyError extends Error {
  override readonly name = 'DigestBusyError';
}

const summaryReadConcurrency = 16;

/** The listed matches with their at-risk reasons as of the sweep day (SPEC §5). */
const withRiskReasons = (
  carrierId: string,
  matches: readonly OverdueMatch[],
  date: string,
  policy: CheckInPolicy,
): Promise<ListedMatch[]> =>
  mapLimit(matches, summaryReadConcurrency, async (match) => {
    const summary = await getMatchSummary(carrierId, match.matchId);
    return { ...match, reasons: summary ? riskReasons(summary, date, policy) : [] };
  });

/**
 * Sends one digest e-mail per recipient, carrier and day (SPEC §5): at most 50 matches per
 * list, most overdue first, each with its at-risk reasons and its "contact done" link (SPEC
 * §9), then how many more, and a link to the carrier's list. A carrier without a lead gets
 * both lists in the coordinator's one e-mail: whichever level's event comes first sends
 * both; every later delivery finds the digest sent. The lease is held (renewed) for as long
 * as this takes. A crash after sending but before recording can repeat the e-mail once.
 */
export const handler = consumer('CheckInOverdue', async ({ carrierId, date, level }) => {
  const carrier = await getCarrier(carrierId);
  if (!carrier) throw new Error(`No carrier ${carrierId}`);
  const plan = digestPlanOf(level, carrier);
  const lease = await holdDigestLease(carrierId, date, plan.leaseLevel);
  if (lease === 'sent') return;
  if (lease === 'busy') {
    // Another delivery is sending this digest now; retry later in case it fails.
    throw new DigestBusyError(`Digest ${carrierId} ${date} level ${plan.leaseLevel} is being sent`);
  }
  try {
    const unsent = await Promise.all(
      plan.levels.map(async (listLevel) => ({
        level: listLevel,
        matches: await unsentReminders(carrierId, date, listLevel),
      })),
    );
    if (unsent.every((section) => section.matches.length === 0)) return;
    const { lists, listedClaims } = digestListsOf(unsent);
    const config = funderConfig();
    const base = appUrl();
    const listed = lists.flatMap((list) => list.listed);
    const tokens = await createLinkTokens(
      listed.map((match) => ({ kind: 'contactDone', carrierId, matchId: match.matchId })),
      contactDoneTokenMs,
    );
    const contactDoneLinks = new Map(
      listed.map((match, index) => [match.matchId, `${base}/app/r/${tokens[index]}`]),
    );
    const sections = await Promise.all(
      lists.map(async (list) => ({
        level: list.level,
        matches: await withRiskReasons(carrierId, list.listed, date, config.checkInPolicy),
        more: list.more,
      })),
    );
    const message = renderReminderDigest({
      language: carrier.language,
      recipient: plan.recipient,
      sections,
      date,
      carrierName: carrier.name,
      funderName: config.name,
      escalateAfterDays: config.checkInPolicy.escalateAfterDays,
      contactDoneLinks,
      listUrl: `${base}/app/matches?overdue=true`,
    });
    lease.assertHeld();
    const messageId = await sendEmail(config.senderEmail, plan.to, message);
    const counted = lists.reduce((sum, list) => sum + list.more, 0);
    await markDigestSent(carrierId, date, plan.leaseLevel, listedClaims, counted, messageId);
  } finally {
    await lease.release();
  }
});
