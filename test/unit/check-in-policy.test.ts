import { describe, expect, it } from 'vitest';
import type { CheckInPolicy } from '../../shared/config/funder-config';
import { countedCheckInDates, nextDueOn, overdueDays } from '../../shared/domain/check-in-policy';

const mentorDefaults: CheckInPolicy = {
  firstMonthContacts: 2,
  firstMonthDays: 30,
  thenEveryDays: 30,
  escalateAfterDays: 14,
};

const dueAfter = (startedOn: string, checkIns: string[], policy = mentorDefaults) =>
  nextDueOn(startedOn, countedCheckInDates(startedOn, checkIns), policy);

describe('SPEC §5 nextDueOn', () => {
  it.each([
    ['no check-in yet: half of the first month', '2025-01-01', [], '2025-01-16'],
    ['one early contact: the end of the first month', '2025-01-01', ['2025-01-05'], '2025-01-31'],
    [
      'two contacts: a month after the last',
      '2025-01-01',
      ['2025-01-05', '2025-01-20'],
      '2025-02-19',
    ],
    [
      'three contacts: a month after the last',
      '2025-01-01',
      ['2025-01-05', '2025-01-20', '2025-02-25'],
      '2025-03-27',
    ],
    [
      'check-ins before the start do not count',
      '2025-01-01',
      ['2024-12-30', '2024-12-31'],
      '2025-01-16',
    ],
    ['a check-in on the start day counts', '2025-01-01', ['2025-01-01'], '2025-01-31'],
    [
      'two check-ins on the same day both count',
      '2025-01-01',
      ['2025-01-01', '2025-01-01'],
      '2025-01-31',
    ],
    [
      'a late first contact is followed by one a step later, not one already overdue',
      '2025-01-01',
      ['2025-03-01'],
      '2025-03-16',
    ],
    [
      'an early first contact leaves the second due at day 30',
      '2025-01-01',
      ['2025-01-10'],
      '2025-01-31',
    ],
    [
      'a first contact on day 15 leaves the second at day 30',
      '2025-01-01',
      ['2025-01-16'],
      '2025-01-31',
    ],
    [
      'a first contact on day 16 moves the second to day 31',
      '2025-01-01',
      ['2025-01-17'],
      '2025-02-01',
    ],
    ['order of arrival does not matter', '2025-01-01', ['2025-01-20', '2025-01-05'], '2025-02-19'],
    ['across a leap day', '2024-02-15', [], '2024-03-01'],
    ['across a year end', '2025-12-20', ['2025-12-21', '2025-12-28'], '2026-01-27'],
  ])('%s', (_case, startedOn, checkIns, expected) => {
    expect(dueAfter(startedOn, checkIns)).toBe(expected);
  });

  it('spreads the first-month contacts by floor(firstMonthDays / firstMonthContacts)', () => {
    const policy = {
      ...mentorDefaults,
      firstMonthContacts: 3,
      firstMonthDays: 31,
      thenEveryDays: 14,
    };
    expect(dueAfter('2025-01-01', [], policy)).toBe('2025-01-11');
    expect(dueAfter('2025-01-01', ['2025-01-02'], policy)).toBe('2025-01-21');
    expect(dueAfter('2025-01-01', ['2025-01-02', '2025-01-03'], policy)).toBe('2025-01-31');
    expect(dueAfter('2025-01-01', ['2025-01-02', '2025-01-03', '2025-01-04'], policy)).toBe(
      '2025-01-18',
    );
  });
});

describe('SPEC §5 overdueDays', () => {
  it.each([
    ['2025-01-16', '2025-01-10', 0],
    ['2025-01-16', '2025-01-16', 0],
    ['2025-01-16', '2025-01-17', 1],
    ['2025-01-16', '2025-01-30', 14],
    ['2025-02-28', '2025-03-01', 1],
  ])('due %s, on %s: %i days overdue', (due, today, expected) => {
    expect(overdueDays(due, today)).toBe(expected);
  });
});
