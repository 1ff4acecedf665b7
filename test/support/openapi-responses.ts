import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { httpRoutes } from '../../shared/http/routes';
import { openApiDocument } from '../../shared/openapi/document';

// Every response the e2e tests receive is checked against the OpenAPI document (SPEC §11):
// its status must be documented for the route, its content type listed, and a JSON body
// must match the schema, with a JSON Schema 2020-12 validator reading the document itself.

const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => Ajv2020;

export const documentId = 'https://tandem.invalid/openapi.json';

/** An Ajv that knows the document, so `${documentId}#/…` pointers resolve inside it. */
export function documentAjv(): Ajv2020 {
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats(ajv);
  ajv.addSchema(structuredClone(openApiDocument()), documentId);
  return ajv;
}

/** A JSON pointer into the document, as a URI fragment. */
export const pointer = (...segments: string[]) =>
  `${documentId}#/${segments
    .map((segment) => encodeURIComponent(segment.replaceAll('~', '~0').replaceAll('/', '~1')))
    .join('/')}`;

let ajv: Ajv2020 | undefined;
const compiled = new Map<string, ValidateFunction>();

function validatorAt(ref: string): ValidateFunction {
  let validate = compiled.get(ref);
  if (!validate) {
    ajv ??= documentAjv();
    validate = ajv.compile({ $ref: ref });
    compiled.set(ref, validate);
  }
  return validate;
}

const templates = httpRoutes.map((route) => ({
  route,
  pattern: new RegExp(`^${route.path.replace(/\{\w+\}/g, '[^/]+')}$`),
}));

type Operation = {
  responses: Record<string, { content?: Record<string, unknown> }>;
};

/**
 * Throws unless the response is one the document describes for this request. Requests to
 * paths outside the document (the web app, unknown paths) are not checked.
 */
export function assertDocumentedResponse(
  method: string,
  url: string,
  status: number,
  contentType: string | null,
  body: string,
): void {
  const pathname = new URL(url, 'http://localhost').pathname;
  const template = templates.find(
    ({ route, pattern }) => route.method === method && pattern.test(pathname),
  );
  const paths = openApiDocument().paths as Record<string, Record<string, Operation>>;
  const operation = template && paths[template.route.path]?.[method.toLowerCase()];
  if (!template || !operation) return;
  const where = `${method} ${template.route.path} → ${status}`;
  const response = operation.responses[String(status)];
  if (!response) throw new Error(`${where}: status not in the OpenAPI document`);
  const mediaType = (contentType ?? '').split(';')[0]?.trim() ?? '';
  if (!response.content) return;
  if (!(mediaType in response.content)) {
    throw new Error(`${where}: content type "${mediaType}" not in the OpenAPI document`);
  }
  if (!mediaType.endsWith('json')) return;
  const validate = validatorAt(
    pointer('paths', template.route.path, method.toLowerCase(), 'responses', String(status)) +
      `/content/${encodeURIComponent(mediaType.replace('/', '~1'))}/schema`,
  );
  const parsed = JSON.parse(body) as unknown;
  if (!validate(parsed)) {
    throw new Error(
      `${where}: the body does not match the OpenAPI document: ${JSON.stringify(validate.errors)}\n${body.slice(0, 2000)}`,
    );
  }
}

/** Checks a fetch response (from a clone, so the caller can still read it) and returns it. */
export async function documentedResponse(method: string, response: Response): Promise<Response> {
  const body = await response.clone().text();
  assertDocumentedResponse(
    method,
    response.url,
    response.status,
    response.headers.get('content-type'),
    body,
  );
  return response;
}
