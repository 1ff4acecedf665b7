import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { acquireDigestLease, releaseDigestLease } from '../../shared/data/reminders';

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
