import {
  BatchWriteCommand,
  type BatchWriteCommandInput,
  type DynamoDBDocumentClient,
} from '@aws-sdk/lib-dynamodb';
import type { CheckInPolicy } from '../../shared/config/funder-config';
import type { factVersion as FactVersion } from '../../shared/data/facts';
import { indexKeys, keys } from '../../shared/data/keys';
import {
  summarizeMatch,
  type MatchFacts,
  type MatchSummary,
} from '../../shared/domain/match-summary';
import { runConcurrently } from './concurrency';

// Loading a table straight through dynalite, item for item as the system would have stored it:
// the figures that need large tables skip the webhooks that would have written them.

/** BatchWriteItem takes at most 25 items a call. */
export const batchWriteLimit = 25;

/** Writes at most 25 items in one BatchWriteItem, retrying what dynalite leaves unprocessed. */
export async function batchWrite(
  client: Pick<DynamoDBDocumentClient, 'send'>,
  table: string,
  items: readonly Record<string, unknown>[],
) {
  let requests: NonNullable<BatchWriteCommandInput['RequestItems']>[string] = items.map((item) => ({
    PutRequest: { Item: item },
  }));
  for (let attempt = 1; requests.length > 0; attempt++) {
    if (attempt > 10) throw new Error(`BatchWriteItem left ${requests.length} items unprocessed`);
    const result = await client.send(
      new BatchWriteCommand({ RequestItems: { [table]: requests } }),
    );
    requests = result.UnprocessedItems?.[table] ?? [];
  }
}

/**
 * Writes any number of items, 25 a request, `concurrency` requests in flight; `onProgress`
 * hears how many are written after each request.
 */
export async function writeItems(
  client: Pick<DynamoDBDocumentClient, 'send'>,
  table: string,
  items: readonly Record<string, unknown>[],
  options: { readonly concurrency: number; readonly onProgress?: (written: number) => void },
): Promise<void> {
  let written = 0;
  await runConcurrently(
    Math.ceil(items.length / batchWriteLimit),
    options.concurrency,
    async (batch) => {
      const chunk = items.slice(batch * batchWriteLimit, (batch + 1) * batchWriteLimit);
      await batchWrite(client, table, chunk);
      written += chunk.length;
      options.onProgress?.(written);
    },
  );
}

/**
 * The items the system stores for a match, attribute for attribute: the facts as
 * putLatestFact writes them (each versioned as received at 18:30 UTC on its own day) and the
 * summary as rederiveMatchSummary writes it, with the sparse due-index keys while the match is
 * active. `factVersion` is passed in because shared/data/facts creates the shared DynamoDB
 * client when it is loaded, which must wait until the local system has set its endpoint.
 */
export function matchItems(
  carrierId: string,
  facts: MatchFacts,
  policy: CheckInPolicy,
  factVersion: typeof FactVersion,
): { items: Record<string, unknown>[]; summary: MatchSummary } {
  const { matchId } = facts;
  const summary = summarizeMatch(facts, policy);
  const created = facts.created;
  if (!created) throw new Error(`${matchId} has no match.created`);
  const receivedAt = (day: string) => `${day}T18:30:00.000Z`;
  const fact = (
    key: ReturnType<typeof keys.matchFact>,
    attributes: Record<string, unknown>,
    day: string,
    webhookId: string,
  ) => ({
    entity: 'MatchFact',
    ...attributes,
    ...key,
    version: factVersion(receivedAt(day), webhookId),
  });
  const items: Record<string, unknown>[] = [
    fact(
      keys.matchFact(carrierId, matchId, { kind: 'created' }),
      { fact: 'created', ...created },
      created.startedOn,
      `msg_${matchId}_created`,
    ),
    ...facts.checkIns.map((checkIn) =>
      fact(
        keys.matchFact(carrierId, matchId, { kind: 'checkIn', checkInId: checkIn.checkInId }),
        { fact: 'checkIn', ...checkIn, matchId },
        checkIn.occurredOn,
        `msg_${checkIn.checkInId}`,
      ),
    ),
    ...(facts.ended
      ? [
          fact(
            keys.matchFact(carrierId, matchId, { kind: 'ended' }),
            { fact: 'ended', matchId, ...facts.ended },
            facts.ended.endedOn,
            `msg_${matchId}_ended`,
          ),
        ]
      : []),
  ];
  items.push({
    ...keys.matchSummary(carrierId, matchId),
    entity: 'MatchSummary',
    carrierId,
    ...summary,
    seq: items.length,
    ...(summary.nextDueOn
      ? {
          ...indexKeys.due(carrierId, matchId, summary.nextDueOn),
          ...indexKeys.carrierDue(carrierId, matchId, summary.nextDueOn),
        }
      : {}),
  });
  return { items, summary };
}
