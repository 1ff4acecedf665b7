import * as z from 'zod/mini';
import { httpRoutes, type HttpRoute } from '../http/routes';
import { fundingComparisonSchema } from '../schemas/funding-comparison';
import { matchListSchema, matchViewSchema } from '../schemas/matches';
import { partnerId } from '../schemas/primitives';
import { problemSchema } from '../schemas/problem';
import { regionReportSchema } from '../schemas/region-report';
import {
  carrierReportSchema,
  funderSummarySchema,
  umbrellaSummarySchema,
} from '../schemas/reports';
import { webhookAcceptedSchema } from '../schemas/webhook-receipt';
import { webhookBodySchema, type WebhookType } from '../schemas/webhooks';
import { jsonSchemaOf, type JsonSchema } from './json-schema';
import {
  operations,
  pathParameterDescriptions,
  type OperationDoc,
  type ResponseDoc,
  type SchemaName,
} from './operations';

/** The OpenAPI document's version of the contract; bumped when a shape changes. */
export const apiVersion = '1.0.0';

/** The routes the document covers: the HTTP API under `/v1/` (not the web app, not `/docs`). */
export const isDocumentedRoute = (route: HttpRoute): boolean => route.path.startsWith('/v1/');

/** Where a named schema sits in the document. */
export const schemaRef = (name: string) => ({ $ref: `#/components/schemas/${name}` });

/** One envelope schema per webhook type, in the order of SPEC §2. */
export const webhookEnvelopes = webhookBodySchema.def.options.map((envelope) => ({
  type: envelope.shape.type.def.values[0] as WebhookType,
  schema: envelope as z.core.$ZodType,
  description: z.globalRegistry.get(envelope.shape.data)?.description,
}));

// Built on first use, not on import: a cold start pays for the document only when asked.
const responseSchemas = (): Record<Exclude<SchemaName, 'WebhookEnvelope'>, JsonSchema> => ({
  Problem: jsonSchemaOf(problemSchema, 'output'),
  WebhookAccepted: jsonSchemaOf(webhookAcceptedSchema, 'output'),
  MatchView: jsonSchemaOf(matchViewSchema, 'output'),
  MatchList: {
    ...jsonSchemaOf(matchListSchema, 'output'),
    properties: {
      items: { type: 'array', items: schemaRef('MatchView') },
      nextCursor: jsonSchemaOf(matchListSchema.shape.nextCursor, 'output'),
    },
  },
  CarrierReport: jsonSchemaOf(carrierReportSchema, 'output'),
  FunderSummary: jsonSchemaOf(funderSummarySchema, 'output'),
  UmbrellaSummary: jsonSchemaOf(umbrellaSummarySchema, 'output'),
  RegionReport: jsonSchemaOf(regionReportSchema, 'output'),
  FundingComparison: jsonSchemaOf(fundingComparisonSchema, 'output'),
  OpenApiDocument: {
    type: 'object',
    description: 'An OpenAPI 3.1 document',
    required: ['openapi', 'info'],
    properties: { openapi: { type: 'string', pattern: '^3\\.1\\.' } },
  },
});

/** Components names are `^[a-zA-Z0-9._-]+$`: the webhook types fit as they are. */
const envelopeSchemas = () =>
  Object.fromEntries(
    webhookEnvelopes.map(({ type, schema }) => [type, jsonSchemaOf(schema, 'input')]),
  );

const securitySchemes = {
  apiKey: {
    type: 'http',
    scheme: 'bearer',
    description:
      'An API key (`tdm_…`): a carrier’s key reads that carrier only, the funder’s admin key reads everything.',
  },
  webhookSignature: {
    type: 'apiKey',
    in: 'header',
    name: 'webhook-signature',
    description:
      'Standard Webhooks (https://www.standardwebhooks.com/): `v1,<base64 HMAC-SHA256 of "{webhook-id}.{webhook-timestamp}.{raw body}">` ' +
      'with the carrier’s secret (`whsec_` + base64 key); several space-separated signatures are allowed.',
  },
};

const signatureHeaders = [
  {
    name: 'webhook-id',
    in: 'header',
    required: true,
    description:
      'A unique id of this message; a retry keeps it, so the fact counts once (1–256 printable ASCII characters)',
    schema: { type: 'string', pattern: '^[\\x21-\\x7e]{1,256}$' },
  },
  {
    name: 'webhook-timestamp',
    in: 'header',
    required: true,
    description: 'Unix seconds of the signing; accepted within ±5 minutes of the server’s clock',
    schema: { type: 'string', pattern: '^\\d{1,12}$' },
  },
  {
    name: 'webhook-signature',
    in: 'header',
    required: true,
    description: securitySchemes.webhookSignature.description,
    schema: { type: 'string' },
  },
];

const pathParameters = (path: string) =>
  [...path.matchAll(/\{(\w+)\}/g)].map(([, name = '']) => ({
    name,
    in: 'path',
    required: true,
    description: pathParameterDescriptions[name] ?? name,
    schema: jsonSchemaOf(partnerId, 'input'),
  }));

