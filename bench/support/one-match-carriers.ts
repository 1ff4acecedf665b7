import type { CheckInPolicy } from '../../shared/config/funder-config';
import type { MatchFacts } from '../../shared/domain/match-summary';
import { runConcurrently } from './concurrency';
import { writeItems } from './table-loading';

/**
 * Onboards `count` carriers as `carriers add` does (coordinator `coordinatorOf(index)`), then
 * writes each one match, `m-1`, straight to the table as the ledger would keep it. Call once
 * the local system has set the SDK endpoints. Returns the carrier ids in index order.
 */
export async function onboardCarriersWithOneMatch(options: {
  readonly count: number;
  readonly coordinatorOf: (index: number) => string;
  readonly match: Omit<MatchFacts, 'matchId'>;
  readonly policy: CheckInPolicy;
}): Promise<string[]> {
  // Loaded only now: the shared clients read their endpoints when they are created.
  const { addCarrier } = await import('../../local/cli/commands');
  const { factVersion } = await import('../../shared/data/facts');
  const { tableName } = await import('../../shared/config/runtime-env');
  const { matchItems } = await import('./table-loading');
  const carrierIds = new Array<string>(options.count);
  await runConcurrently(options.count, 8, async (index) => {
    const { carrierId } = await addCarrier({
      name: `Patenschaften Benchstadt ${index + 1} e.V.`,
      coordinatorEmail: options.coordinatorOf(index),
    });
    carrierIds[index] = carrierId;
  });
  const items = carrierIds.flatMap(
    (carrierId) =>
      matchItems(carrierId, { matchId: 'm-1', ...options.match }, options.policy, factVersion)
        .items,
  );
  // The handlers' own client: it carries the local database's token.
  const { dynamo } = await import('../../shared/aws/dynamo');
  await writeItems(dynamo, tableName(), items, { concurrency: 8 });
  return carrierIds;
}
