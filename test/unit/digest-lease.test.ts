import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { holdDigestLease } from '../../functions/reminders/digest-lease';
import {
  acquireDigestLease,
  markDigestSent,
  releaseDigestLease,
} from '../../shared/data/reminders';

// Issue 8: the reminder digest's lease, against the real table (dynalite), at chosen
// instants. A sender that outlived its lease used to release it unchecked, freeing the
// lease another sender had taken since, so a third could send the same digest at once.

const t0 = new Date('2030-05-01T07:00:00Z');
const later = (ms: number) => new Date(t0.getTime() + ms);
const leaseMs = 60_000;

describe('the reminder digest lease', () => {
  it('is released only by its holder, so a late sender cannot free a lease taken since', async () => {
    const carrierId = `c-${randomUUID()}`;
    const take = (owner: string, at: Date) =>
      acquireDigestLease(carrierId, '2030-05-01', 1, leaseMs, owner, at);
    expect(await take('sender-a', t0)).toBe(true);
    // A is still at work: nobody else gets the lease.
    expect(await take('sender-b', later(leaseMs - 1))).toBe(false);
    // A outlived its lease; B takes it over.
    expect(await take('sender-b', later(leaseMs + 1))).toBe(true);
    // A finishes late: its release must leave B's lease alone.
    expect(await releaseDigestLease(carrierId, '2030-05-01', 1, 'sender-a')).toBe(false);
    expect(await take('sender-c', later(leaseMs + 2))).toBe(false);
    // B releases its own: the next sender may take it.
    expect(await releaseDigestLease(carrierId, '2030-05-01', 1, 'sender-b')).toBe(true);
    expect(await take('sender-c', later(leaseMs + 3))).toBe(true);
  });
});

describe('the digest lease while a large digest is sent (issue 16, point 4)', () => {
  it('is renewed for as long as its holder works, and is then taken by nobody else', async () => {
    const carrierId = `c-${randomUUID()}`;
    const leaseMs = 600;
    const held = await holdDigestLease(carrierId, '2030-05-02', 1, leaseMs);
    expect(typeof held).toBe('object');
    // Three lease lengths later, the holder is still at work: nobody else may send.
    await new Promise((resolve) => setTimeout(resolve, 3 * leaseMs));
    expect(await acquireDigestLease(carrierId, '2030-05-02', 1, leaseMs, 'sender-b')).toBe(false);
    if (typeof held === 'object') {
      held.assertHeld();
      await held.release();
    }
    expect(await holdDigestLease(carrierId, '2030-05-02', 1, leaseMs)).not.toBe('busy');
  });

  it('is refused once the digest is sent, so a redelivery sends nothing', async () => {
    const carrierId = `c-${randomUUID()}`;
    const held = await holdDigestLease(carrierId, '2030-05-03', 1);
    if (typeof held !== 'object') throw new Error('no lease');
    await markDigestSent(carrierId, '2030-05-03', 1, [], 0, 'message-1');
    await held.release();
    expect(await holdDigestLease(carrierId, '2030-05-03', 1)).toBe('sent');
  });
});
