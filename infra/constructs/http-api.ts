import { RemovalPolicy, Validations } from 'aws-cdk-lib';
import { AccessLogFormat } from 'aws-cdk-lib/aws-apigateway';
import type { CfnStage, HttpStage } from 'aws-cdk-lib/aws-apigatewayv2';
import {
  HttpApi,
  HttpMethod,
  LogGroupLogDestination,
  PayloadFormatVersion,
} from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import type { HttpRoute } from '../../shared/http/routes';

/** The stage's default route throttling (requests per second, burst); partners retry a 429. */
export const apiThrottle = { rateLimit: 100, burstLimit: 200 };

/** The kinds of route that get a throttle of their own. */
export type ThrottleClass = 'webhook' | 'read' | 'report' | 'web' | 'docs';

/**
 * Per-route limits (requests per second, burst), each route its own bucket: a flood of
 * unsigned webhooks is refused on the webhook route alone and cannot starve the read API,
 * the reports or the coordinators' web app (issue 8).
 */
export const routeThrottles: Readonly<
  Record<ThrottleClass, { readonly rateLimit: number; readonly burstLimit: number }>
> = {
  webhook: { rateLimit: 100, burstLimit: 200 },
  read: { rateLimit: 50, burstLimit: 100 },
  // Files of up to a few MB each; a funder's staff fetch them now and then.
  report: { rateLimit: 10, burstLimit: 20 },
  web: { rateLimit: 20, burstLimit: 40 },
  docs: { rateLimit: 5, burstLimit: 10 },
};

/** Which throttle a route gets, from its method and path. */
export function throttleClassOf(route: HttpRoute): ThrottleClass {
  if (route.public) return 'docs';
  if (route.path === '/app' || route.path.startsWith('/app/')) return 'web';
  if (route.method === 'POST' && route.path.endsWith('/webhooks')) return 'webhook';
  if (route.path.startsWith('/v1/periods/')) return 'report';
  return 'read';
}

/** The API Gateway route key, e.g. `POST /v1/carriers/{carrierId}/webhooks`. */
export const routeKeyOf = (route: HttpRoute): string => `${route.method} ${route.path}`;

/**
 * One JSON object per request. The route key (`GET /app/sign-in/{proxy+}`), never the path:
 * a path may hold a sign-in or "contact done" token, which must not outlive its 30 minutes
 * or 14 days in a log kept for 30 days (issue 16).
 */
const accessLogFormat = AccessLogFormat.custom(
  JSON.stringify({
    requestId: '$context.requestId',
    requestTime: '$context.requestTime',
    sourceIp: '$context.identity.sourceIp',
    routeKey: '$context.routeKey',
    status: '$context.status',
    responseLength: '$context.responseLength',
    responseLatency: '$context.responseLatency',
    integrationLatency: '$context.integrationLatency',
    integrationError: '$context.integrationErrorMessage',
  }),
);

// Authentication lives in the handlers because it depends on the raw body or the carrier in
// the path; an API Gateway authorizer would see neither the body nor the carrier's keys.
const authReason = (route: HttpRoute): string =>
  route.path === '/app' || route.path.startsWith('/app/')
    ? 'The coordinator web app (SPEC §9) authenticates in the function: its sign-in page and e-mail links are public by design; every other page needs a server-side session started from a single-use e-mail link and checked against the table on every request, which an authorizer cannot start or check.'
    : route.public
      ? 'The API description (the OpenAPI document and its page, SPEC §11) is public by design: it is built from code, holds no data and its function has no access to the table.'
      : route.method === 'POST'
        ? 'Partner webhooks are authenticated in the function: a Standard Webhooks HMAC signature over the raw body with the per-carrier secret (SPEC §2); an authorizer cannot see the raw body.'
        : 'Read requests are authorised in the function against per-carrier and admin bearer keys kept in the table (SPEC §4), because what a key may read depends on the carrier in the path.';

export interface HttpEndpoint {
  readonly route: HttpRoute;
  readonly function: IFunction;
}

export interface TandemHttpApiProps {
  readonly apiName: string;
  readonly endpoints: readonly HttpEndpoint[];
}

/** The HTTP API: one route per entry of the shared route table, on a throttled, logged stage. */
export class TandemHttpApi extends Construct {
  readonly api: HttpApi;
  readonly stage: HttpStage;

  constructor(scope: Construct, id: string, props: TandemHttpApiProps) {
    super(scope, id);
    this.api = new HttpApi(this, 'Api', { apiName: props.apiName, createDefaultStage: false });

    const accessLogs = new LogGroup(this, 'AccessLogs', {
      retention: RetentionDays.ONE_MONTH,
      removalPolicy: RemovalPolicy.DESTROY,
    });
    this.stage = this.api.addStage('DefaultStage', {
      stageName: '$default',
      autoDeploy: true,
      throttle: apiThrottle,
      accessLogSettings: {
        destination: new LogGroupLogDestination(accessLogs),
        format: accessLogFormat,
      },
    });

    const stageResource = this.stage.node.defaultChild as CfnStage;
    stageResource.routeSettings = Object.fromEntries(
      props.endpoints.map(({ route }) => {
        const throttle = routeThrottles[throttleClassOf(route)];
        return [
          routeKeyOf(route),
          { ThrottlingRateLimit: throttle.rateLimit, ThrottlingBurstLimit: throttle.burstLimit },
        ];
      }),
    );

    for (const { route, function: fn } of props.endpoints) {
      const routes = this.api.addRoutes({
        path: route.path,
        methods: [HttpMethod[route.method]],
        integration: new HttpLambdaIntegration(`${route.id}Integration`, fn, {
          payloadFormatVersion: PayloadFormatVersion.VERSION_2_0,
        }),
      });
      for (const httpRoute of routes) {
        // Route settings name routes: the stage must be created after them.
        stageResource.node.addDependency(httpRoute);
        Validations.of(httpRoute).acknowledge({
          id: 'AwsSolutions-APIG4',
          reason: authReason(route),
        });
      }
    }
  }
}
