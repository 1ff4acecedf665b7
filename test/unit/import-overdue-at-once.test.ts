import { describe, expect, it } from 'vitest';
import { checkInPolicySchema } from '../../shared/config/funder-config';
import { isOverdueAtOnce, type ImportedTandem } from '../../shared/domain/overdue-at-once';

// SPEC §10 `overdueAtOnce` by SPEC §5's rule: more than 60 days overdue the day after import.

const policy = checkInPolicySchema.parse({});
const dayAfter = '2026-12-05';
const tandem = (more: Partial<ImportedTandem>): ImportedTandem => ({
  startedOn: '2025-01-06',
  ended: false,
  storedCount: 0,
  storedLastOn: null,
  newCount: 0,
  newLastOn: null,
  ...more,
});

describe('isOverdueAtOnce', () => {
  it('counts an old active Tandem without contacts, not an ended one', () => {
    expect(isOverdueAtOnce(tandem({}), dayAfter, policy)).toBe(true);
    expect(isOverdueAtOnce(tandem({ ended: true }), dayAfter, policy)).toBe(false);
  });

  it('takes the file’s contacts and the stored ones, whichever is later', () => {
    expect(
      isOverdueAtOnce(tandem({ newCount: 1, newLastOn: '2026-11-20' }), dayAfter, policy),
    ).toBe(false);
    expect(
      isOverdueAtOnce(tandem({ storedCount: 3, storedLastOn: '2026-11-01' }), dayAfter, policy),
    ).toBe(false);
  });

  it('is more than 60 days: exactly 60 is not yet', () => {
    // Every 30 days after the first month: last contact + 30 is due; 60 days later is 60 overdue.
    const last = (daysBefore: number) =>
      new Date(Date.parse(`${dayAfter}T00:00:00Z`) - daysBefore * 86_400_000)
        .toISOString()
        .slice(0, 10);
    const after = (lastOn: string) =>
      isOverdueAtOnce(tandem({ storedCount: 5, storedLastOn: lastOn }), dayAfter, policy);
    expect(after(last(policy.thenEveryDays + 60))).toBe(false);
    expect(after(last(policy.thenEveryDays + 61))).toBe(true);
  });
});
