import { randomUUID } from 'node:crypto';
import { logger } from '../../shared/aws/logger';
import {
  acquireDigestLease,
  digestSent,
  releaseDigestLease,
  renewDigestLease,
} from '../../shared/data/reminders';
import type { ReminderLevel } from '../../shared/domain/reminders';

/** A crashed sender's retry takes over after this; a live one renews it every third of it. */
export const digestLeaseMs = 30_000;

export class DigestLeaseLostError extends Error {
  override readonly name = 'DigestLeaseLostError';
}

/** A digest lease held for as long as its sender works, renewed in the background. */
export interface HeldDigestLease {
  /** Throws when a renewal failed: another sender may have the digest now. */
  readonly assertHeld: () => void;
  readonly release: () => Promise<void>;
}

/**
 * Takes the digest's lease and keeps renewing it until released, so that however long the
 * reading, the token writes and the paced send take, no second delivery sends the digest
 * meanwhile (issue 16, point 4: a 30 s lease ran out during a large digest). `sent` when
 * the digest went out already, `busy` when another sender holds it.
 */
export async function holdDigestLease(
  carrierId: string,
  date: string,
  level: ReminderLevel,
  leaseMs = digestLeaseMs,
): Promise<HeldDigestLease | 'sent' | 'busy'> {
  const owner = randomUUID();
  if (!(await acquireDigestLease(carrierId, date, level, leaseMs, owner))) {
    return (await digestSent(carrierId, date, level)) ? 'sent' : 'busy';
  }
  let lost = false;
  const renew = async () => {
    try {
      if (!(await renewDigestLease(carrierId, date, level, leaseMs, owner))) lost = true;
    } catch (error) {
      // One failed renewal leaves two thirds of the lease; the next one may succeed.
      logger.warn('Digest lease renewal failed', { carrierId, date, level, error });
    }
  };
  const timer = setInterval(() => void renew(), Math.floor(leaseMs / 3));
  timer.unref();
  return {
    assertHeld: () => {
      if (lost) throw new DigestLeaseLostError(`Lost the digest lease ${carrierId} ${date}`);
    },
    release: async () => {
      clearInterval(timer);
      await releaseDigestLease(carrierId, date, level, owner);
    },
  };
}
