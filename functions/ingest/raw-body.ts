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

const utf8Decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const byteOrderMark = Buffer.from([0xef, 0xbb, 0xbf]);

/** The `charset` parameter of a media type, lower-cased and unquoted; undefined when absent. */
function charsetOf(contentType: string): string | undefined {
  for (const parameter of contentType.split(';').slice(1)) {
    const [name, ...value] = parameter.split('=');
    if (name?.trim().toLowerCase() === 'charset') {
      return value
        .join('=')
        .trim()
        .replace(/^"(.*)"$/, '$1')
        .toLowerCase();
    }
  }
  return undefined;
}

/**
 * The body as text, only if its bytes are exactly one UTF-8 text: no invalid sequence, no
 * byte order mark, no other declared charset. Strict decoding is one-to-one, so signing the
 * text signs the raw bytes: two byte strings can no longer share one signature through a
 * lossy decoding (issue 8). Checked before everything but the size (400).
 */
export function utf8Text(event: APIGatewayProxyEventV2, bytes: Buffer): string {
  const charset = charsetOf(header(event, 'content-type') ?? '');
  if (charset !== undefined && charset !== 'utf-8' && charset !== 'utf8') {
    throw problems.badRequest('The body must be UTF-8; no other charset is taken.');
  }
  if (bytes.subarray(0, byteOrderMark.length).equals(byteOrderMark)) {
    throw problems.badRequest('The body must be UTF-8 without a byte order mark.');
  }
  try {
    return utf8Decoder.decode(bytes);
  } catch (error) {
    throw problems.badRequest('The body is not valid UTF-8.', error);
  }
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

export function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw problems.badRequest('The body is not valid JSON.', error);
  }
}
