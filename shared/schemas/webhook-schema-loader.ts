import type * as z from 'zod/mini';
import type { WebhookBody, WebhookType } from './webhooks';

// Building the six webhook schemas at import took about 4 ms of ingest's cold start
// (bench/bundle-size.ts), while a request or an event carries one type. Each type's module is
// loaded here on first use (esbuild evaluates a module imported this way when it is first
// asked for), so a function builds only the types it meets (an import: its sheets' kinds,
// shared/import/sheet-schemas.ts). webhooks.ts, which builds all six, is for the document and
// for refusing a body of no known type.

const dataSchemaLoaders = {
  'participant.registered': async () =>
    (await import('./webhook-types/participant-registered')).participantRegisteredData,
  'match.created': async () => (await import('./webhook-types/match-created')).matchCreatedData,
  'checkin.recorded': async () =>
    (await import('./webhook-types/checkin-recorded')).checkInRecordedData,
  'match.ended': async () => (await import('./webhook-types/match-ended')).matchEndedData,
  'participant.erased': async () =>
    (await import('./webhook-types/participant-erased')).participantErasedData,
  'funding.reported': async () =>
    (await import('./webhook-types/funding-reported')).fundingReportedData,
} as const satisfies Record<WebhookType, () => Promise<z.ZodMiniType>>;

export type WebhookDataSchema<T extends WebhookType> = Awaited<
  ReturnType<(typeof dataSchemaLoaders)[T]>
>;

/** The schema of one webhook type's `data`, built on first use. */
export const webhookDataSchema = <T extends WebhookType>(type: T): Promise<WebhookDataSchema<T>> =>
  dataSchemaLoaders[type]() as Promise<WebhookDataSchema<T>>;

const isWebhookType = (value: unknown): value is WebhookType =>
  typeof value === 'string' && Object.hasOwn(dataSchemaLoaders, value);

const bodySchemas = new Map<WebhookType, Promise<z.ZodMiniType<WebhookBody>>>();

async function buildBodySchema(type: WebhookType): Promise<z.ZodMiniType<WebhookBody>> {
  const [{ webhookEnvelope }, data] = await Promise.all([
    import('./webhook-types/envelope'),
    webhookDataSchema(type),
  ]);
  return webhookEnvelope(type, data) as z.ZodMiniType<unknown> as z.ZodMiniType<WebhookBody>;
}

/**
 * The schema to check a webhook body with: its type's envelope, which is the branch the
 * discriminated union of webhooks.ts would take and so refuses with the same issues; for a
 * body of no known type, that union itself, so the refusal is the union's.
 */
export async function webhookBodySchemaFor(body: unknown): Promise<z.ZodMiniType<WebhookBody>> {
  const type = typeof body === 'object' && body !== null ? Reflect.get(body, 'type') : undefined;
  if (!isWebhookType(type)) return (await import('./webhooks')).webhookBodySchema;
  let schema = bodySchemas.get(type);
  if (!schema) {
    schema = buildBodySchema(type);
    bodySchemas.set(type, schema);
  }
  return schema;
}