function queryParameters(query: OperationDoc['query']) {
  if (!query) return [];
  const schema = jsonSchemaOf(query, 'input');
  const properties = (schema.properties ?? {}) as Record<string, JsonSchema>;
  const required = new Set((schema.required ?? []) as string[]);
  return Object.entries(properties).map(([name, { description, ...property }]) => ({
    name,
    in: 'query',
    required: required.has(name),
    ...(description ? { description } : {}),
    schema: property,
  }));
}

const contentOf = (content: ResponseDoc['content']) =>
  content &&
  Object.fromEntries(
    Object.entries(content).map(([mediaType, body]) => [
      mediaType,
      { schema: body === 'text' ? { type: 'string' } : schemaRef(body) },
    ]),
  );

const responsesOf = (responses: OperationDoc['responses']) =>
  Object.fromEntries(
    Object.entries(responses).map(([status, response]) => [
      status,
      {
        description: response.description,
        ...(response.headers
          ? {
              headers: Object.fromEntries(
                Object.entries(response.headers).map(([name, header]) => [
                  name,
                  {
                    description: header.description,
                    required: header.required ?? false,
                    schema: { type: 'string' },
                  },
                ]),
              ),
            }
          : {}),
        ...(response.content ? { content: contentOf(response.content) } : {}),
      },
    ]),
  );

const securityOf = (operation: OperationDoc) =>
  operation.security === 'none' ? [] : [{ [operation.security]: [] }];

function operationObject(route: HttpRoute, operation: OperationDoc) {
  return {
    operationId: route.id,
    summary: operation.summary,
    description: operation.description,
    tags: [operation.tag],
    security: securityOf(operation),
    parameters: [
      ...pathParameters(route.path),
      ...(operation.security === 'webhookSignature' ? signatureHeaders : []),
      ...queryParameters(operation.query),
    ],
    ...(operation.requestBody
      ? {
          requestBody: {
            required: true,
            content: { 'application/json': { schema: schemaRef(operation.requestBody) } },
          },
        }
      : {}),
    responses: responsesOf(operation.responses),
  };
}

const ingest = operations['POST /v1/carriers/{carrierId}/webhooks'];

/** The `webhooks` entry of one event type: the whole envelope, `data` strict. */
const webhookEntry = (type: string, description: string | undefined) => ({
  post: {
    operationId: `webhook:${type}`,
    summary: type,
    description: `${description ? `${description}. ` : ''}Sent by the partner system to \`POST /v1/carriers/{carrierId}/webhooks\`, signed per Standard Webhooks.`,
    tags: ['Webhooks'],
    security: [{ webhookSignature: [] }],
    parameters: signatureHeaders,
    requestBody: {
      required: true,
      content: { 'application/json': { schema: schemaRef(type) } },
    },
    responses: ingest ? responsesOf(ingest.responses) : {},
  },
});

/**
 * The OpenAPI 3.1 document of the HTTP API (SPEC §11), built from the route table and the
 * zod schemas that validate requests and shape responses. Routes of the table without an
 * entry in `operations` are missing here, and a test says so.
 */
export function buildOpenApiDocument() {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const route of httpRoutes.filter(isDocumentedRoute)) {
    const operation = operations[`${route.method} ${route.path}`];
    if (!operation) continue;
    (paths[route.path] ??= {})[route.method.toLowerCase()] = operationObject(route, operation);
  }
  return {
    openapi: '3.1.1',
    jsonSchemaDialect: 'https://json-schema.org/draft/2020-12/schema',
    info: {
      title: 'Tandem API',
      version: apiVersion,
      summary: 'Signed partner webhooks, the match read API and funding-period reports',
      description:
        'Partner systems of carrier organisations send signed webhooks (see `webhooks`); ' +
        'carriers and the funder read matches and reports with API keys. Tandem takes ' +
        'partner ids, dates and coarse fields only: no names, e-mail addresses or free text ' +
        'about mentors and mentees. Errors are application/problem+json (RFC 9457).',
    },
    tags: [
      { name: 'Webhooks', description: 'What partner systems send' },
      { name: 'Matches', description: 'The read API (SPEC §4)' },
      { name: 'Reports', description: 'Funding-period reports (SPEC §6)' },
      { name: 'About the API', description: 'This document' },
    ],
    paths,
    webhooks: Object.fromEntries(
      webhookEnvelopes.map(({ type, description }) => [type, webhookEntry(type, description)]),
    ),
    components: {
      schemas: {
        ...responseSchemas(),
        WebhookEnvelope: {
          description: 'One fact reported by a partner system: one of the `webhooks` envelopes',
          oneOf: webhookEnvelopes.map(({ type }) => schemaRef(type)),
          discriminator: { propertyName: 'type' },
        },
        ...envelopeSchemas(),
      },
      securitySchemes,
    },
  };
}

export type OpenApiDocument = ReturnType<typeof buildOpenApiDocument>;

let built: OpenApiDocument | undefined;

/** The document, built once per process (the schemas do not change while it runs). */
export const openApiDocument = (): OpenApiDocument => (built ??= buildOpenApiDocument());
