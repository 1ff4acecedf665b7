import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { sweep } from '../../local/cli/commands';
import { useTableOfItsOwn } from '../support/own-table';
import { eventBridge } from '../../shared/aws/event-bridge';
import { ses } from '../../shared/aws/ses';
import {
  getMatch,
  onboardCarrier,
  processed,
  sendWebhook,
  webhook,
  type TestCarrier,
} from '../support/api';
import { localSystem } from '../support/local-system-instance';
import { emailsTo, uniqueAddress } from '../support/mailbox';

// A scenario over simulated days (`tandem sweep --at`). This file gets a table of its own,
// so the sweep sees exactly the matches made here and the counts can be exact.

interface Contact {
  carrier: TestCarrier;
  coordinator: string;
  lead?: string;
}

const matchIds = (email: { body: { text?: string } }) =>
  [...(email.body.text ?? '').matchAll(/ (m-[\w-]+) /g)].map((found) => found[1]).sort();

const sweepAt = (date: string) => sweep(localSystem().urls.api, date);

let alpha: Contact; // de, with a lead
let beta: Contact; // ar, no lead
let gamma: Contact; // en

const onboard = async (language: string, withLead: boolean): Promise<Contact> => {
  const coordinator = uniqueAddress('koordination');
  const lead = withLead ? uniqueAddress('leitung') : undefined;
  const carrier = await onboardCarrier({
    name: `Träger ${language} <script>alert("x")</script>`,
    coordinatorEmail: coordinator,
    ...(lead ? { leadEmail: lead } : {}),
    language,
  });
  return { carrier, coordinator, ...(lead ? { lead } : {}) };
};

const startMatch = (contact: Contact, matchId: string, startedOn: string) =>
  sendWebhook(
    contact.carrier,
    webhook('match.created', {
      matchId,
      mentorId: `${matchId}-a`,
      menteeId: `${matchId}-b`,
      startedOn,
      programme: 'leisure_culture',
    }),
  );

const recordCheckIn = (contact: Contact, matchId: string, occurredOn: string) =>
  sendWebhook(
    contact.carrier,
    webhook('checkin.recorded', {
      checkInId: `${matchId}-${occurredOn}`,
      matchId,
      occurredOn,
      with: 'both',
      channel: 'phone',
    }),
  );

