import { keys } from '../../shared/data/keys';
import { problems } from '../../shared/http/problem';
import { fieldErrors } from '../../shared/schemas/field-errors';
import { matchListQuerySchema } from '../../shared/schemas/match-list-query';
import { englishErrorMessages } from '../../shared/schemas/error-messages';

/** A page cursor: the sort key to continue after, opaque to clients. */
export const encodeCursor = (sortKey: string): string =>
  Buffer.from(JSON.stringify({ after: sortKey })).toString('base64url');

/** The sort key a cursor of ours holds; undefined for anything else. */
function decodeCursor(cursor: string): string | undefined {
  try {
    const decoded = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
    const after = (decoded as { after?: unknown }).after;
    if (typeof after === 'string' && after.startsWith(keys.matchSummaryPrefix)) return after;
  } catch {
    // Not ours: undefined.
  }
  return undefined;
}

const invalidQuery = (detail: string) => problems.badRequest(`Invalid query: ${detail}`);

/**
 * The list's query string, checked as documented (shared/schemas/match-list-query.ts, in the
 * OpenAPI document), its cursor decoded into `after`; anything else is a 400 naming the parameter.
 */
export function parseListQuery(query: Record<string, string | undefined> | undefined) {
  const parsed = matchListQuerySchema.safeParse(query ?? {}, englishErrorMessages);
  if (!parsed.success) {
    throw invalidQuery(
      fieldErrors(parsed.error)
        .map((error) => `${error.path}: ${error.message}`)
        .join('; '),
    );
  }
  const { cursor, ...rest } = parsed.data;
  const after = cursor === undefined ? undefined : decodeCursor(cursor);
  if (cursor !== undefined && after === undefined) {
    throw invalidQuery('cursor: is not a cursor returned by this API');
  }
  return { ...rest, after };
}
