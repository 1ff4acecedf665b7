import type { FunderConfig } from '../../shared/config/funder-config';
import type { Period } from '../../shared/domain/reports/report-inputs';

export class UnknownPeriodError extends Error {
  override readonly name = 'UnknownPeriodError';
}

/** The funding period of the funder config with this id. */
export function periodOf(config: FunderConfig, periodId: string): Period {
  const period = config.periods.find((candidate) => candidate.id === periodId);
  if (!period) {
    const known = config.periods.map((candidate) => candidate.id).join(', ');
    throw new UnknownPeriodError(
      `No funding period "${periodId}" in the funder config (known: ${known})`,
    );
  }
  return period;
}
