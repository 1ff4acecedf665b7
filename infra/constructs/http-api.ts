import { RemovalPolicy, Validations } from 'aws-cdk-lib';
import { AccessLogFormat } from 'aws-cdk-lib/aws-apigateway';
import type { HttpStage } from 'aws-cdk-lib/aws-apigatewayv2';
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

/** One JSON object per request; ids in paths are partner ids, never names. */
const accessLogFormat = AccessLogFormat.custom(
  JSON.stringify({
    requestId: '$context.requestId',
    requestTime: '$context.requestTime',
    sourceIp: '$context.identity.sourceIp',
    routeKey: '$context.routeKey',
    path: '$context.path',
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
  route.method === 'POST'
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

    for (const { route, function: fn } of props.endpoints) {
      const routes = this.api.addRoutes({
        path: route.path,
        methods: [HttpMethod[route.method]],
        integration: new HttpLambdaIntegration(`${route.id}Integration`, fn, {
          payloadFormatVersion: PayloadFormatVersion.VERSION_2_0,
        }),
      });
      for (const httpRoute of routes) {
        Validations.of(httpRoute).acknowledge({
          id: 'AwsSolutions-APIG4',
          reason: authReason(route),
        });
      }
    }
  }
}
