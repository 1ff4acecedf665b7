import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { problems } from '../../shared/http/problem';

/** SPEC §2: a webhook body is at most 64 KiB. */
export const maxWebhookBodyBytes = 64 * 1024;

/** The exact bytes the partner sent: the signature is computed over them. */
export function rawBody(event: APIGatewayProxyEventV2): Buffer {
  const body = event.body ?? '';
  const bytes = Buffer.from(body, event.isBase64Encoded ? 'base64' : 'utf8');
  if (bytes.length > maxWebhookBodyBytes) throw problems.payloadTooLarge(maxWebhookBodyBytes);
  return bytes;
}

/** `application/json`, with or without parameters such as `charset=utf-8`. */
export function requireJsonContentType(event: APIGatewayProxyEventV2): void {
  const contentType = header(event, 'content-type') ?? '';
  const mediaType = contentType.split(';')[0]?.trim().toLowerCase();
  if (mediaType !== 'application/json') throw problems.unsupportedMediaType();
}

export const header = (event: APIGatewayProxyEventV2, name: string): string | undefined => {
  for (const [key, value] of Object.entries(event.headers ?? {})) {
    if (key.toLowerCase() === name) return value;
  }
  return undefined;
};

export function parseJson(bytes: Buffer): unknown {
  try {
    return JSON.parse(bytes.toString('utf8'));
  } catch (error) {
    throw problems.badRequest('The body is not valid JSON.', error);
  }
}
