import * as z from 'zod';
import { fundingComparisonQuerySchema } from '../schemas/funding-comparison-query';
import { matchListQuerySchema } from '../schemas/match-list-query';
import { languages } from '../i18n/languages';
import { reportFormats } from '../schemas/reports';

/**
 * What the OpenAPI document says about each documented route of `shared/http/routes.ts`,
 * keyed `METHOD path`. The shapes themselves are the zod schemas that validate requests and
 * shape responses; here they are only named (`components.schemas` of `./document.ts`).
 */

/** A named body schema of the document (see `responseSchemas` and `requestSchemas`). */
export type SchemaName =
  | 'Problem'
  | 'WebhookAccepted'
  | 'WebhookEnvelope'
  | 'MatchView'
  | 'MatchList'
  | 'CarrierReport'
  | 'FunderSummary'
  | 'UmbrellaSummary'
  | 'RegionReport'
  | 'FundingComparison'
  | 'OpenApiDocument';

/** Content types of a response and what each holds: a named schema, or text. */
export type ResponseContent = Partial<
  Record<'application/json' | 'application/problem+json', SchemaName> &
    Record<'text/csv' | 'text/html', 'text'>
>;

export interface ResponseDoc {
  readonly description: string;
  readonly content?: ResponseContent;
  readonly headers?: Readonly<Record<string, { description: string; required?: boolean }>>;
}

export interface OperationDoc {
  readonly summary: string;
  readonly description: string;
  readonly tag: 'Webhooks' | 'Matches' | 'Reports' | 'About the API';
  /** `apiKey`: bearer key (carrier or admin); `webhookSignature`: Standard Webhooks; `none`. */
  readonly security: 'apiKey' | 'webhookSignature' | 'none';
  /** The query string, as the client sends it (`io: 'input'`). */
  readonly query?: z.core.$ZodType;
  /** A JSON request body (`io: 'input'`). */
  readonly requestBody?: SchemaName;
  readonly responses: Readonly<Record<number, ResponseDoc>>;
}

const problem = (description: string): ResponseDoc => ({
  description,
  content: { 'application/problem+json': 'Problem' },
});

const unavailable: ResponseDoc = {
  ...problem('A downstream service failed; nothing was changed. Retry after the given time.'),
  headers: { 'Retry-After': { description: 'Seconds to wait before retrying', required: true } },
};
const unauthorized = problem('The API key is missing or unknown');
const notFound = problem('No such resource, or another carrier’s');

const reportFormatQuery = z.strictObject({
  format: z.enum(reportFormats).default('json').describe('Response format'),
  lang: z
    .enum(languages)
    .optional()
    .describe('Language of the HTML report; by default the reader’s (carrier’s, funder’s)'),
});

const reportFile = (schema: SchemaName): ResponseDoc => ({
  description: 'The latest revision of the report, in the requested format',
  content: { 'application/json': schema, 'text/csv': 'text', 'text/html': 'text' },
  headers: {
    'x-report-revision': { description: 'The revision of the period close', required: true },
    'content-disposition': { description: 'For CSV: a download file name' },
  },
});

