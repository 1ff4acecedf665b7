import { funderConfig } from '../../shared/config/runtime-env';
import { getMatchSummary } from '../../shared/data/match-summaries';
import { matchView } from '../../shared/domain/match-summary';
import { todayIn } from '../../shared/domain/dates';
import { authorizedCarrierId } from '../../shared/http/authorize';
import { httpHandler } from '../../shared/http/http-handler';
import { problems } from '../../shared/http/problem';
import { json } from '../../shared/http/responses';
import { isPartnerId } from '../../shared/schemas/partner-id';

/** GET /v1/carriers/{carrierId}/matches/{matchId} (SPEC §4), with its risk as of today (§5). */
export const handler = httpHandler(async (event) => {
  const carrierId = await authorizedCarrierId(event);
  const matchId = event.pathParameters?.matchId ?? '';
  if (!isPartnerId(matchId)) throw problems.notFound();
  const summary = await getMatchSummary(carrierId, matchId);
  if (!summary) throw problems.notFound();
  const { timezone, checkInPolicy } = funderConfig();
  return json(200, matchView(summary, todayIn(timezone), checkInPolicy));
});
