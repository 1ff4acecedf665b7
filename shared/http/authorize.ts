import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { mayReadCarrier, resolveApiKey, type ApiKeyScope } from '../data/api-keys';
import { isPartnerId } from '../schemas/partner-id';
import { problems } from './problem';

const bearerPattern = /^Bearer ([A-Za-z0-9_-]{10,200})$/;

/** Resolves `Authorization: Bearer <apiKey>`; a missing or unknown key is 401 (SPEC §4). */
export async function authenticate(event: APIGatewayProxyEventV2): Promise<ApiKeyScope> {
  const authorization = event.headers?.authorization ?? event.headers?.Authorization ?? '';
  const apiKey = bearerPattern.exec(authorization)?.[1];
  const scope = apiKey ? await resolveApiKey(apiKey) : undefined;
  if (!scope) throw problems.unauthorized();
  return scope;
}

/**
 * The carrier of the path, once the key may read it. Another carrier's data is 404, as if
 * it did not exist, so a key cannot probe which carriers there are.
 */
export async function authorizedCarrierId(event: APIGatewayProxyEventV2): Promise<string> {
  const scope = await authenticate(event);
  const carrierId = event.pathParameters?.carrierId ?? '';
  if (!isPartnerId(carrierId) || !mayReadCarrier(scope, carrierId)) {
    throw problems.notFound();
  }
  return carrierId;
}
