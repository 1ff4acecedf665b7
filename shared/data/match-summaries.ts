import { GetCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { dynamo } from '../aws/dynamo';
import type { CheckInPolicy } from '../config/funder-config';
import { tableName } from '../config/runtime-env';
import {
  emptySummary,
  erasedParticipant,
  matchSummaryFields,
  summarizeMatch,
  withCheckIn,
  type MatchSummary,
} from '../domain/match-summary';
import { writeIfCondition } from './conditional';
import { indexKeys, keys, type ItemKey } from './keys';
import {
  clearPendingMark,
  newCheckIn,
  readCheckIn,
  readMatchFactsWithMarks,
  removeReconcileEntry,
  type PendingFact,
  type StoredCheckIn,
} from './match-facts';
import { tableDefinition } from './table-definition';

/*
 * THE SUMMARY PROTOCOL: how each stored match fact comes to be reflected in its match's
 * summary exactly once, whatever crashes, redeliveries and concurrent deliveries (SPEC §3),
 * with single-item conditional writes and no transactions.
 *
 * Items. A match fact (`match.created`, `match.ended`, one per check-in id) holds its latest
 * version. While the summary may not reflect that version it is marked pending
 * (`summaryPending`), with a cause (`pendingCause`): `new` for a check-in id stored for the
 * first time, the replaced version for a corrected check-in, `stored` for a created or ended
 * fact. The summary item holds the aggregates, `seq`, and `applying`: the tokens (fact key and
 * version) of pending check-ins it already reflects.
 *
 * Invariant. A fact that is not pending, and a pending check-in whose token is in `applying`,
 * is reflected exactly as stored; a pending check-in of cause `new` whose token is not in
 * `applying` is not reflected at all; any other pending fact may be reflected in an older
 * version or not at all. So once no mark is left, the summary is `summarizeMatch` over the
 * stored facts.
 *
 * Steps of one delivery:
 *  1. Put the fact. Condition: nothing stored, or an older version. Sets the mark; a check-in's
 *     cause is read from the item in the same write, so it is what is stored that says
 *     "replacement", never this put's outcome (which a redelivery sees as "unchanged").
 *  2. If the put changed nothing and the stored fact is still pending, an earlier attempt or a
 *     concurrent one has not finished: put the fact on the reconcile index (condition: still
 *     pending), so the daily reconciliation finds it should every later attempt fail too.
 *  3. A check-in whose stored version is pending with cause `new` and not in `applying`: count
 *     it. Read the summary, then the fact; write `withCheckIn` and ADD its token. Condition:
 *     `seq` as read. Any other pending fact (and every created or ended fact): step 4.
 *  4. Re-derive. Read the summary, then all facts of the match; write `summarizeMatch` over
 *     them and ADD the tokens of the pending check-ins read that `applying` did not hold.
 *     Condition: `seq` as read.
 *  5. Take off the marks the written summary reflects (condition: version and cause as read),
 *     then DELETE their tokens from `applying`, with those of facts no longer pending (a
 *     counting delivery reads the other check-ins `applying` names to find these), then
 *     take those facts, and settled ones still there, off the reconcile index (condition: not
 *     pending).
 *
 * Why it holds. Each summary write is conditional on the `seq` read before the facts: it is
 * computed from a summary nobody changed since and from facts read after that summary, so a
 * fact stored after the read is pending and not in `applying` (not reflected, or reflected in
 * an older version: the invariant allows both), and a fact read as pending is reflected as
 * read even when another delivery takes its mark off meanwhile. A mark comes off only after a write that
 * reflects that very version; a token leaves `applying` only after its mark. Forgetting a
 * token moves no `seq`, so a write never ADDs a token `applying` held when read: the one
 * finishing it may have forgotten it since, and it would stay behind; one it did not hold
 * cannot have been forgotten, as that needs a summary write after the read. So a crash after
 * any write leaves the invariant true, and every later delivery, redelivery or the
 * reconciliation decides from what is stored: a token in `applying` is never counted again, a
 * corrected check-in is always re-derived, and re-deriving is right whatever went before.
 *
 * Failed for good. A fact whose deliveries all fail stays pending, on the reconcile index
 * from its second attempt on (step 2); the daily reconciliation (reconcile-matches.ts)
 * re-derives each match there (steps 4 and 5), after writing the links of its
 * `match.created` (such a delivery may have stopped before linking). An erasure puts each
 * link of the participant on the same index before writing its tombstone, and deletes the
 * link, mark and all, last: after redacting the fact and re-deriving the summary. The
 * reconciliation finishes a marked link the same way when the tombstone is there, and takes
 * the mark off when it is not (that erasure never began).
 *
 * Links of a `match.created` (participant-links.ts). Its put also puts it on the reconcile
 * index (step 1 for it: a delivery that dies right after the put, on every attempt, leaves
 * the match findable), and only a re-derivation that follows its links (its own delivery's,
 * or the reconciliation's: `linksWritten`) takes its mark off; another writer's leaves it.
 * Each link is written with a mark of its writer (the event's receipt, or the fact's time
 * for the reconciliation: the same on every attempt), then the tombstone is looked for, then
 * the writer's own mark comes off (condition: still its own) or, erased, the link goes. A
 * link written after an erasure took the others is so either found by that erasure, taken
 * by its writer, or left marked for the reconciliation: never left unmarked.
 */

/** The summary's fields, as stored on its item: one list, kept with the summary. */
const summaryFields = matchSummaryFields;

/**
 * The summary item: the aggregates, a sequence number for optimistic writes, and `applying`,
 * the tokens of the check-ins it already counts whose facts are still marked pending.
 */
type StoredSummary = MatchSummary & { seq: number; applying: ReadonlySet<string> };

const toSummary = (item: Record<string, unknown>): StoredSummary => {
  const summary: Record<string, unknown> = {
    seq: item.seq,
    applying: item.applying instanceof Set ? item.applying : new Set<string>(),
  };
  for (const field of summaryFields) summary[field] = item[field] ?? null;
  return summary as unknown as StoredSummary;
};

const summaryOnly = (stored: StoredSummary): MatchSummary => {
  const summary: Record<string, unknown> = {};
  for (const field of summaryFields) summary[field] = stored[field];
  return summary as unknown as MatchSummary;
};

export async function getMatchSummary(
  carrierId: string,
  matchId: string,
  options: { consistent?: boolean } = {},
): Promise<StoredSummary | undefined> {
  const { Item } = await dynamo.send(
    new GetCommand({
      TableName: tableName(),
      Key: keys.matchSummary(carrierId, matchId),
      ConsistentRead: options.consistent ?? false,
    }),
  );
  return Item ? toSummary(Item) : undefined;
}

/**
 * Writes the summary if nobody wrote since `current` was read (one conditional UpdateItem;
 * no transactions). `tokens` join `applying`: the summary now counts those facts.
 */
async function writeSummary(
  carrierId: string,
  matchId: string,
  current: StoredSummary | undefined,
  next: MatchSummary,
  tokens: readonly string[] = [],
): Promise<boolean> {
  const names: Record<string, string> = {
    '#seq': 'seq',
    '#entity': 'entity',
    '#carrier': 'carrierId',
  };
  const values: Record<string, unknown> = {
    ':seq': (current?.seq ?? 0) + 1,
    ':entity': 'MatchSummary',
    ':carrier': carrierId,
  };
  const sets = ['#seq = :seq', '#entity = :entity', '#carrier = :carrier'];
  summaryFields.forEach((field, index) => {
    names[`#f${index}`] = field;
    values[`:f${index}`] = next[field];
    sets.push(`#f${index} = :f${index}`);
  });
  const { due, carrierDue } = tableDefinition.indexes;
  names['#duePk'] = due.partitionKey;
  names['#dueSk'] = due.sortKey;
  names['#carrierDuePk'] = carrierDue.partitionKey;
  names['#carrierDueSk'] = carrierDue.sortKey;
  let update: string;
  if (next.nextDueOn) {
    const dueKeys = indexKeys.due(carrierId, matchId, next.nextDueOn);
    values[':duePk'] = dueKeys[due.partitionKey];
    values[':dueSk'] = dueKeys[due.sortKey];
    const carrierDueKeys = indexKeys.carrierDue(carrierId, matchId, next.nextDueOn);
    values[':carrierDuePk'] = carrierDueKeys[carrierDue.partitionKey];
    values[':carrierDueSk'] = carrierDueKeys[carrierDue.sortKey];
    const indexSets = [
      '#duePk = :duePk',
      '#dueSk = :dueSk',
      '#carrierDuePk = :carrierDuePk',
      '#carrierDueSk = :carrierDueSk',
    ];
    update = `SET ${[...sets, ...indexSets].join(', ')}`;
  } else {
    update = `SET ${sets.join(', ')} REMOVE #duePk, #dueSk, #carrierDuePk, #carrierDueSk`;
  }
  if (tokens.length) {
    names['#applying'] = 'applying';
    values[':tokens'] = new Set(tokens);
    update += ' ADD #applying :tokens';
  }
  if (current) values[':current'] = current.seq;
  return writeIfCondition(() =>
    dynamo.send(
      new UpdateCommand({
        TableName: tableName(),
        Key: keys.matchSummary(carrierId, matchId),
        UpdateExpression: update,
        ConditionExpression: current ? '#seq = :current' : 'attribute_not_exists(pk)',
        ExpressionAttributeNames: names,
        ExpressionAttributeValues: values,
      }),
    ),
  );
}

/** The facts are no longer marked pending, so the summary need not remember their tokens. */
const forgetTokens = (carrierId: string, matchId: string, tokens: readonly string[]) =>
  writeIfCondition(() =>
    dynamo.send(
      new UpdateCommand({
        TableName: tableName(),
        Key: keys.matchSummary(carrierId, matchId),
        UpdateExpression: 'DELETE #applying :tokens',
        ConditionExpression: 'attribute_exists(pk)',
        ExpressionAttributeNames: { '#applying': 'applying' },
        ExpressionAttributeValues: { ':tokens': new Set(tokens) },
      }),
    ),
  );

/** What a summary write leaves to finish: marks to take off, tokens and entries to drop. */
interface Reflected {
  readonly facts: readonly PendingFact[];
  /** Tokens in `applying` whose version is no longer pending (a crash came between). */
  readonly staleTokens: readonly string[];
  /** Settled facts still on the reconcile index (a crash came between). */
  readonly settledOnIndex: readonly ItemKey[];
}

const nothingReflected: Reflected = { facts: [], staleTokens: [], settledOnIndex: [] };

/**
 * Step 5: the summary reflects these facts; unmark them, then forget their tokens, then take
 * them off the reconcile index: each only after the one before, so whatever a crash leaves
 * is found again (a pending mark, a token, an index entry).
 */
async function finishApplying(
  carrierId: string,
  matchId: string,
  reflected: Reflected,
): Promise<void> {
  await Promise.all(reflected.facts.map((fact) => clearPendingMark(fact.key, fact.mark)));
  const tokens = new Set(reflected.staleTokens);
  for (const fact of reflected.facts) if (fact.token) tokens.add(fact.token);
  if (tokens.size) await forgetTokens(carrierId, matchId, [...tokens]);
  const indexed = [
    ...reflected.facts.filter((fact) => fact.indexed).map((fact) => fact.key),
    ...reflected.settledOnIndex,
  ];
  await Promise.all(indexed.map((key) => removeReconcileEntry(key)));
}

/** How long one delivery keeps trying (within the consumers' 30 s timeout) before its event is retried later. */
const writeBudgetMs = 15_000;

/**
 * Retries a read-compute-write step that returns false when another write came first, with
 * exponential backoff and full jitter: writers that lost spread out instead of colliding
 * again, so a burst of deliveries on one match drains one write after another.
 */
async function untilWritten(describe: string, step: () => Promise<boolean>): Promise<void> {
  const giveUpAt = Date.now() + writeBudgetMs;
  for (let attempt = 1; ; attempt++) {
    if (await step()) return;
    if (Date.now() >= giveUpAt) break;
    const delayMs = Math.random() * Math.min(1_000, 5 * 2 ** attempt);
    await new Promise((resolve) => setTimeout(resolve, delayMs));
  }
  throw new Error(`${describe} stayed contended; the event will be retried`);
}

/**
 * Step 4: re-derives a match's summary from all its stored facts, pending ones included
 * (after a `match.created`, an end, a corrected check-in, an erasure, or by the
 * reconciliation), then takes off the marks it reflected (step 5). Reads every fact of the
 * match, so it is kept for those.
 */
export async function rederiveMatchSummary(
  carrierId: string,
  matchId: string,
  policy: CheckInPolicy,
  { linksWritten = false }: { readonly linksWritten?: boolean } = {},
): Promise<void> {
  const createdSk = keys.matchFact(carrierId, matchId, { kind: 'created' }).sk;
  let reflected = nothingReflected;
  await untilWritten(`Match summary ${carrierId}/${matchId}`, async () => {
    const current = await getMatchSummary(carrierId, matchId, { consistent: true });
    const read = await readMatchFactsWithMarks(carrierId, matchId);
    const { facts, settledOnIndex } = read;
    // A pending `match.created` keeps its mark until its participants are linked (its own
    // delivery, or the reconciliation): taken off by another writer, a delivery that died
    // before linking would leave the match without links, and an erasure would not find it.
    const pending = linksWritten
      ? read.pending
      : read.pending.filter((fact) => fact.key.sk !== createdSk);
    const applying = current?.applying ?? new Set<string>();
    const tokens = pending.flatMap((fact) => (fact.token ? [fact.token] : []));
    const staleTokens = [...applying].filter((token) => !tokens.includes(token));
    reflected = { facts: pending, staleTokens, settledOnIndex };
    // Not a token `applying` holds: the delivery finishing it may forget it before this write
    // (forgetting moves no `seq`), and adding it again would leave it there for good.
    const newTokens = tokens.filter((token) => !applying.has(token));
    return writeSummary(carrierId, matchId, current, summarizeMatch(facts, policy), newTokens);
  });
  await finishApplying(carrierId, matchId, reflected);
}

/**
 * Replaces the participant's id on the match's summary by "erased", where it still names them
 * (without re-deriving it: the operator's backfill has no funder config). The sequence moves
 * on, so a writer that read the facts before their redaction must read them again.
 */
export async function redactParticipantInSummary(
  carrierId: string,
  matchId: string,
  participantId: string,
  roles: readonly ('mentorId' | 'menteeId')[],
): Promise<void> {
  for (const role of roles) {
    await writeIfCondition(() =>
      dynamo.send(
        new UpdateCommand({
          TableName: tableName(),
          Key: keys.matchSummary(carrierId, matchId),
          UpdateExpression: 'SET #role = :erased, #seq = #seq + :one',
          ConditionExpression: '#role = :participant',
          ExpressionAttributeNames: { '#role': role, '#seq': 'seq' },
          ExpressionAttributeValues: {
            ':erased': erasedParticipant,
            ':participant': participantId,
            ':one': 1,
          },
        }),
      ),
    );
  }
}

/** A check-in to settle on its match's summary, and its delivery's promise. */
interface CheckInToSettle {
  readonly checkInId: string;
  readonly done: { resolve: () => void; reject: (error: unknown) => void };
}

/** Per match (in this process): the check-ins waiting while one settling of the match runs. */
const waitingByMatch = new Map<string, CheckInToSettle[]>();

/**
 * Brings the summary up to the check-in as stored (steps 3 to 5), whichever delivery or
 * version of it calls: a new one is counted from the summary alone (a read of the summary,
 * one of the fact, one conditional write, however long the match's history), a corrected one
 * re-derives the match, one already reflected is only unmarked. Check-ins of one match that
 * arrive while a settling of it runs in this process (a batch, a burst) are settled together
 * in the next one, so a burst on one match makes few writes that contend.
 */
export function settleCheckIn(
  carrierId: string,
  matchId: string,
  checkInId: string,
  policy: CheckInPolicy,
): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const entry = { checkInId, done: { resolve, reject } };
    const matchKey = `${carrierId}/${matchId}`;
    const waiting = waitingByMatch.get(matchKey);
    if (waiting) {
      waiting.push(entry);
      return;
    }
    const queue = [entry];
    waitingByMatch.set(matchKey, queue);
    void (async () => {
      while (queue.length) {
        const group = queue.splice(0);
        try {
          await settleCheckIns(
            carrierId,
            matchId,
            group.map((member) => member.checkInId),
            policy,
          );
          for (const member of group) member.done.resolve();
        } catch (error) {
          for (const member of group) member.done.reject(error);
        }
      }
      waitingByMatch.delete(matchKey);
    })();
  });
}

