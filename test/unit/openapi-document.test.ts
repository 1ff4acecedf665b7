import { Validator } from '@seriousme/openapi-schema-validator';
import { describe, expect, it } from 'vitest';
import { httpRoutes } from '../../shared/http/routes';
import { isDocumentedRoute, openApiDocument } from '../../shared/openapi/document';
import { webhookSample, webhookTypes } from '../../shared/openapi/sample';
import { webhookBodySchema, type WebhookType } from '../../shared/schemas/webhooks';
import { documentAjv, pointer } from '../support/openapi-responses';

// SPEC §11: the OpenAPI document is valid OpenAPI 3.1, covers exactly the API routes of the
// route table, and its webhook schemas are strict enough for a partner to validate against.

const document = openApiDocument();
type Json = Record<string, unknown>;
const schemas = document.components.schemas as Record<string, Json>;

const operationsInDocument = () =>
  Object.entries(document.paths).flatMap(([path, item]) =>
    Object.keys(item).map((method) => `${method.toUpperCase()} ${path}`),
  );

describe('the OpenAPI document', () => {
  it('validates as OpenAPI 3.1 with a real validator', async () => {
    const validator = new Validator();
    const result = await validator.validate(structuredClone(document) as never);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    expect(validator.version).toBe('3.1');
    // The validator does look: a response without its description is refused.
    const broken = structuredClone(document) as unknown as {
      paths: Record<string, Record<string, { responses: Record<string, Json> }>>;
    };
    delete broken.paths['/v1/openapi.json']?.get?.responses['200']?.description;
    expect((await new Validator().validate(broken as never)).valid).toBe(false);
  });

  it('lists exactly the routes of the route table under /v1/, and nothing else', () => {
    const routes = httpRoutes.filter(isDocumentedRoute).map((r) => `${r.method} ${r.path}`);
    expect(operationsInDocument().sort()).toEqual(routes.sort());
    // The web app and the docs page are routes, but not part of the API document.
    expect(operationsInDocument()).not.toContain('GET /docs');
    for (const path of Object.keys(document.paths)) expect(path.startsWith('/app')).toBe(false);
  });

  it('covers every path of SPEC §2, §4 and §6', () => {
    expect(operationsInDocument()).toEqual(
      expect.arrayContaining([
        'POST /v1/carriers/{carrierId}/webhooks',
        'GET /v1/carriers/{carrierId}/matches/{matchId}',
        'GET /v1/carriers/{carrierId}/matches',
        'GET /v1/periods/{periodId}/carriers/{carrierId}/report',
        'GET /v1/periods/{periodId}/report',
        'GET /v1/periods/{periodId}/funding-comparison',
      ]),
    );
  });

  it('answers every error as problem+json and names the security of each operation', () => {
    const paths = document.paths as Record<string, Record<string, Json>>;
    for (const [path, item] of Object.entries(paths)) {
      for (const [method, operation] of Object.entries(item)) {
        const responses = operation.responses as Record<string, { content?: Json }>;
        for (const [status, response] of Object.entries(responses)) {
          if (Number(status) >= 400) {
            expect(Object.keys(response.content ?? {}), `${method} ${path} ${status}`).toEqual([
              'application/problem+json',
            ]);
          }
        }
        const security = operation.security as Json[];
        if (path === '/v1/openapi.json') expect(security).toEqual([]);
        else if (method === 'post') expect(security).toEqual([{ webhookSignature: [] }]);
        else expect(security).toEqual([{ apiKey: [] }]);
      }
    }
    const ingest = paths['/v1/carriers/{carrierId}/webhooks']?.post as { parameters: Json[] };
    expect(ingest.parameters.filter((p) => p.in === 'header').map((p) => p.name)).toEqual([
      'webhook-id',
      'webhook-timestamp',
      'webhook-signature',
    ]);
    expect(Object.keys(ingest as Json)).toContain('requestBody');
    const list = paths['/v1/carriers/{carrierId}/matches']?.get as { parameters: Json[] };
    expect(list.parameters.map((p) => `${String(p.in)}:${String(p.name)}`)).toEqual([
      'path:carrierId',
      'query:status',
      'query:overdue',
      'query:risk',
      'query:limit',
      'query:cursor',
    ]);
  });

  it('describes each report format: JSON by schema, CSV and HTML as text', () => {
    const paths = document.paths as Record<string, Record<string, Json>>;
    const report = paths['/v1/periods/{periodId}/carriers/{carrierId}/report']?.get as {
      responses: Record<string, { content: Record<string, { schema: Json }> }>;
    };
    expect(report.responses['200']?.content).toEqual({
      'application/json': { schema: { $ref: '#/components/schemas/CarrierReport' } },
      'text/csv': { schema: { type: 'string' } },
      'text/html': { schema: { type: 'string' } },
    });
  });

  it('has one webhook entry per event type of SPEC §2, named by the type', () => {
    expect(Object.keys(document.webhooks).sort()).toEqual(
      [
        'participant.registered',
        'match.created',
        'checkin.recorded',
        'match.ended',
        'participant.erased',
        'funding.reported',
      ].sort(),
    );
    const envelope = schemas['match.created'] as Json;
    expect(envelope.required).toEqual(['type', 'timestamp', 'data']);
    expect(envelope.additionalProperties).toBe(false);
    expect((envelope.properties as Record<string, Json>).data?.additionalProperties).toBe(false);
  });

  it('describes every field of every webhook, in English, from the schemas', () => {
    for (const type of webhookTypes) {
      const envelope = schemas[type] as { properties: Record<string, Json> };
      const data = envelope.properties.data as { description?: string; properties: Json };
      expect(data.description, type).toMatch(/^[A-Z][^.]{5,}$/);
      for (const [name, field] of Object.entries(data.properties as Record<string, Json>)) {
        expect(field.description, `${type} data.${name}`).toEqual(expect.any(String));
      }
    }
  });
});

