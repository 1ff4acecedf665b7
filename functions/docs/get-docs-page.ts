import { httpHandler } from '../../shared/http/http-handler';
import { openApiDocument } from '../../shared/openapi/document';
import { docsPageContentSecurityPolicy, renderDocsPage } from '../../shared/openapi/docs-page';

let page: string | undefined;

/** GET /docs (SPEC §11): the OpenAPI document as a self-contained page; loads nothing else. */
export const handler = httpHandler(async () => ({
  statusCode: 200,
  headers: {
    'content-type': 'text/html; charset=utf-8',
    'content-security-policy': docsPageContentSecurityPolicy,
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    'cache-control': 'public, max-age=300',
  },
  body: (page ??= renderDocsPage(openApiDocument())),
}));