const checkInKey = (
  carrierId: string,
  matchId: string,
  checkIn: Pick<StoredCheckIn, 'checkInId'>,
) => keys.matchFact(carrierId, matchId, { kind: 'checkIn', checkInId: checkIn.checkInId });

/** What settling these stored check-ins on a summary with `applying` leaves to finish. */
const reflectedCheckIns = (
  carrierId: string,
  matchId: string,
  stored: readonly StoredCheckIn[],
  applying: ReadonlySet<string>,
): Reflected => ({
  facts: stored.flatMap((checkIn): PendingFact[] =>
    checkIn.pending
      ? [
          {
            key: checkInKey(carrierId, matchId, checkIn),
            mark: checkIn.pending,
            token: checkIn.token,
            indexed: checkIn.indexed,
          },
        ]
      : [],
  ),
  staleTokens: stored
    .filter((checkIn) => !checkIn.pending && applying.has(checkIn.token))
    .map((checkIn) => checkIn.token),
  settledOnIndex: stored
    .filter((checkIn) => !checkIn.pending && checkIn.indexed)
    .map((checkIn) => checkInKey(carrierId, matchId, checkIn)),
});

/**
 * Tokens in `applying` of other check-ins whose facts are no longer pending: a delivery that
 * took such a mark off died before forgetting the token, and that check-in's own deliveries
 * may all be over. Step 5 forgets them here too (a re-derivation does the same), reading only
 * the check-ins `applying` names, which is empty but for deliveries in flight.
 */
