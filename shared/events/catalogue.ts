import * as z from 'zod/mini';
import { englishErrorMessages } from '../schemas/error-messages';
import { isoDate, isoTimestamp, partnerId } from '../schemas/primitives';
import { webhookDataSchema } from '../schemas/webhook-schema-loader';
import type { WebhookBody, WebhookType } from '../schemas/webhooks';

/** Source of the facts that ingest puts on the bus (signed partner webhooks). */
export const webhookEventSource = 'tandem.webhooks';
/** Source of the facts that coordinators enter in the web app (SPEC §9). */
export const appEventSource = 'tandem.app';
/** Source of the facts read from an imported spreadsheet (SPEC §10). */
export const importEventSource = 'tandem.import';
/** Source of the events of the daily reminder sweep. */
export const reminderEventSource = 'tandem.reminders';
/** Source of the events that close a funding period and build its reports. */
export const reportEventSource = 'tandem.reports';

/** A close of a period; closing again makes a new revision, reports are never overwritten. */
const periodRevision = () =>
  z.strictObject({
    periodId: partnerId,
    revision: z.string().check(z.regex(/^[0-9A-Za-z-]{1,40}$/)),
  });

/**
 * The internal event envelope: ids and dates only, never personal data, because the bus
 * archives every event. `carrierId` comes from the verified path, never from the body.
 */
const factEvent = <D extends z.ZodMiniType>(data: D) =>
  z.strictObject({
    carrierId: partnerId,
    webhookId: z.string().check(z.minLength(1), z.maxLength(256)),
    /** The partner's `timestamp` of the fact; later facts about the same thing win. */
    occurredAt: isoTimestamp,
    receivedAt: isoTimestamp,
    data,
  });

/**
 * The event catalogue: one schema per detail type. Each is built on first use, so a function
 * pays at cold start only for the events it handles; a fact event loads only its webhook
 * type's schema (webhook-schema-loader.ts, bench/bundle-size.ts).
 */
const catalogue = {
  ParticipantRegistered: async () => factEvent(await webhookDataSchema('participant.registered')),
  MatchCreated: async () => factEvent(await webhookDataSchema('match.created')),
  CheckInRecorded: async () => factEvent(await webhookDataSchema('checkin.recorded')),
  MatchEnded: async () => factEvent(await webhookDataSchema('match.ended')),
  ParticipantErased: async () => factEvent(await webhookDataSchema('participant.erased')),
  FundingReported: async () => factEvent(await webhookDataSchema('funding.reported')),
  /**
   * The sweep's decision for one carrier and level on one day: these matches are newly
   * overdue (level 1) or newly escalated (level 2). One digest e-mail follows.
   */
  CheckInOverdue: () =>
    z.strictObject({
      carrierId: partnerId,
      date: isoDate,
      level: z.union([z.literal(1), z.literal(2)]),
      matches: z
        .array(
          z.strictObject({
            matchId: partnerId,
            nextDueOn: isoDate,
            overdueDays: z.int().check(z.minimum(1)),
          }),
        )
        .check(z.minLength(1)),
    }),
  /**
   * Refresh one carrier's figures in the office's row (SPEC §12) as of `date`: the sweep
   * asks for every carrier on each run.
   */
  CarrierFiguresRequested: () => z.strictObject({ carrierId: partnerId, date: isoDate }),
  /**
   * Someone asked for a sign-in link on the web app (SPEC §9). The bus archives events, so
   * it carries the address's hash (`keys.hashAddress`), never the address.
   */
  SignInRequested: () =>
    z.strictObject({
      addressHash: z.string().check(z.regex(/^[0-9a-f]{64}$/)),
      requestedAt: isoTimestamp,
      /** The language of the page the link was asked for on. */
      language: z.string().check(z.regex(/^[a-z]{2}$/)),
    }),
  /**
   * The programme office invites a carrier's coordinator (SPEC §12): a 7-day sign-in link by
   * e-mail, in the carrier's language, while the carrier is still `invited`.
   */
  CarrierInvitationRequested: () =>
    z.strictObject({ carrierId: partnerId, requestedAt: isoTimestamp }),
  /** A period was closed (at its end, or on command): fan out one report per carrier. */
  FundingPeriodClosed: () => z.extend(periodRevision(), { closedAt: isoTimestamp }),
  /** Build one carrier's report for a period close. */
  CarrierReportRequested: () => z.extend(periodRevision(), { carrierId: partnerId }),
  /**
   * A carrier's report of a close is recorded (and counted): tell the carrier. Its own event,
   * so that a send that fails for long never holds the close back (issue 16, point 5).
   */
  ReportReadyMailRequested: () => z.extend(periodRevision(), { carrierId: partnerId }),
  /** Every carrier's report of the close is written: build the funder summary. */
  FunderSummaryRequested: periodRevision,
  /**
   * The funder summary of a close is built: build one umbrella's summary (SPEC §6), an event
   * each, so that two dozen umbrellas' pages never meet in one function's time.
   */
  UmbrellaSummaryRequested: () => z.extend(periodRevision(), { umbrellaId: partnerId }),
} as const;

export type DetailType = keyof typeof catalogue;
type EventSchema<T extends DetailType> = Awaited<ReturnType<(typeof catalogue)[T]>>;
export type EventDetail<T extends DetailType> = z.infer<EventSchema<T>>;

const built = new Map<DetailType, Promise<z.ZodMiniType>>();

/** The schema of one detail type, built once per process. */
function eventSchema<T extends DetailType>(detailType: T): Promise<EventSchema<T>> {
  let schema = built.get(detailType);
  if (!schema) {
    schema = Promise.resolve(catalogue[detailType]());
    built.set(detailType, schema);
  }
  return schema as Promise<EventSchema<T>>;
}

/** Checks an event's detail against the catalogue; a refusal says why in zod's English. */
export const parseDetail = async <T extends DetailType>(
  detailType: T,
  detail: unknown,
): Promise<EventDetail<T>> =>
  (await eventSchema(detailType)).parse(detail, englishErrorMessages) as EventDetail<T>;

/** Which bus event a webhook type becomes. */
export const detailTypeOfWebhook = {
  'participant.registered': 'ParticipantRegistered',
  'match.created': 'MatchCreated',
  'checkin.recorded': 'CheckInRecorded',
  'match.ended': 'MatchEnded',
  'participant.erased': 'ParticipantErased',
  'funding.reported': 'FundingReported',
} as const satisfies Record<WebhookType, DetailType>;

/** Any event of the catalogue, with its detail type and detail correlated. */
export type BusEvent = { [T in DetailType]: { detailType: T; detail: EventDetail<T> } }[DetailType];

/** The bus event of a verified webhook; the carrier is the one of the verified path. */
export const factEventOf = (
  carrierId: string,
  webhookId: string,
  webhook: WebhookBody,
  receivedAt: Date,
): BusEvent =>
  ({
    detailType: detailTypeOfWebhook[webhook.type],
    detail: {
      carrierId,
      webhookId,
      occurredAt: webhook.timestamp,
      receivedAt: receivedAt.toISOString(),
      data: webhook.data,
    },
  }) as BusEvent; // The mapping above pairs each webhook type with its own detail type.
