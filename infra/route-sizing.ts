import { Duration } from 'aws-cdk-lib';

/**
 * A route's function size where its kind's default does not fit (512 MB; 10 s for HTTP
 * routes, 30 s for event consumers, 5 min for daily schedules, 30 s for period ends).
 */
export interface RouteSizing {
  /** MB; memory also buys CPU. */
  readonly memorySize?: number;
  readonly timeout?: Duration;
}

/** Report builders render charts (vega) into self-contained HTML pages: CPU and headroom. */
const reportBuilder: RouteSizing = { memorySize: 1024, timeout: Duration.seconds(60) };

export const routeSizing: Readonly<Record<string, RouteSizing>> = {
  BuildCarrierReport: reportBuilder,
  BuildFunderSummary: reportBuilder,
  BuildUmbrellaSummary: reportBuilder,
};

export const sizingOf = (routeId: string): RouteSizing => routeSizing[routeId] ?? {};
