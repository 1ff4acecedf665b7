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
  {
    id: 'ReconcileMatches',
    handler: 'ledger/reconcile-matches',
    description:
      'Daily re-derivation of the matches whose facts a failed delivery left pending (SPEC §3)',
    // Before the sweep, so the due dates it reads include facts whose events failed for good.
    daily: { hour: 6, minute: 30 },
  },
];

/**
 * Functions that run once after each funding period of the funder config has ended, at
 * this local time on the day after its last day, with `{ periodId }`.
 */
export interface PeriodEndRoute {
  readonly id: string;
  readonly handler: string;
  readonly description: string;
  readonly dayAfterEnd: { readonly hour: number; readonly minute: number };
}

export const periodEndRoutes: readonly PeriodEndRoute[] = [
  {
    id: 'ClosePeriod',
    handler: 'reports/close-period',
    description: 'Closes a funding period and builds its reports (SPEC §6)',
    dayAfterEnd: { hour: 1, minute: 0 },
  },
];

/** Any function the schedules invoke, by id (the local invoke endpoint runs them too). */
export const invokableRoute = (id: string): { id: string; handler: string } | undefined =>
  scheduledRoutes.find((route) => route.id === id) ??
  periodEndRoutes.find((route) => route.id === id);