async function staleTokensOfOthers(
  carrierId: string,
  matchId: string,
  applying: ReadonlySet<string>,
  own: readonly string[],
): Promise<string[]> {
  const prefix = checkInKey(carrierId, matchId, { checkInId: '' }).sk;
  const others = [...applying]
    .map((token) => token.slice(0, token.indexOf('|')))
    .filter((sk) => sk.startsWith(prefix))
    .map((sk) => sk.slice(prefix.length))
    .filter((checkInId) => !own.includes(checkInId));
  const stored = await Promise.all(
    [...new Set(others)].map((checkInId) => readCheckIn(carrierId, matchId, checkInId)),
  );
  return stored
    .filter((checkIn) => checkIn !== undefined && !checkIn.pending && applying.has(checkIn.token))
    .map((checkIn) => checkIn!.token);
}

async function settleCheckIns(
  carrierId: string,
  matchId: string,
  checkInIds: readonly string[],
  policy: CheckInPolicy,
): Promise<void> {
  const distinct = [...new Set(checkInIds)];
  let needsRederive = false;
  let reflected = nothingReflected;
  await untilWritten(`Match summary ${carrierId}/${matchId}`, async () => {
    const current = await getMatchSummary(carrierId, matchId, { consistent: true });
    const applying = current?.applying ?? new Set<string>();
    // Read after the summary: a version stored since is pending and not in `applying`.
    const stored = (
      await Promise.all(distinct.map((id) => readCheckIn(carrierId, matchId, id)))
    ).filter((checkIn) => checkIn !== undefined);
    const unreflected = stored.filter((checkIn) => checkIn.pending && !applying.has(checkIn.token));
    needsRederive = unreflected.some((checkIn) => checkIn.pending?.cause !== newCheckIn);
    if (needsRederive) return true;
    const own = reflectedCheckIns(carrierId, matchId, stored, applying);
    reflected = {
      ...own,
      staleTokens: [
        ...own.staleTokens,
        ...(await staleTokensOfOthers(carrierId, matchId, applying, distinct)),
      ],
    };
    if (!unreflected.length) return true;
    let next = current ? summaryOnly(current) : emptySummary(matchId, policy);
    for (const checkIn of unreflected) next = withCheckIn(next, checkIn.checkIn, policy);
    const tokens = unreflected.map((checkIn) => checkIn.token);
    return writeSummary(carrierId, matchId, current, next, tokens);
  });
  if (needsRederive) return rederiveMatchSummary(carrierId, matchId, policy);
  await finishApplying(carrierId, matchId, reflected);
}
