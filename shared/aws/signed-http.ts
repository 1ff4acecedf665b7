import { text } from 'node:stream/consumers';
import type { Readable } from 'node:stream';
import { defaultProvider } from '@aws-sdk/credential-provider-node';
import { HttpRequest } from '@smithy/core/protocols';
import { Hash } from '@smithy/core/serde';
import type { NodeHttpHandler } from '@smithy/node-http-handler';
import { SignatureV4 } from '@smithy/signature-v4';

// What the hand-made AWS requests share (s3-object-reader.ts, json-rpc-client.ts): the
// SDK's own SigV4 signer, SHA-256 and HTTP handler, which the DynamoDB client brings to every
// bundle anyway, and the SDK's standard retry.

/** Headers every request carries (the local system's token, local/local-token.ts). */
export type RequestHeaders = () => Promise<Record<string, string>>;

/** An answer as read; status 0 when no answer came (a lost connection, a timeout). */
export interface Answer {
  readonly statusCode: number;
  readonly headers: Readonly<Record<string, string | undefined>>;
  readonly body: string;
}

/** A request to `url` (its scheme, host, port and path), to be signed. */
export const requestTo = (
  url: URL,
  request: Pick<HttpRequest, 'method' | 'headers'> & Partial<Pick<HttpRequest, 'query' | 'body'>>,
): HttpRequest =>
  new HttpRequest({
    protocol: url.protocol,
    hostname: url.hostname,
    port: url.port ? Number(url.port) : undefined,
    path: url.pathname,
    ...request,
  });

/** A SigV4 signer for a service in the function's region, with the function's credentials. */
export const signerFor = (
  service: string,
  options: { readonly uriEscapePath?: boolean; readonly applyChecksum?: boolean } = {},
): SignatureV4 =>
  new SignatureV4({
    service,
    region: process.env.AWS_REGION ?? '',
    credentials: defaultProvider(),
    sha256: Hash.bind(null, 'sha256'),
    ...options,
  });

async function sendOnce(http: NodeHttpHandler, request: HttpRequest): Promise<Answer> {
  try {
    const { response } = await http.handle(request);
    return {
      statusCode: response.statusCode,
      headers: response.headers,
      body: await text(response.body as Readable),
    };
  } catch (error) {
    return { statusCode: 0, headers: {}, body: (error as Error).message };
  }
}

/** Three tries at most, as the SDK's standard retry mode. */
const maxAttempts = 3;

/**
 * Sends a freshly signed request until an answer is not `transient` or the third try; returns
 * that answer, whatever it says.
 */
export async function sendWithRetries(
  http: NodeHttpHandler,
  signedRequest: () => Promise<HttpRequest>,
  transient: (answer: Answer) => boolean,
): Promise<Answer> {
  for (let attempt = 1; ; attempt++) {
    const answer = await sendOnce(http, await signedRequest());
    if (!transient(answer) || attempt === maxAttempts) return answer;
    await new Promise((resolve) => setTimeout(resolve, 100 * 2 ** attempt));
  }
}
