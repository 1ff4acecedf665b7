import { text } from 'node:stream/consumers';
import type { Readable } from 'node:stream';
import { defaultProvider } from '@aws-sdk/credential-provider-node';
import { HttpRequest } from '@smithy/core/protocols';
import { Hash } from '@smithy/core/serde';
import { NodeHttpHandler } from '@smithy/node-http-handler';
import { SignatureV4 } from '@smithy/signature-v4';

// S3's GetObject for the functions that only pass stored report files on, from the parts of
// the SDK the DynamoDB client already brings (its SigV4 signer, SHA-256 and HTTP handler):
// the S3 client would add about 160 KB and 30 ms to every cold start of a report page
// (bench/bundle-size.ts). The writers keep the S3 client (shared/aws/s3.ts). That this
// request is the one the S3 client signs is tested against the S3 client itself
// (test/unit/s3-object-reader.test.ts).

/** Headers every request carries (the local system's token, local/local-token.ts). */
export type RequestHeaders = () => Promise<Record<string, string>>;

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

const maxAttempts = 3;

async function getOnce(http: NodeHttpHandler, request: HttpRequest) {
  const { response } = await http.handle(request);
  return { statusCode: response.statusCode, body: await text(response.body as Readable) };
}

export function createObjectReader(): ObjectReader {
  let extraHeaders: RequestHeaders = async () => ({});
  let signer: SignatureV4 | undefined;
  let http: NodeHttpHandler | undefined;
  const region = () => process.env.AWS_REGION ?? '';

  async function signedRequest(bucket: string, key: string, signingDate?: Date) {
    const url = objectUrl(bucket, key, region());
    const headers: Record<string, string> = { ...(await extraHeaders()), host: url.host };
    const request = new HttpRequest({
      method: 'GET',
      protocol: url.protocol,
      hostname: url.hostname,
      port: url.port ? Number(url.port) : undefined,
      path: url.pathname,
      // As the S3 client sends it (it names the operation in S3's logs).
      query: { 'x-id': 'GetObject' },
      headers,
    });
    // The S3 client's signer settings: paths signed as sent, the payload's hash as a header.
    signer ??= new SignatureV4({
      service: 's3',
      region: region(),
      credentials: defaultProvider(),
      sha256: Hash.bind(null, 'sha256'),
      uriEscapePath: false,
      applyChecksum: true,
    });
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
      for (let attempt = 1; ; attempt++) {
        const answer = await getOnce(http, await signedRequest(bucket, key)).catch(
          (error: Error) => ({ statusCode: 0, body: error.message }),
        );
        if (answer.statusCode === 200) return answer.body;
        const code = /<Code>([^<]*)<\/Code>/.exec(answer.body)?.[1];
        // Without s3:ListBucket (least privilege), S3 answers a missing key with AccessDenied.
        if (code === 'NoSuchKey' || code === 'AccessDenied') return undefined;
        const transient = answer.statusCode === 0 || answer.statusCode >= 500;
        if (!transient || attempt === maxAttempts) {
          throw new Error(
            `S3 GetObject ${key}: ${answer.statusCode || 'no answer'} ${code ?? answer.body.slice(0, 200)}`,
          );
        }
        await new Promise((resolve) => setTimeout(resolve, 100 * 2 ** attempt));
      }
    },
  };
}

// Created once per process, like the SDK clients; nothing is read before the first request.
export const s3Reader = createObjectReader();
