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
];
