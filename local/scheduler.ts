import { scheduledRoutes, type ScheduledRoute } from '../shared/events/schedules';
import { loadHandler, localContext } from './handlers';

/** Milliseconds from `now` until the next `hour:minute` in `timeZone`. */
export function msUntilNext(
  daily: ScheduledRoute['daily'],
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

/**
 * Runs each scheduled function once a day at its local time, as EventBridge Scheduler does
 * when deployed. Returns a function that stops the timers.
 */
export function startScheduler(timeZone: string, log: (message: string) => void): () => void {
  const timers = new Set<NodeJS.Timeout>();
  const plan = (route: ScheduledRoute) => {
    const timer = setTimeout(
      async () => {
        timers.delete(timer);
        try {
          const handler = await loadHandler(route.handler);
          const result = await handler({}, localContext(route.id));
          log(`schedule ${route.id}: ${JSON.stringify(result)}`);
        } catch (error) {
          log(`schedule ${route.id} failed: ${String(error)}`);
        }
        plan(route);
      },
      msUntilNext(route.daily, timeZone),
    );
    timer.unref();
    timers.add(timer);
  };
  scheduledRoutes.forEach(plan);
  return () => timers.forEach((timer) => clearTimeout(timer));
}
