import { httpHandler } from '../../shared/http/http-handler';
import { openApiDocument } from '../../shared/openapi/document';

/** GET /v1/openapi.json (SPEC §11): the OpenAPI 3.1 document, public, built from the schemas. */
export const handler = httpHandler(async () => ({
  statusCode: 200,
  headers: { 'content-type': 'application/json', 'cache-control': 'public, max-age=300' },
  body: JSON.stringify(openApiDocument()),
}));
