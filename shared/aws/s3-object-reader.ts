import type { HttpRequest } from '@smithy/core/protocols';
import { NodeHttpHandler } from '@smithy/node-http-handler';
import type { SignatureV4 } from '@smithy/signature-v4';
import { requestTo, sendWithRetries, signerFor, type RequestHeaders } from './signed-http';

// S3's GetObject for the functions that only pass stored report files on, from the parts of
// the SDK the DynamoDB client already brings (its SigV4 signer, SHA-256 and HTTP handler):
// the S3 client would add about 160 KB and 30 ms to every cold start of a report page
// (bench/bundle-size.ts). The writers keep the S3 client (shared/aws/s3.ts). That this
// request is the one the S3 client signs is tested against the S3 client itself
// (test/unit/s3-object-reader.test.ts).

export type { RequestHeaders };

export interface ObjectReader {
  /** The object's body as UTF-8, or undefined when there is no such object. */
  read(bucket: string, key: string): Promise<string | undefined>;
  /** The signed request `read` sends, at `signingDate` (for the comparison with the S3 client). */
  signedRequest(bucket: string, key: string, signingDate?: Date): Promise<HttpRequest>;
  /** Headers for every request from now on, in place of any given before. */
  useHeaders(headers: RequestHeaders): void;
}

/** Key segments as the S3 client writes them into a path (RFC 3986 plus !'()*). */
const encodeKey = (key: string): string =>
  key
    .split('/')
    .map((segment) =>
      encodeURIComponent(segment).replace(
        /[!'()*]/g,
        (character) => `%${character.charCodeAt(0).toString(16).toUpperCase()}`,
      ),
    )
    .join('/');

/**
 * Where an object is: AWS_ENDPOINT_URL_S3 path style (the local object store), else S3's
 * virtual-hosted address in the function's region (bucket names from CDK have no dots).
 */
function objectUrl(bucket: string, key: string, region: string): URL {
  const endpoint = process.env.AWS_ENDPOINT_URL_S3;
  if (endpoint) {
    return new URL(`${endpoint.replace(/\/$/, '')}/${bucket}/${encodeKey(key)}`);
  }
  return new URL(`https://${bucket}.s3.${region}.amazonaws.com/${encodeKey(key)}`);
}

export function createObjectReader(): ObjectReader {
  let extraHeaders: RequestHeaders = async () => ({});
  let signer: SignatureV4 | undefined;
  let http: NodeHttpHandler | undefined;
  const region = () => process.env.AWS_REGION ?? '';

  async function signedRequest(bucket: string, key: string, signingDate?: Date) {
    const url = objectUrl(bucket, key, region());
    const headers: Record<string, string> = { ...(await extraHeaders()), host: url.host };
    const request = requestTo(url, {
      method: 'GET',
      // As the S3 client sends it (it names the operation in S3's logs).
      query: { 'x-id': 'GetObject' },
      headers,
    });
    // The S3 client's signer settings: paths signed as sent, the payload's hash as a header.
    signer ??= signerFor('s3', { uriEscapePath: false, applyChecksum: true });
    return (await signer.sign(request, { signingDate })) as HttpRequest;
  }

  return {
    signedRequest,
    useHeaders: (headers) => {
      extraHeaders = headers;
    },
    async read(bucket, key) {
      http ??= new NodeHttpHandler({ requestTimeout: 10_000 });
      // Like the SDK's standard retry: a lost connection and S3's 5xx (SlowDown,
      // InternalError) are worth another try.
      const answer = await sendWithRetries(
        http,
        () => signedRequest(bucket, key),
        ({ statusCode }) => statusCode === 0 || statusCode >= 500,
      );
      if (answer.statusCode === 200) return answer.body;
      const code = /<Code>([^<]*)<\/Code>/.exec(answer.body)?.[1];
      // Without s3:ListBucket (least privilege), S3 answers a missing key with AccessDenied.
      if (code === 'NoSuchKey' || code === 'AccessDenied') return undefined;
      throw new Error(
        `S3 GetObject ${key}: ${answer.statusCode || 'no answer'} ${code ?? answer.body.slice(0, 200)}`,
      );
    },
  };
}

// Created once per process, like the SDK clients; nothing is read before the first request.
export const s3Reader = createObjectReader();
