import type { DetailType } from './catalogue';
import {
  appEventSource,
  importEventSource,
  reminderEventSource,
  reportEventSource,
  webhookEventSource,
} from './catalogue';

/**
 * How a route's events reach its function, deployed and locally alike: the bus puts each
 * event on the route's queue; the function takes batches from it with bounded concurrency;
 * a failed event is retried with growing delays and reaches the dead letters only after
 * `retry.maxAttempts` attempts (spanning at least 24 hours, SPEC §8).
 */
export interface RouteDelivery {
  /** Events one invocation takes at once (the SQS batch size). */
  readonly batchSize: number;
  /** Invocations at once (the event source mapping's maximum concurrency; SQS needs ≥ 2). */
  readonly maxConcurrency: number;
  readonly retry: RetryPolicy;
}

export interface RetryPolicy {
  /** Delay before the first retry; each further one doubles, up to `maxDelaySeconds`. */
  readonly firstDelaySeconds: number;
  readonly maxDelaySeconds: number;
  /** Attempts in all, the first one included, before the event is dead-lettered. */
  readonly maxAttempts: number;
}

/** Seconds to wait after failed attempt number `attempt` (1 = the first attempt). */
export const retryDelaySeconds = (retry: RetryPolicy, attempt: number): number =>
  Math.min(retry.maxDelaySeconds, retry.firstDelaySeconds * 2 ** Math.max(0, attempt - 1));

/** How long an event that keeps failing is retried before it is dead-lettered. */
export const retryWindowSeconds = (retry: RetryPolicy): number => {
  let total = 0;
  for (let attempt = 1; attempt < retry.maxAttempts; attempt++) {
    total += retryDelaySeconds(retry, attempt);
  }
  return total;
};

/**
 * 30 s, 1 min, 2 min, … then hourly: a passing throttle is retried within a minute, an outage
 * of a day is outlasted (40 attempts ≈ 33 h), and a poison event still ends in the DLQ.
 */
const dayLongRetry: RetryPolicy = { firstDelaySeconds: 30, maxDelaySeconds: 3600, maxAttempts: 40 };

/**
 * The one route table: which bus event goes to which handler, and how it is delivered. The
 * CDK rules, queues and mappings and the local bus are all built from it, so they cannot
 * drift apart. `handler` is the path below `functions/` without extension; the module
 * exports `handler`.
 */
export interface EventRoute {
  /** Stable name: the rule's, the queue's and the function's construct id. */
  readonly id: string;
  /** The bus sources whose events of these detail types the route takes. */
  readonly sources: readonly string[];
  readonly detailTypes: readonly DetailType[];
  readonly handler: string;
  readonly delivery: RouteDelivery;
}

/** A fact enters as a webhook, a web form or an import row: the same event, one path. */
const factSources = [webhookEventSource, appEventSource, importEventSource] as const;

/**
 * Fact consumers: single-item conditional writes, contention-free, so many may run at once;
 * 20 at a time keeps a burst well within an on-demand table's ramp.
 */
const factDelivery: RouteDelivery = { batchSize: 10, maxConcurrency: 20, retry: dayLongRetry };

