import type { Duration } from 'aws-cdk-lib';
import { RemovalPolicy, Validations } from 'aws-cdk-lib';
import { Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import {
  Architecture,
  Function as LambdaFunction,
  LoggingFormat,
  Runtime,
  Tracing,
} from 'aws-cdk-lib/aws-lambda';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { ITopic } from 'aws-cdk-lib/aws-sns';
import { Construct } from 'constructs';
import { lambdaHandler } from '../lambda-esbuild-options';
import { functionEntry } from '../paths';
import { DeadLetterQueue } from './dead-letter-queue';
import { lambdaBundle } from './lambda-bundle';

export const defaultMemorySize = 512;

export interface RouteFunctionProps {
  readonly route: { readonly id: string; readonly handler: string };
  readonly timeout: Duration;
  /** MB; 512 unless the route needs more (memory also buys CPU). */
  readonly memorySize?: number;
  readonly environment: Readonly<Record<string, string>>;
  readonly alarmTopic: ITopic;
  /**
   * Who invokes it. Only asynchronous invocations (schedules) need a DLQ for those that fail
   * after Lambda's retries. A queue-fed consumer is invoked synchronously by its event source
   * mapping (its queue has the DLQ), an HTTP route by API Gateway (the caller gets the
   * error). Default `async`.
   */
  readonly invokedBy?: 'async' | 'queue' | 'httpApi';
}

/** Why a synchronously invoked function needs no async-invocation DLQ (cdk-nag). */
const synchronousInvokers = {
  queue:
    "Only its SQS event source mapping invokes it, synchronously: an event that keeps failing stays in the route's queue, is retried with backoff and then moves to that queue's DLQ (with an alarm). An async-invocation DLQ would never receive anything.",
  httpApi:
    'Only API Gateway invokes it, synchronously: a failure is the HTTP answer (5xx, with Retry-After), which the caller retries; nothing is queued, so an async-invocation DLQ would never receive anything.',
} as const;

/**
 * One route's Lambda function with what each function needs around it: its own log group
 * with a retention, its own role, and a DLQ (with alarm) for failed async invocations.
 */
export class RouteFunction extends Construct {
  readonly function: LambdaFunction;

  constructor(scope: Construct, id: string, props: RouteFunctionProps) {
    super(scope, id);
    const { route } = props;

    const logGroup = new LogGroup(this, 'Logs', {
      retention: RetentionDays.ONE_MONTH,
      removalPolicy: RemovalPolicy.DESTROY,
    });
    // An own role instead of AWSLambdaBasicExecutionRole: it may write to this log group only.
    const role = new Role(this, 'Role', {
      assumedBy: new ServicePrincipal('lambda.amazonaws.com'),
      description: `Tandem ${route.id} (functions/${route.handler}.ts)`,
    });
    logGroup.grantWrite(role);

    const invokedBy = props.invokedBy ?? 'async';
    const asyncFailures =
      invokedBy === 'async'
        ? new DeadLetterQueue(this, 'AsyncFailures', {
            holds: `asynchronous invocations of ${route.id} that failed after Lambda's retries`,
            alarmTopic: props.alarmTopic,
            writer: 'lambda',
          })
        : undefined;

    this.function = new LambdaFunction(this, 'Function', {
      description: `Tandem ${route.id} (functions/${route.handler}.ts)`,
      code: lambdaBundle(functionEntry(route.handler)),
      handler: lambdaHandler,
      runtime: Runtime.NODEJS_22_X,
      architecture: Architecture.ARM_64,
      memorySize: props.memorySize ?? defaultMemorySize,
      timeout: props.timeout,
      tracing: Tracing.ACTIVE,
      role,
      logGroup,
      loggingFormat: LoggingFormat.JSON,
      ...(asyncFailures ? { deadLetterQueue: asyncFailures.queue } : {}),
      environment: {
        ...props.environment,
        POWERTOOLS_SERVICE_NAME: 'tandem',
        NODE_OPTIONS: '--enable-source-maps',
      },
    });

    const runtimeReason =
      'SPEC §8 pins the Lambda runtime to Node.js 22 (the version the handlers are tested on); moving to a newer runtime is a deliberate upgrade.';
    Validations.of(this.function).acknowledge(
      { id: 'AwsSolutions-L1', reason: runtimeReason },
      { id: 'Serverless-LambdaLatestVersion', reason: runtimeReason },
    );
    if (invokedBy !== 'async') {
      Validations.of(this.function).acknowledge({
        id: 'Serverless-LambdaDLQ',
        reason: synchronousInvokers[invokedBy],
      });
    }
    Validations.of(role).acknowledge({
      id: 'AwsSolutions-IAM5[Resource::*]',
      reason:
        'Only the X-Ray statement added by active tracing uses Resource *: xray:PutTraceSegments and xray:PutTelemetryRecords support no resource-level permissions. Table, bus, queue and log grants name their resources (report-file object grants carry their own acknowledgment).',
    });
  }
}