describe('each webhook schema of the document (JSON Schema 2020-12, read from the document)', () => {
  const ajv = documentAjv();
  const schemaOf = (type: string) =>
    ajv.compile({
      $ref: `${pointer('webhooks', type, 'post', 'requestBody', 'content')}/application~1json/schema`,
    });

  const mutate = (type: WebhookType, change: (body: Json & { data: Json }) => void) => {
    const body = structuredClone(webhookSample(type)) as Json & { data: Json };
    change(body);
    return body;
  };

  it.each(webhookTypes)('%s: accepts its sample, which the API schema accepts too', (type) => {
    const sample = webhookSample(type);
    expect(schemaOf(type)(sample), JSON.stringify(schemaOf(type).errors)).toBe(true);
    expect(webhookBodySchema.safeParse(sample).success).toBe(true);
    // The sample of one type is not a body of another.
    for (const other of webhookTypes.filter((t) => t !== type)) {
      expect(schemaOf(other)(sample)).toBe(false);
    }
  });

  it.each(webhookTypes)('%s: refuses an unknown field in data and in the envelope', (type) => {
    const validate = schemaOf(type);
    expect(validate(mutate(type, (body) => (body.data.name = 'Erika Mustermann')))).toBe(false);
    expect(validate(mutate(type, (body) => (body.carrierId = 'c-1')))).toBe(false);
  });

  it.each(webhookTypes)('%s: refuses a missing envelope field', (type) => {
    const validate = schemaOf(type);
    for (const field of ['type', 'timestamp', 'data']) {
      expect(validate(mutate(type, (body) => delete body[field])), field).toBe(false);
    }
  });

  it.each(webhookTypes)('%s: refuses a wrong enum value, and a wrong type name', (type) => {
    const validate = schemaOf(type);
    expect(validate(mutate(type, (body) => (body.type = 'match.deleted')))).toBe(false);
    const enumField = Object.entries(
      (
        schemas[type] as {
          properties: { data: { properties: Record<string, Json> } };
        }
      ).properties.data.properties,
    ).find(([, field]) => Array.isArray(field.enum));
    if (enumField) {
      expect(validate(mutate(type, (body) => (body.data[enumField[0]] = 'not_a_value')))).toBe(
        false,
      );
    } else {
      // Only funding.reported keeps its enum inside a list; participant.erased has none.
      const sources = mutate(type, (body) => {
        if (Array.isArray(body.data.sources))
          body.data.sources = [{ kind: 'lottery', amountEur: 1 }];
        else body.data.participantId = 'not an id';
      });
      expect(validate(sources)).toBe(false);
    }
  });
});
