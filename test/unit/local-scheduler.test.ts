import { describe, expect, it } from 'vitest';
import { msUntilNext, periodsClosingOn } from '../../local/scheduler';

describe('the local scheduler of npm start', () => {
  it('waits until the next local time in the funder time zone', () => {
    // 05:30 UTC is 06:30 in Berlin in winter: 07:00 is half an hour away.
    expect(
      msUntilNext({ hour: 7, minute: 0 }, 'Europe/Berlin', new Date('2026-01-15T05:30:00Z')),
    ).toBe(30 * 60_000);
    // Just after 07:00 the next run is tomorrow.
    expect(
      msUntilNext({ hour: 7, minute: 0 }, 'Europe/Berlin', new Date('2026-01-15T06:00:01Z')),
    ).toBe(24 * 3600_000 - 1000);
  });

  it('closes a period on the day after its last day', () => {
    const config = {
      periods: [
        { id: '2025', start: '2025-01-01', end: '2025-12-31' },
        { id: '2026-h1', start: '2026-01-01', end: '2026-06-30' },
      ],
    };
    expect(periodsClosingOn(config, '2026-01-01')).toEqual(['2025']);
    expect(periodsClosingOn(config, '2026-07-01')).toEqual(['2026-h1']);
    expect(periodsClosingOn(config, '2025-12-31')).toEqual([]);
  });
});
