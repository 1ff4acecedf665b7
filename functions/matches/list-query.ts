import * as z from 'zod';
import { keys } from '../../shared/data/keys';
import { problems } from '../../shared/http/problem';
import { fieldErrors } from '../../shared/schemas/field-errors';
import { matchListQuerySchema } from '../../shared/schemas/matches';

/** A page cursor: the sort key to continue after, opaque to clients. */
export const encodeCursor = (sortKey: string): string =>
  Buffer.from(JSON.stringify({ after: sortKey })).toString('base64url');

const cursorSchema = z
  .string()
  .max(400)
  .transform((cursor, context) => {
    try {
      const decoded = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
      const after = (decoded as { after?: unknown }).after;
      if (typeof after === 'string' && after.startsWith(keys.matchSummaryPrefix)) return after;
    } catch {
      // Reported below.
    }
    context.addIssue({ code: 'custom', message: 'is not a cursor returned by this API' });
    return z.NEVER;
  });

// The query as documented (shared/schemas/matches.ts, in the OpenAPI document), cursor decoded.
const listQuerySchema = matchListQuerySchema.extend({ cursor: cursorSchema.optional() });

/** The list's query string, checked; anything else is a 400 naming the parameter. */
export function parseListQuery(query: Record<string, string | undefined> | undefined) {
  const parsed = listQuerySchema.safeParse(query ?? {});
  if (!parsed.success) {
    const detail = fieldErrors(parsed.error)
      .map((error) => `${error.path}: ${error.message}`)
      .join('; ');
    throw problems.badRequest(`Invalid query: ${detail}`);
  }
  return parsed.data;
}
