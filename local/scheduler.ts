import type { FunderConfig } from '../shared/config/funder-config';
import { addDays, todayIn } from '../shared/domain/dates';
import { periodEndRoutes, scheduledRoutes } from '../shared/events/schedules';
import { loadHandler, localContext } from './handlers';

/** Milliseconds from `now` until the next `hour:minute` in `timeZone`. */
export function msUntilNext(
  daily: { readonly hour: number; readonly minute: number },
  timeZone: string,
  now = new Date(),
): number {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', {
      timeZone,
      hourCycle: 'h23',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    })
      .formatToParts(now)
      .map((part) => [part.type, Number(part.value)]),
  ) as Record<string, number>;
  const secondsNow = (parts.hour ?? 0) * 3600 + (parts.minute ?? 0) * 60 + (parts.second ?? 0);
  const secondsAt = daily.hour * 3600 + daily.minute * 60;
  const wait = (secondsAt - secondsNow + 86_400) % 86_400 || 86_400;
  // Daylight-saving changes shift this by at most an hour; the next run re-aims.
  return wait * 1000 - now.getMilliseconds();
}

/** The funding periods whose last day was the day before `today`. */
export const periodsClosingOn = (config: Pick<FunderConfig, 'periods'>, today: string): string[] =>
  config.periods.filter((period) => addDays(period.end, 1) === today).map((period) => period.id);

/** One daily run: its id, its local time, and the inputs to invoke it with that day. */
interface DailyRun {
  readonly id: string;
  readonly handler: string;
  readonly at: { readonly hour: number; readonly minute: number };
  readonly inputsOn: (today: string) => readonly object[];
}

/**
 * Runs the schedules as EventBridge Scheduler does when deployed: the daily routes every day
 * at their local time, and each period-end route on the day after a funding period's last
 * day. Returns a function that stops the timers.
 */
export function startScheduler(config: FunderConfig, log: (message: string) => void): () => void {
  const runs: DailyRun[] = [
    ...scheduledRoutes.map((route) => ({ ...route, at: route.daily, inputsOn: () => [{}] })),
    ...periodEndRoutes.map((route) => ({
      ...route,
      at: route.dayAfterEnd,
      inputsOn: (today: string) =>
        periodsClosingOn(config, today).map((periodId) => ({ periodId })),
    })),
  ];
  const timers = new Set<NodeJS.Timeout>();
  const plan = (run: DailyRun) => {
    const timer = setTimeout(
      async () => {
        timers.delete(timer);
        for (const input of run.inputsOn(todayIn(config.timezone))) {
          try {
            const handler = await loadHandler(run.handler);
            const result = await handler(input, localContext(run.id));
            log(`schedule ${run.id}: ${JSON.stringify(result)}`);
          } catch (error) {
            log(`schedule ${run.id} failed: ${String(error)}`);
          }
        }
        plan(run);
      },
      msUntilNext(run.at, config.timezone),
    );
    timer.unref();
    timers.add(timer);
  };
  runs.forEach(plan);
  return () => timers.forEach((timer) => clearTimeout(timer));
}
