/**
 * The HTTP API's routes; the CDK HTTP API and the local API server are both built from it.
 * `handler` is the path below `functions/` without extension; the module exports `handler`.
 */
export interface HttpRoute {
  readonly id: string;
  readonly method: 'GET' | 'POST';
  /** API Gateway path template, e.g. `/v1/carriers/{carrierId}/webhooks`. */
  readonly path: string;
  readonly handler: string;
  /** Answers without credentials: the API's own description (SPEC §11), which holds no data. */
  readonly public?: true;
}

export const httpRoutes: readonly HttpRoute[] = [
  {
    id: 'ReceiveWebhook',
    method: 'POST',
    path: '/v1/carriers/{carrierId}/webhooks',
    handler: 'ingest/receive-webhook',
  },
  {
    id: 'GetMatch',
    method: 'GET',
    path: '/v1/carriers/{carrierId}/matches/{matchId}',
    handler: 'matches/get-match',
  },
  {
    id: 'ListMatches',
    method: 'GET',
    path: '/v1/carriers/{carrierId}/matches',
    handler: 'matches/list-matches',
  },
  {
    id: 'GetCarrierReport',
    method: 'GET',
    path: '/v1/periods/{periodId}/carriers/{carrierId}/report',
    handler: 'reports/get-carrier-report',
  },
  {
    id: 'GetFunderSummary',
    method: 'GET',
    path: '/v1/periods/{periodId}/report',
    handler: 'reports/get-funder-summary',
  },
  {
    id: 'GetUmbrellaSummary',
    method: 'GET',
    path: '/v1/periods/{periodId}/umbrellas/{umbrellaId}/report',
    handler: 'reports/get-umbrella-summary',
  },
  {
    id: 'GetRegionReport',
    method: 'GET',
    path: '/v1/periods/{periodId}/regions/{regionKey}/report',
    handler: 'reports/get-region-report',
  },
  {
    id: 'GetFundingComparison',
    method: 'GET',
    path: '/v1/periods/{periodId}/funding-comparison',
    handler: 'reports/get-funding-comparison',
  },
  // SPEC §11: the OpenAPI document of the routes under /v1/ (shared/openapi) and its page.
  {
    id: 'GetOpenApiDocument',
    method: 'GET',
    path: '/v1/openapi.json',
    handler: 'docs/get-openapi-document',
    public: true,
  },
  { id: 'GetDocsPage', method: 'GET', path: '/docs', handler: 'docs/get-docs-page', public: true },
  // The coordinator web app (SPEC §9): one hono app behind three API Gateway routes; the
  // GET routes only read, so the functions behind them are granted reads only.
  // Before the catch-all routes below: the local server takes the first route that matches
  // (API Gateway the most specific one).
  { id: 'ImportPage', method: 'GET', path: '/app/import', handler: 'web/open-import-page' },
  { id: 'ImportPreview', method: 'POST', path: '/app/import', handler: 'web/preview-import' },
  {
    id: 'ImportConfirm',
    method: 'POST',
    path: '/app/import/confirm',
    handler: 'web/confirm-import',
  },
  // SPEC §9 `/app/reports`: the carrier's stored reports; only these routes' functions read
  // report files (functions/web/report-pages-handler.ts).
  { id: 'ReportList', method: 'GET', path: '/app/reports', handler: 'web/open-report-list' },
  {
    id: 'ReportPage',
    method: 'GET',
    path: '/app/reports/{proxy+}',
    handler: 'web/show-report-page',
  },
  // `/app/connect` (SPEC §9): functions of their own; only the forms' may seal a webhook
  // secret and write API keys.
  { id: 'ConnectPage', method: 'GET', path: '/app/connect', handler: 'web/open-connect-page' },
  {
    id: 'ConnectForm',
    method: 'POST',
    path: '/app/connect/{action}',
    handler: 'web/submit-connect-form',
  },
  // The programme office (SPEC §12): its pages only read; its forms write; only the close
  // may start a period's close (the most specific route first, for the local server).
  {
    id: 'OfficeClose',
    method: 'POST',
    path: '/app/office/periods/{periodId}/close',
    handler: 'web/close-office-period',
  },
  { id: 'OfficeHome', method: 'GET', path: '/app/office', handler: 'web/open-office-home' },
  {
    id: 'OfficeFundingPage',
    method: 'GET',
    path: '/app/office/periods/{periodId}/funding',
    handler: 'web/show-office-funding-page',
  },
  // A period's reports and a region's fact sheet read stored files: the only office pages
  // with the report bucket (and its client in their bundle).
  {
    id: 'OfficePeriodPage',
    method: 'GET',
    path: '/app/office/periods/{proxy+}',
    handler: 'web/show-office-period-page',
  },
  {
    id: 'OfficeRegionPage',
    method: 'GET',
    path: '/app/office/regions/{proxy+}',
    handler: 'web/show-office-region-page',
  },
  {
    id: 'OfficePage',
    method: 'GET',
    path: '/app/office/{proxy+}',
    handler: 'web/show-office-page',
  },
  {
    id: 'OfficeForm',
    method: 'POST',
    path: '/app/office/{proxy+}',
    handler: 'web/submit-office-form',
  },
  { id: 'WebAppHome', method: 'GET', path: '/app', handler: 'web/open-app' },
  { id: 'WebAppPage', method: 'GET', path: '/app/{proxy+}', handler: 'web/show-app-page' },
  { id: 'WebAppForm', method: 'POST', path: '/app/{proxy+}', handler: 'web/submit-app-form' },
];
