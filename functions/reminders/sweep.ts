import { mapLimit } from '../../shared/async/map-limit';
import { logger } from '../../shared/aws/logger';
import { funderConfig } from '../../shared/config/runtime-env';
import { findOverdueMatches } from '../../shared/data/due-index';
import { claimReminder } from '../../shared/data/reminders';
import { todayIn } from '../../shared/domain/dates';
import { overdueDays } from '../../shared/domain/check-in-policy';
import {
  reminderLevels,
  type OverdueMatch,
  type ReminderLevel,
} from '../../shared/domain/reminders';
import { reminderEventSource } from '../../shared/events/catalogue';
import { publishEvents } from '../../shared/events/publish';
import { englishErrorMessages } from '../../shared/schemas/error-messages';
import { isoDate } from '../../shared/schemas/primitives';
import { requestCarrierFigures } from '../office/request-carrier-figures';

/** What the sweep did: the overdue matches it saw and the digests it started. */
export interface SweepResult {
  readonly date: string;
  readonly overdue: number;
  readonly digests: readonly { carrierId: string; level: ReminderLevel; matches: OverdueMatch[] }[];
}

// Conditional puts, one item each: many at once keep a backlog of thousands within minutes.
const claimConcurrency = 32;
const maxMatchesPerEvent = 500;

const chunks = <T>(items: readonly T[], size: number): T[][] =>
  Array.from({ length: Math.ceil(items.length / size) }, (_, index) =>
    items.slice(index * size, (index + 1) * size),
  );

/**
 * The daily sweep (SPEC §5): finds the overdue matches in the due index, claims each newly
 * due reminder once, and emits one CheckInOverdue event per carrier and level, from which
 * the digest e-mails are sent; then asks for every carrier's office figures as of the same
 * day (CarrierFiguresRequested). Invoked by the schedule with `{}`, or with `{ date }` to
 * sweep as of another day.
 */
export const handler = async (event: { date?: unknown } = {}): Promise<SweepResult> => {
  const config = funderConfig();
  const date =
    event.date === undefined
      ? todayIn(config.timezone)
      : isoDate.parse(event.date, englishErrorMessages);
  const due = await findOverdueMatches(date);

  const candidates = due.flatMap((entry) => {
    const match: OverdueMatch = {
      matchId: entry.matchId,
      nextDueOn: entry.nextDueOn,
      overdueDays: overdueDays(entry.nextDueOn, date),
    };
    return reminderLevels(match.overdueDays, config.checkInPolicy).map((level) => ({
      carrierId: entry.carrierId,
      level,
      match,
    }));
  });
  const claimed = await mapLimit(candidates, claimConcurrency, async (candidate) => ({
    ...candidate,
    claimed: await claimReminder(candidate.carrierId, date, candidate.level, candidate.match),
  }));

  const digests = new Map<
    string,
    { carrierId: string; level: ReminderLevel; matches: OverdueMatch[] }
  >();
  for (const { carrierId, level, match, claimed: isNew } of claimed) {
    if (!isNew) continue;
    const key = `${carrierId}#${level}`;
    const digest = digests.get(key) ?? { carrierId, level, matches: [] };
    digest.matches.push(match);
    digests.set(key, digest);
  }
  // The event lists the digest's matches for the record; the sender reads them from the
  // table, so a large backlog may be split over several events (EventBridge takes 256 KB).
  const events = [...digests.values()].flatMap(({ carrierId, level, matches }) =>
    chunks(matches, maxMatchesPerEvent).map((part) => ({
      detailType: 'CheckInOverdue' as const,
      detail: { carrierId, level, date, matches: part },
    })),
  );
  await publishEvents(reminderEventSource, events);
  // The office's figures of every carrier follow each sweep (SPEC §12).
  const carriers = await requestCarrierFigures(date);
  const result = { date, overdue: due.length, digests: [...digests.values()] };
  logger.info('Reminder sweep done', { ...result, digests: result.digests.length, carriers });
  return result;
};