export const operations: Readonly<Record<string, OperationDoc>> = {
  'POST /v1/carriers/{carrierId}/webhooks': {
    summary: 'Receive a signed webhook',
    description:
      'A partner system reports one fact. Signed per Standard Webhooks with the carrier’s secret; ' +
      'the body is one of the envelopes under `webhooks`. A 202 means the fact is durably ' +
      'accepted; resending the same `webhook-id` (or the same fact) counts once.',
    tag: 'Webhooks',
    security: 'webhookSignature',
    requestBody: 'WebhookEnvelope',
    responses: {
      202: {
        description: 'Accepted, or a duplicate `webhook-id` already accepted',
        content: { 'application/json': 'WebhookAccepted' },
      },
      400: problem('The body is not JSON'),
      401: problem(
        'Missing or invalid signature, unknown carrier, or timestamp outside ±5 minutes (one answer for all)',
      ),
      413: problem('The body is over 64 KiB'),
      415: problem('The body is not sent as application/json'),
      422: problem(
        "Valid JSON that breaks the schema, a `timestamp` more than 5 minutes after receipt, or an `occurredOn` later than tomorrow in the funder's time zone; `errors` names each field",
      ),
      503: unavailable,
    },
  },
  'GET /v1/carriers/{carrierId}/matches/{matchId}': {
    summary: 'Get a match',
    description:
      'The match with its status, support contacts and whether it is at risk of ending early, ' +
      'as of today in the funder’s time zone.',
    tag: 'Matches',
    security: 'apiKey',
    responses: {
      200: { description: 'The match', content: { 'application/json': 'MatchView' } },
      401: unauthorized,
      404: notFound,
      503: unavailable,
    },
  },
  'GET /v1/carriers/{carrierId}/matches': {
    summary: 'List matches',
    description:
      'The carrier’s matches, one page at a time, in matchId order; filters combine. A page ' +
      'may hold fewer than `limit` items, even none, and still have a `nextCursor`.',
    tag: 'Matches',
    security: 'apiKey',
    query: matchListQuerySchema,
    responses: {
      200: { description: 'One page of matches', content: { 'application/json': 'MatchList' } },
      400: problem('A query parameter is invalid; `detail` names it'),
      401: unauthorized,
      404: notFound,
      503: unavailable,
    },
  },
  'GET /v1/periods/{periodId}/carriers/{carrierId}/report': {
    summary: 'Get a carrier’s report',
    description:
      'The carrier’s report of a closed funding period (the carrier’s key or the admin key).',
    tag: 'Reports',
    security: 'apiKey',
    query: reportFormatQuery,
    responses: {
      200: reportFile('CarrierReport'),
      400: problem('Unknown format or language'),
      401: unauthorized,
      404: problem('No such carrier, another carrier’s, or the period is not closed yet'),
      503: unavailable,
    },
  },
  'GET /v1/periods/{periodId}/report': {
    summary: 'Get the funder summary',
    description: 'The funder summary of a closed funding period (admin key).',
    tag: 'Reports',
    security: 'apiKey',
    query: reportFormatQuery,
    responses: {
      200: reportFile('FunderSummary'),
      400: problem('Unknown format or language'),
      401: unauthorized,
      404: problem('Not the admin key, or the period is not closed yet'),
      503: unavailable,
    },
  },
  'GET /v1/periods/{periodId}/umbrellas/{umbrellaId}/report': {
    summary: 'Get an umbrella summary',
    description:
      'An umbrella organisation’s summary of a closed funding period: the funder summary’s ' +
      'figures over its carriers only, with the same k-anonymity, plus `umbrellaId` (admin key).',
    tag: 'Reports',
    security: 'apiKey',
    query: reportFormatQuery,
    responses: {
      200: reportFile('UmbrellaSummary'),
      400: problem('Unknown format or language'),
      401: unauthorized,
      404: problem('Not the admin key, no such umbrella, or the period is not closed yet'),
      503: unavailable,
    },
  },
  'GET /v1/periods/{periodId}/regions/{regionKey}/report': {
    summary: 'Get a region report',
    description:
      'A region’s figures of a closed funding period for co-funding by a municipality (admin ' +
      'key): the funder summary’s figures over the carriers whose municipality is in the ' +
      'region, the funding units, and all carriers’ figures for comparison. A region with too ' +
      'few carriers, or whose enclosing region’s rest has too few, is `{"suppressed":true}` ' +
      'with no count. The HTML form is a printable fact sheet.',
    tag: 'Reports',
    security: 'apiKey',
    query: reportFormatQuery,
    responses: {
      200: reportFile('RegionReport'),
      400: problem('A region key that is not 2, 5 or 8 digits, or an unknown format or language'),
      401: unauthorized,
      404: problem('Not the admin key, or the period is not closed yet'),
      503: unavailable,
    },
  },
  'GET /v1/periods/{periodId}/funding-comparison': {
    summary: 'Compare funding models',
    description:
      'What the given rates would give each group of carriers in a closed period, against ' +
      'today’s per-new-match funding (admin key). At least one rate must be > 0. With ' +
      '`umbrella`, over that umbrella’s carriers only; without, with one entry per umbrella.',
    tag: 'Reports',
    security: 'apiKey',
    query: fundingComparisonQuerySchema,
    responses: {
      200: {
        description: 'The comparison, in the requested format',
        content: { 'application/json': 'FundingComparison', 'text/csv': 'text' },
      },
      400: problem('No rate > 0, a rate that is not a number ≥ 0, or an unknown parameter'),
      401: unauthorized,
      404: problem('Not the admin key, no such umbrella, or the period is not closed yet'),
      503: unavailable,
    },
  },
  'GET /v1/openapi.json': {
    summary: 'This document',
    description: 'The OpenAPI 3.1 description of this API; no key needed.',
    tag: 'About the API',
    security: 'none',
    responses: {
      200: {
        description: 'The OpenAPI document',
        content: { 'application/json': 'OpenApiDocument' },
      },
    },
  },
};

/** Descriptions of the path parameters, by name; each is a partner id (SPEC §2). */
export const pathParameterDescriptions: Readonly<Record<string, string>> = {
  carrierId: 'The carrier’s id (`c-…`), as `tandem carriers add` printed it',
  matchId: 'The partner system’s id of the match',
  periodId: 'The funding period’s id from the funder config (e.g. `2025`)',
  umbrellaId: 'The umbrella organisation’s id (`u-…`), as `tandem umbrellas add` printed it',
  regionKey: 'An official regional key (AGS): 2 digits a Land, 5 a Kreis, 8 a Gemeinde',
};
