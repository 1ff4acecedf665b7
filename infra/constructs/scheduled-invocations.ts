import { addDays } from '../../shared/domain/dates';
import { Duration, RemovalPolicy, Stack, TimeZone } from 'aws-cdk-lib';
import { ComparisonOperator, Stats, TreatMissingData } from 'aws-cdk-lib/aws-cloudwatch';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import type { IRole } from 'aws-cdk-lib/aws-iam';
import { PolicyStatement, Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import {
  Schedule,
  ScheduleExpression,
  ScheduleGroup,
  ScheduleTargetInput,
  TimeWindow,
} from 'aws-cdk-lib/aws-scheduler';
import { LambdaInvoke } from 'aws-cdk-lib/aws-scheduler-targets';
import type { ITopic } from 'aws-cdk-lib/aws-sns';
import { Construct } from 'constructs';
import type { FunderConfig } from '../../shared/config/funder-config';
import type { PeriodEndRoute, ScheduledRoute } from '../../shared/events/schedules';
import { DeadLetterQueue } from './dead-letter-queue';

/** How long and how often Scheduler retries invoking a function (throttling, service errors). */
export interface ScheduleRetry {
  readonly attempts: number;
  readonly maxEventAge: Duration;
}

/**
 * Daily runs: an invocation older than an hour is dropped into the DLQ for an operator,
 * rather than sent hours late (the next day's run comes anyway).
 */
export const dailyRetry: ScheduleRetry = { attempts: 3, maxEventAge: Duration.hours(1) };

/**
 * Period closes: once per period, and a close that runs late is as good as one on time, so
 * Scheduler keeps trying for as long as it can (a day, its maximum) before the DLQ alarms.
 */
export const periodEndRetry: ScheduleRetry = { attempts: 8, maxEventAge: Duration.hours(24) };

/** An EventBridge Scheduler cron expression for a daily route, in the schedule's time zone. */
export const dailyScheduleExpression = (route: ScheduledRoute, timeZone: string) =>
  ScheduleExpression.cron({
    minute: String(route.daily.minute),
    hour: String(route.daily.hour),
    timeZone: TimeZone.of(timeZone),
  });

/**
 * A one-time `at(...)` expression for the local time `dayAfterEnd` on the day after `end`
 * (`YYYY-MM-DD`, the period's last day), in the schedule's time zone. Pure calendar arithmetic
 * on the date: the result never depends on when the synth runs.
 */
export function periodEndScheduleExpression(
  route: PeriodEndRoute,
  end: string,
  timeZone: string,
): ScheduleExpression {
  const [year, month, day] = end.split('-').map(Number) as [number, number, number];
  // ScheduleExpression.at writes the Date's UTC fields as the wall-clock time of `timeZone`,
  // so the Date is built in UTC; Date.UTC rolls 31 December over into the next year.
  const wallClock = new Date(
    Date.UTC(year, month - 1, day + 1, route.dayAfterEnd.hour, route.dayAfterEnd.minute),
  );
  return ScheduleExpression.at(wallClock, TimeZone.of(timeZone));
}

/** One schedule of an invocation: when, and with what input. */
export interface ScheduledRun {
  /** The schedule's construct id (stable: renaming it replaces the schedule). */
  readonly id: string;
  readonly description: string;
  readonly expression: ScheduleExpression;
  readonly input: Readonly<Record<string, unknown>>;
}

export interface ScheduledInvocation {
  readonly route: { readonly id: string; readonly handler: string };
  readonly function: IFunction;
  readonly runs: readonly ScheduledRun[];
  readonly retry: ScheduleRetry;
  /** What an operator does once the cause of a failed run is fixed, for the alarm. */
  readonly rerun: string;
}

/** A daily route: one recurring schedule invoking its function with `{}`. */
export function dailyInvocation(
  route: ScheduledRoute,
  fn: IFunction,
  timeZone: string,
): ScheduledInvocation {
  return {
    route,
    function: fn,
    runs: [
      {
        id: `${route.id}Schedule`,
        description: route.description,
        expression: dailyScheduleExpression(route, timeZone),
        input: {},
      },
    ],
    retry: dailyRetry,
    rerun: 'run it again (it is safe to repeat)',
  };
}

/**
 * A period-end route: one one-time schedule per funding period of the funder config, at
 * `dayAfterEnd` local time on the day after the period's last day, invoking its function
 * with `{ periodId }`.
 *
 * Scheduler refuses a one-time schedule in the past, so only periods that close on or after
 * `closeSchedulesFrom` (the synth's day unless the context says otherwise) get one; a period
 * already over is closed on command (`tandem periods close <id>`). Period ids are unique
 * (the funder config's schema checks that).
 */
export function periodEndInvocation(
  route: PeriodEndRoute,
  fn: IFunction,
  config: Pick<FunderConfig, 'periods' | 'timezone'>,
  closeSchedulesFrom: string,
): ScheduledInvocation {
  return {
    route,
    function: fn,
    // Scheduler refuses a one-time schedule in the past: a period that closed before
    // `closeSchedulesFrom` gets none (close it with `tandem periods close`).
    runs: periodsToSchedule(config.periods, closeSchedulesFrom).map((period) => ({
      id: `${route.id}Schedule-${period.id}`,
      description: `${route.description}: period ${period.id} (${period.start} to ${period.end})`,
      expression: periodEndScheduleExpression(route, period.end, config.timezone),
      input: { periodId: period.id },
    })),
    retry: periodEndRetry,
    rerun: `run it for the period named in the failed run's input (\`tandem periods close <periodId>\`; each run is a new revision, earlier reports stay)`,
  };
}

/**
 * The L2 Lambda target, granting only the function the schedule invokes. The L2 grants with
 * `grantInvoke`, which adds `<function ARN>:*` (every version and alias) for a role; the
 * schedule invokes the unqualified ARN, so that wildcard would be unused privilege.
 */
class InvokeUnqualifiedFunction extends LambdaInvoke {
  protected override addTargetActionToRole(role: IRole): void {
    role.addToPrincipalPolicy(
      new PolicyStatement({ actions: ['lambda:InvokeFunction'], resources: [this.targetArn] }),
    );
  }
}

export interface ScheduledInvocationsProps {
  /** The funder's IANA time zone: every schedule's time is local time there (DST included). */
  readonly timeZone: string;
  readonly invocations: readonly ScheduledInvocation[];
  readonly alarmTopic: ITopic;
}

/**
 * EventBridge Scheduler schedules in a schedule group of this stack: for each invocation,
 * its schedules (one per run), one role and one DLQ (with alarm) shared by them, retries,
 * and an alarm when the function fails.
 */
export class ScheduledInvocations extends Construct {
  readonly group: ScheduleGroup;

  constructor(scope: Construct, id: string, props: ScheduledInvocationsProps) {
    super(scope, id);
    // The stack's schedules only; deleting the stack deletes them with it.
    this.group = new ScheduleGroup(this, 'Group', { removalPolicy: RemovalPolicy.DESTROY });

    for (const { route, function: fn, runs, retry, rerun } of props.invocations) {
      const undeliverable = new DeadLetterQueue(this, `${route.id}Undeliverable`, {
        holds: `scheduled runs of ${route.id} that EventBridge Scheduler could not invoke`,
        alarmTopic: props.alarmTopic,
        writer: 'scheduler-target',
      });
      // Scheduler assumes this role only for schedules of this stack's group (confused
      // deputy); the target grants it lambda:InvokeFunction on this one function and
      // sqs:SendMessage on this DLQ, nothing else.
      const role = new Role(this, `${route.id}Role`, {
        description: `EventBridge Scheduler: runs Tandem ${route.id} (functions/${route.handler}.ts)`,
        assumedBy: new ServicePrincipal('scheduler.amazonaws.com', {
          conditions: {
            StringEquals: {
              'aws:SourceAccount': Stack.of(this).account,
              'aws:SourceArn': this.group.scheduleGroupArn,
            },
          },
        }),
      });
      for (const run of runs) {
        const schedule = new Schedule(this, run.id, {
          description: run.description,
          scheduleGroup: this.group,
          schedule: run.expression,
          // At the stated time, no drift: a route's time is chosen for its readers (the
          // reminder digests are to be waiting when coordinators start their day).
          timeWindow: TimeWindow.off(),
          // One-time schedules stay after they ran (ActionAfterCompletion NONE, the default):
          // the stack owns them, and one Scheduler deleted would be drift for CloudFormation.
          target: new InvokeUnqualifiedFunction(fn, {
            role,
            input: ScheduleTargetInput.fromObject(run.input),
            retryAttempts: retry.attempts,
            maxEventAge: retry.maxEventAge,
            deadLetterQueue: undeliverable.queue,
          }),
        });
        // The schedule names its group by a name fixed at synth, not a reference, so
        // CloudFormation would not otherwise create the group first.
        schedule.node.addDependency(this.group);
      }

      // Five-minute periods rather than one day: a daily route runs once a day, so a daily
      // period would raise the alarm only when that day's period closes (up to a day late,
      // long after the run's readers missed its output) and hold it for a day; this one fires
      // minutes after a failed run (each attempt, Lambda's async retries included) and clears
      // by itself.
      fn.metricErrors({ period: Duration.minutes(5), statistic: Stats.SUM })
        .createAlarm(this, `${route.id}ErrorsAlarm`, {
          alarmDescription: `Tandem ${route.id} (functions/${route.handler}.ts) failed. Lambda retries it twice, then its async-failure DLQ alarms too. Read its logs, fix the cause, then ${rerun}.`,
          threshold: 1,
          evaluationPeriods: 1,
          comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
          treatMissingData: TreatMissingData.NOT_BREACHING,
        })
        .addAlarmAction(new SnsAction(props.alarmTopic));
    }
  }
}

/** The periods whose close (the day after their end) is on or after `from` (YYYY-MM-DD). */
export const periodsToSchedule = <P extends { end: string }>(
  periods: readonly P[],
  from: string,
): P[] => periods.filter((period) => addDays(period.end, 1) >= from);
