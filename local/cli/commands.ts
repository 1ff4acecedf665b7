import type { SweepResult } from '../../functions/reminders/sweep';
import {
  createAdminApiKey,
  createApiKey,
  listApiKeys,
  revokeApiKey,
} from '../../shared/data/api-keys';
import { reminderSent } from '../../shared/data/reminders';
import { closeProgress } from '../../shared/data/period-closes';
import { hasFunderSummary } from '../../shared/data/report-records';
import { localInvoker, type FunctionInvoker } from './function-invoker';
import { createCarrier } from '../../shared/data/carrier-onboarding';
import { rotateWebhookSecret } from '../../shared/data/carrier-secrets';
import { backfillDerivedItems } from '../../shared/data/backfill';
import type { CheckInPolicy } from '../../shared/config/funder-config';
import { setCarrierContacts, type ContactChange } from '../../shared/data/carrier-contacts';
import { addStaff, listStaff, removeStaff, UnknownUmbrellaError } from '../../shared/data/staff';
import { addUmbrella, getUmbrella } from '../../shared/data/umbrellas';
import { newUmbrellaSchema, type NewStaff } from '../../shared/schemas/office';
import { englishErrorMessages } from '../../shared/schemas/error-messages';

/** The operator commands; each returns the one JSON object it prints (SPEC §8). */

export async function addCarrier(input: {
  name: string;
  coordinatorEmail: string;
  leadEmail?: string;
  language?: string;
  migrantOrganisation?: boolean;
  municipality?: string;
  umbrellaId?: string;
  quota?: number;
}) {
  if (input.umbrellaId !== undefined && !(await getUmbrella(input.umbrellaId))) {
    throw new UnknownUmbrellaError(
      `No umbrella ${input.umbrellaId} (see umbrellas add; the office lists them)`,
    );
  }
  const carrier = await createCarrier(input);
  const apiKey = await createApiKey({ kind: 'carrier', carrierId: carrier.carrierId });
  return { carrierId: carrier.carrierId, webhookSecret: carrier.webhookSecret, apiKey };
}

/** `umbrellas add --name N`: `{"umbrellaId"}`. */
export const addUmbrellaCommand = (name: string) =>
  addUmbrella(newUmbrellaSchema.parse({ name }, englishErrorMessages));

/** `staff add`: `{"staffId"}`; an umbrella member's umbrella must exist. */
export const addStaffMember = (input: NewStaff) => addStaff(input);

/** `staff list`: role and scope of each member, never an address. */
export const listStaffMembers = async () => ({ staff: await listStaff() });

/** `staff remove <staffId>`: `{"removed"}`; the member's sessions end at once. */
export const removeStaffMember = (staffId: string) => removeStaff(staffId);

/**
 * `carriers set-contacts`: a new coordinator or lead; an address no longer a contact signs
 * in no more for the carrier and its sessions for it end at once.
 */
export const setContacts = (carrierId: string, change: ContactChange) =>
  setCarrierContacts(carrierId, change);

/** `--now` (a leaked secret): the previous secret stops verifying at once, not in 24 h. */
export const rotateSecret = (carrierId: string, options: { now?: boolean } = {}) =>
  rotateWebhookSecret(carrierId, new Date(), { endOverlapNow: options.now ?? false });

/** An admin key reads every carrier: it expires after `days` (default 90). */
export const createAdminKey = async (days?: number) => ({
  apiKey: await createAdminApiKey(days),
});

/** `api-keys list`: ids, scopes and dates, never a key. */
export const listKeys = async () => ({ keys: await listApiKeys() });

/** `api-keys revoke <id>`: the key answers 401 from now on. */
export const revokeKey = (id: string) => revokeApiKey(id);

/**
 * `backfill`: once after an upgrade, the items today's writes derive for data stored before
 * (contact items for sign-in, participant links for erasure). A second run changes nothing.
 */
export const backfill = (policy: CheckInPolicy, onProgress?: (message: string) => void) =>
  backfillDerivedItems(policy, onProgress);

export interface WaitOptions {
  /**
   * How long to wait for the effects. Deployed, they follow the invocation; the local
   * system answers once they are done or after a minute, whichever comes first (a sweep
   * waits no longer there; a close waits for its summary as deployed).
   */
  readonly timeoutMs?: number;
  readonly pollMs?: number;
  /** Told how far the work got, while waiting. */
  readonly onProgress?: (message: string) => void;
}

const asInvoker = (target: string | FunctionInvoker): FunctionInvoker =>
  typeof target === 'string' ? localInvoker(target) : target;

/** Checks `done` until it holds or the time is up; false when it did not come true. */
async function waitUntil(done: () => Promise<boolean>, timeoutMs: number, pollMs = 2_000) {
  const deadline = Date.now() + timeoutMs;
  while (!(await done())) {
    if (Date.now() >= deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, pollMs));
  }
  return true;
}

const timeoutOf = (target: string | FunctionInvoker, options: WaitOptions, deployed: number) =>
  options.timeoutMs ?? (typeof target === 'string' ? 0 : deployed);

/**
 * Closes a funding period and reports, once every report is written, how many carriers the
 * close covered and how many carrier reports it wrote. `target` is the local system's API
 * URL or an invoker (a deployed stack).
 */
export async function closePeriod(
  target: string | FunctionInvoker,
  periodId: string,
  options: WaitOptions = {},
) {
  const { revision } = (await asInvoker(target)('ClosePeriod', { periodId })) as {
    revision: string;
  };
  let progress = await closeProgress(periodId, revision);
  // A report that keeps failing is dead-lettered: the counts then show what is missing.
  await waitUntil(
    async () => {
      progress = await closeProgress(periodId, revision);
      options.onProgress?.(
        `period ${periodId}: ${progress.reports} of ${progress.carriers} carrier reports`,
      );
      // The summary comes last, once every carrier's report is written.
      return hasFunderSummary(periodId, revision);
    },
    // The reports of a large close outlast the local system's minute: wait as deployed.
    options.timeoutMs ?? 15 * 60_000,
    options.pollMs,
  );
  return { periodId, ...progress };
}

/**
 * Runs the reminder sweep as of `date` (default: today in the funder's time zone) and counts
 * the digest e-mails it led to, once they have been sent.
 */
export async function sweep(
  target: string | FunctionInvoker,
  date?: string,
  options: WaitOptions = {},
) {
  const body = (await asInvoker(target)('ReminderSweep', date ? { date } : {})) as SweepResult;
  const sentDigests = async () => {
    let sent = 0;
    for (const digest of body.digests) {
      const states = await Promise.all(
        digest.matches.map((match) => reminderSent(digest.carrierId, digest.level, match)),
      );
      if (states.some(Boolean)) sent++;
    }
    return sent;
  };
  let emailsSent = 0;
  // An e-mail that fails is retried by the bus and, failing that, by the next sweep: wait a
  // little, then report what went out.
  await waitUntil(
    async () => {
      emailsSent = await sentDigests();
      options.onProgress?.(
        `sweep ${body.date}: ${emailsSent} of ${body.digests.length} digests sent`,
      );
      return emailsSent >= body.digests.length;
    },
    timeoutOf(target, options, 60_000),
    options.pollMs,
  );
  return { date: body.date, overdue: body.overdue, emailsSent };
}