export const eventRoutes: readonly EventRoute[] = [
  {
    id: 'RecordParticipant',
    sources: factSources,
    detailTypes: ['ParticipantRegistered'],
    handler: 'ledger/record-participant',
    delivery: factDelivery,
  },
  {
    id: 'RecordMatchCreated',
    sources: factSources,
    detailTypes: ['MatchCreated'],
    handler: 'ledger/record-match-created',
    delivery: factDelivery,
  },
  {
    id: 'RecordCheckIn',
    sources: factSources,
    detailTypes: ['CheckInRecorded'],
    handler: 'ledger/record-check-in',
    delivery: factDelivery,
  },
  {
    id: 'RecordMatchEnded',
    sources: factSources,
    detailTypes: ['MatchEnded'],
    handler: 'ledger/record-match-ended',
    delivery: factDelivery,
  },
  {
    id: 'EraseParticipant',
    sources: factSources,
    detailTypes: ['ParticipantErased'],
    handler: 'ledger/erase-participant',
    // Rare, and each touches several items of one carrier: few at a time.
    delivery: { batchSize: 1, maxConcurrency: 2, retry: dayLongRetry },
  },
  {
    id: 'RecordFunding',
    sources: factSources,
    detailTypes: ['FundingReported'],
    handler: 'ledger/record-funding',
    delivery: factDelivery,
  },
  {
    id: 'SendReminderDigest',
    sources: [reminderEventSource],
    detailTypes: ['CheckInOverdue'],
    handler: 'reminders/send-reminder-digest',
    // One e-mail per event, paced to the funder's emailRatePerSecond inside the function;
    // eight senders at once keep the pace without idling (four reached only 45 of 50 a
    // second in bench/paced-sweep.ts: a digest is read and rendered before it is sent), and
    // a throttled send is retried.
    delivery: { batchSize: 1, maxConcurrency: 8, retry: dayLongRetry },
  },
  {
    id: 'RefreshCarrierFigures',
    sources: [reminderEventSource],
    detailTypes: ['CarrierFiguresRequested'],
    handler: 'office/refresh-carrier-figures',
    // Each reads one carrier's partition (its facts and summaries) and writes one row: a few at
    // once refresh 1,000 carriers in minutes and leave the table to the day's facts.
    delivery: { batchSize: 5, maxConcurrency: 4, retry: dayLongRetry },
  },
  {
    id: 'SendSignInLink',
    sources: [appEventSource],
    detailTypes: ['SignInRequested'],
    handler: 'web/send-sign-in-link',
    // One e-mail each; someone waits for it, so several at once, paced by send-email.
    delivery: { batchSize: 1, maxConcurrency: 4, retry: dayLongRetry },
  },
  {
    id: 'SendCarrierInvitation',
    sources: [appEventSource],
    detailTypes: ['CarrierInvitationRequested'],
    handler: 'web/send-carrier-invitation',
    // One e-mail each, like the sign-in link, paced by send-email.
    delivery: { batchSize: 1, maxConcurrency: 2, retry: dayLongRetry },
  },
  {
    id: 'FanOutPeriodReports',
    sources: [reportEventSource],
    detailTypes: ['FundingPeriodClosed'],
    handler: 'reports/fan-out-period-reports',
    delivery: { batchSize: 1, maxConcurrency: 2, retry: dayLongRetry },
  },
  {
    id: 'BuildCarrierReport',
    sources: [reportEventSource],
    detailTypes: ['CarrierReportRequested'],
    handler: 'reports/build-carrier-report',
    // CPU-heavy (charts) and each reads one carrier's partition: 10 builders at once finish
    // 1,000 carriers in minutes without nearing the account's Lambda concurrency.
    delivery: { batchSize: 1, maxConcurrency: 10, retry: dayLongRetry },
  },
  {
    id: 'SendReportReadyMail',
    sources: [reportEventSource],
    detailTypes: ['ReportReadyMailRequested'],
    handler: 'reports/send-report-ready-mail',
    // One e-mail each, paced by send-email; retried for a day, then dead-lettered, while the
    // close it belongs to has long gone on.
    delivery: { batchSize: 1, maxConcurrency: 4, retry: dayLongRetry },
  },
  {
    id: 'BuildFunderSummary',
    sources: [reportEventSource],
    detailTypes: ['FunderSummaryRequested'],
    handler: 'reports/build-funder-summary',
    delivery: { batchSize: 1, maxConcurrency: 2, retry: dayLongRetry },
  },
  {
    id: 'BuildUmbrellaSummary',
    sources: [reportEventSource],
    detailTypes: ['UmbrellaSummaryRequested'],
    handler: 'reports/build-umbrella-summary',
    // CPU-heavy like a carrier report (seven pages of charts), one umbrella each.
    delivery: { batchSize: 1, maxConcurrency: 4, retry: dayLongRetry },
  },
];

/** The EventBridge pattern of a route, as both the CDK rule and the local bus match it. */
export const eventPatternOf = (route: EventRoute) => ({
  source: [...route.sources],
  'detail-type': [...route.detailTypes],
});

export const routeMatches = (route: EventRoute, source: string, detailType: string): boolean =>
  route.sources.includes(source) && (route.detailTypes as readonly string[]).includes(detailType);
