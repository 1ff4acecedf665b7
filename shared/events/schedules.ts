/**
 * The schedule table: which function runs when, in the funder's time zone. The CDK
 * EventBridge Scheduler schedules and the local scheduler of `npm start` are both built
 * from it. `handler` is the path below `functions/` without extension.
 */
export interface ScheduledRoute {
  readonly id: string;
  readonly handler: string;
  readonly description: string;
  /** Daily at this local time of the funder's time zone. */
  readonly daily: { readonly hour: number; readonly minute: number };
}

export const scheduledRoutes: readonly ScheduledRoute[] = [
  {
    id: 'ReminderSweep',
    handler: 'reminders/sweep',
    description: 'Daily sweep for overdue support check-ins (SPEC §5)',
    // Europe/Berlin morning: the digest is waiting when the coordinator starts the day.
    daily: { hour: 7, minute: 0 },
  },
];

export const scheduledRoute = (id: string): ScheduledRoute | undefined =>
  scheduledRoutes.find((route) => route.id === id);