beforeAll(async () => {
  await useTableOfItsOwn('reminders');

  [alpha, beta, gamma] = await Promise.all([
    onboard('de', true),
    onboard('ar', false),
    onboard('en', true),
  ]);
  await startMatch(alpha, 'm-1', '2025-01-01'); // due 2025-01-16
  await startMatch(alpha, 'm-2', '2025-01-10'); // due 2025-01-25
  await startMatch(beta, 'm-1', '2025-01-01'); // due 2025-01-16
  await startMatch(gamma, 'm-1', '2025-01-01');
  await recordCheckIn(gamma, 'm-1', '2025-01-05');
  await recordCheckIn(gamma, 'm-1', '2025-01-20'); // due 2025-02-19
  await processed();
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe('the daily sweep and its digests, day by day (SPEC §5)', () => {
  it('2025-01-16: a contact due today is not overdue yet', async () => {
    expect(await sweepAt('2025-01-16')).toEqual({ date: '2025-01-16', overdue: 0, emailsSent: 0 });
  });

  it('2025-01-17: each coordinator gets one digest listing their newly overdue matches', async () => {
    expect(await sweepAt('2025-01-17')).toEqual({ date: '2025-01-17', overdue: 2, emailsSent: 2 });
    const [toAlpha] = await emailsTo(alpha.coordinator);
    expect(toAlpha?.subject).toBe('Begleitkontakt fällig – Tandems: 1');
    expect(toAlpha?.from).toBe('noreply@example.org');
    expect(matchIds(toAlpha!)).toEqual(['m-1']);
    expect(toAlpha?.body.text).toContain('2025-01-16');
    const [toBeta] = await emailsTo(beta.coordinator);
    expect(toBeta?.body.html).toContain('dir="rtl"');
    expect(toBeta?.body.html).toContain('lang="ar"');
    expect(await emailsTo(alpha.lead!)).toEqual([]);
    expect(await emailsTo(gamma.coordinator)).toEqual([]);
  });

  it('sweeping the same day again, or twice at once, sends nothing more', async () => {
    expect(await sweepAt('2025-01-17')).toMatchObject({ overdue: 2, emailsSent: 0 });
    await Promise.all([sweepAt('2025-01-18'), sweepAt('2025-01-18')]);
    expect(await emailsTo(alpha.coordinator)).toHaveLength(1);
    expect(await emailsTo(beta.coordinator)).toHaveLength(1);
  });

  it('2025-01-26: only the newly overdue match is listed', async () => {
    expect(await sweepAt('2025-01-26')).toEqual({ date: '2025-01-26', overdue: 3, emailsSent: 1 });
    const toAlpha = await emailsTo(alpha.coordinator);
    expect(toAlpha).toHaveLength(2);
    expect(matchIds(toAlpha[1]!)).toEqual(['m-2']);
  });

  it('2025-01-30: fourteen days overdue escalate to the lead, or to the coordinator without one', async () => {
    expect(await sweepAt('2025-01-30')).toEqual({ date: '2025-01-30', overdue: 3, emailsSent: 2 });
    const [toLead] = await emailsTo(alpha.lead!);
    expect(toLead?.subject).toBe('Weiterhin kein Begleitkontakt – Tandems: 1');
    expect(matchIds(toLead!)).toEqual(['m-1']);
    expect(toLead?.body.text).toContain('14');
    expect(await emailsTo(alpha.coordinator)).toHaveLength(2);
    const toBeta = await emailsTo(beta.coordinator);
    expect(toBeta).toHaveLength(2);
    expect(toBeta[1]?.subject).toContain('لم يتم لقاء المتابعة بعد');
  });

  it('a check-in moves the due date, and a new overdue date is a new reminder', async () => {
    await recordCheckIn(alpha, 'm-1', '2025-01-31');
    await processed();
    // SPEC §5's first-month rule: max(startedOn + 2 × 15, lastOn + 15), not already overdue.
    expect((await getMatch(alpha.carrier, 'm-1')).body.checkIns).toMatchObject({
      count: 1,
      nextDueOn: '2025-02-15',
    });
    // m-2 (due 2025-01-25) has been overdue fourteen days since 2025-02-08: to the lead.
    expect(await sweepAt('2025-02-15')).toMatchObject({ emailsSent: 1 });
    // m-1 is newly overdue for the coordinator.
    expect(await sweepAt('2025-02-16')).toMatchObject({ emailsSent: 1 });
    const toAlpha = await emailsTo(alpha.coordinator);
    expect(toAlpha).toHaveLength(3);
    expect(matchIds(toAlpha[2]!)).toEqual(['m-1']);
    expect(toAlpha[2]?.body.text).toContain('2025-02-15');
    const toLead = await emailsTo(alpha.lead!);
    expect(toLead).toHaveLength(2);
    expect(matchIds(toLead[1]!)).toEqual(['m-2']);
  });

  it('keeps a reminder whose e-mail failed, and sends it with the next sweep', async () => {
    vi.spyOn(ses, 'send').mockRejectedValue(new Error('SES throttled') as never);
    const deadLettersBefore = localSystem().bus.deadLetters.length;
    expect(await sweepAt('2025-02-20')).toMatchObject({ emailsSent: 0 });
    expect(localSystem().bus.deadLetters.length).toBeGreaterThan(deadLettersBefore);
    expect(await emailsTo(gamma.coordinator)).toEqual([]);
    vi.restoreAllMocks();

    expect(await sweepAt('2025-02-21')).toMatchObject({ emailsSent: expect.any(Number) });
    const toGamma = await emailsTo(gamma.coordinator);
    expect(toGamma).toHaveLength(1);
    expect(toGamma[0]?.subject).toBe('Support contact due – tandems: 1');
    expect(matchIds(toGamma[0]!)).toEqual(['m-1']);
    // Nothing is sent twice: a sweep later the same day finds it sent.
    await sweepAt('2025-02-21');
    expect(await emailsTo(gamma.coordinator)).toHaveLength(1);
    // Forty delivery attempts (scaled-down delays), each reading and leasing the digest.
  }, 120_000);

  it('sends on a rerun the reminders a failed sweep had already claimed', async () => {
    // gamma's m-1 was due 2025-02-19: fourteen days later it escalates to gamma's lead.
    vi.spyOn(eventBridge, 'call').mockRejectedValueOnce(new Error('bus unreachable') as never);
    await expect(sweepAt('2025-03-05')).rejects.toThrow(/ReminderSweep failed/);
    expect(await emailsTo(gamma.lead!)).toEqual([]);
    vi.restoreAllMocks();
    expect(await sweepAt('2025-03-05')).toMatchObject({ emailsSent: expect.any(Number) });
    const [escalation] = await emailsTo(gamma.lead!);
    expect(escalation?.subject).toBe('Still no support contact – tandems: 1');
    expect(matchIds(escalation!)).toEqual(['m-1']);
  });

  it('gives a carrier without a lead one e-mail with both lists, worded for the coordinator', async () => {
    const delta = await onboard('en', false);
    await startMatch(delta, 'm-9', '2025-03-01'); // due 2025-03-16
    await processed();
    // 2025-04-01: 16 days overdue, so newly overdue and newly escalated on the same day.
    await sweepAt('2025-04-01');
    const toDelta = await emailsTo(delta.coordinator);
    expect(toDelta).toHaveLength(1);
    expect(toDelta[0]?.subject).toBe('Still no support contact – tandems: 1');
    expect(matchIds(toDelta[0]!)).toEqual(['m-9']);
    expect(toDelta[0]?.body.text).toContain('overdue for 14 days or more');
    expect(toDelta[0]?.body.text).not.toContain('as the lead');
    expect(toDelta[0]?.body.text).toMatch(/Contact done: http:\/\/127\.0\.0\.1:\d+\/app\/r\/\S+/);
    // Both reminders are recorded as sent: a later sweep sends nothing more.
    await sweepAt('2025-04-02');
    expect(await emailsTo(delta.coordinator)).toHaveLength(1);
  });

  it('escapes the carrier name and lists ids and dates only', async () => {
    const [email] = await emailsTo(alpha.coordinator);
    expect(email?.body.html).not.toContain('<script');
    expect(email?.body.html).toContain('&lt;script&gt;');
    expect(email?.body.html).not.toMatch(/m-1-a|m-1-b/);
    expect(email?.body.text).not.toMatch(/m-1-a|m-1-b/);
  });
});
