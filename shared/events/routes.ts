import type { DetailType } from './catalogue';
import { reminderEventSource, reportEventSource, webhookEventSource } from './catalogue';

/**
 * The one route table: which bus event goes to which handler. The CDK rules and the local
 * bus are both built from it, so the two cannot drift apart.
 * `handler` is the path below `functions/` without extension; the module exports `handler`.
 */
export interface EventRoute {
  /** Stable name: the rule's and the function's construct id. */
  readonly id: string;
  readonly source: string;
  readonly detailTypes: readonly DetailType[];
  readonly handler: string;
}

export const eventRoutes: readonly EventRoute[] = [
  {
    id: 'RecordParticipant',
    source: webhookEventSource,
    detailTypes: ['ParticipantRegistered'],
    handler: 'ledger/record-participant',
  },
  {
    id: 'RecordMatchCreated',
    source: webhookEventSource,
    detailTypes: ['MatchCreated'],
    handler: 'ledger/record-match-created',
  },
  {
    id: 'RecordCheckIn',
    source: webhookEventSource,
    detailTypes: ['CheckInRecorded'],
    handler: 'ledger/record-check-in',
  },
  {
    id: 'RecordMatchEnded',
    source: webhookEventSource,
    detailTypes: ['MatchEnded'],
    handler: 'ledger/record-match-ended',
  },
  {
    id: 'EraseParticipant',
    source: webhookEventSource,
    detailTypes: ['ParticipantErased'],
    handler: 'ledger/erase-participant',
  },
  {
    id: 'RecordFunding',
    source: webhookEventSource,
    detailTypes: ['FundingReported'],
    handler: 'ledger/record-funding',
  },
  {
    id: 'SendReminderDigest',
    source: reminderEventSource,
    detailTypes: ['CheckInOverdue'],
    handler: 'reminders/send-reminder-digest',
  },
  {
    id: 'FanOutPeriodReports',
    source: reportEventSource,
    detailTypes: ['FundingPeriodClosed'],
    handler: 'reports/fan-out-period-reports',
  },
  {
    id: 'BuildCarrierReport',
    source: reportEventSource,
    detailTypes: ['CarrierReportRequested'],
    handler: 'reports/build-carrier-report',
  },
  {
    id: 'BuildFunderSummary',
    source: reportEventSource,
    detailTypes: ['FunderSummaryRequested'],
    handler: 'reports/build-funder-summary',
  },
];

/** The EventBridge pattern of a route, as both the CDK rule and the local bus match it. */
export const eventPatternOf = (route: EventRoute) => ({
  source: [route.source],
  'detail-type': [...route.detailTypes],
});

export const routeMatches = (route: EventRoute, source: string, detailType: string): boolean =>
  route.source === source && (route.detailTypes as readonly string[]).includes(detailType);
