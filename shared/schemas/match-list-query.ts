import * as z from 'zod/mini';

// The match list's query string as a client sends it (SPEC §11), the only schema parsed on
// its request path, so written with zod/mini (as funding-comparison-query.ts, which says why).
// The cursor is opaque here; its decoding belongs to the handler
// (functions/matches/list-query.ts).

export const matchStatuses = ['pending', 'active', 'ended'] as const;

/** `true` or `false` as a query string carries them. */
const booleanFlag = (description: string) =>
  z
    .optional(
      z.pipe(
        z.enum(['true', 'false']),
        z.transform((value) => value === 'true'),
      ),
    )
    .check(z.describe(description));

export const matchListQuerySchema = z.strictObject({
  status: z.optional(z.enum(matchStatuses)).check(z.describe('Only matches of this status')),
  overdue: booleanFlag('true: only matches overdue by ≥ 1 day; false: only the others'),
  risk: booleanFlag(
    'true: only matches at risk of ending early as of today (SPEC §5); false: the others',
  ),
  limit: z
    ._default(z.coerce.number().check(z.int(), z.minimum(1), z.maximum(100)), 50)
    .check(z.describe('Page size, 1 to 100 (default 50)')),
  cursor: z
    .optional(z.string().check(z.maxLength(400)))
    .check(z.describe('The nextCursor of the previous page')),
});
