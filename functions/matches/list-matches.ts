import { funderConfig } from '../../shared/config/runtime-env';
import { listMatchSummaries } from '../../shared/data/match-list';
import { todayIn } from '../../shared/domain/dates';
import { matchView } from '../../shared/domain/match-summary';
import { authorizedCarrierId } from '../../shared/http/authorize';
import { httpHandler } from '../../shared/http/http-handler';
import { json } from '../../shared/http/responses';
import { encodeCursor, parseListQuery } from './list-query';

/** GET /v1/carriers/{carrierId}/matches?status=&overdue=&risk=&limit=&cursor= (SPEC §4). */
export const handler = httpHandler(async (event) => {
  const carrierId = await authorizedCarrierId(event);
  const query = parseListQuery(event.queryStringParameters);
  const { timezone, checkInPolicy: policy } = funderConfig();
  const today = todayIn(timezone);
  const page = await listMatchSummaries(carrierId, {
    today,
    policy,
    limit: query.limit,
    ...(query.status ? { status: query.status } : {}),
    ...(query.overdue === undefined ? {} : { overdue: query.overdue }),
    ...(query.risk === undefined ? {} : { risk: query.risk }),
    ...(query.after ? { after: query.after } : {}),
  });
  return json(200, {
    items: page.items.map((summary) => matchView(summary, today, policy)),
    nextCursor: page.nextAfter ? encodeCursor(page.nextAfter) : null,
  });
});
