import type { HttpRequest } from '@smithy/core/protocols';
import { NodeHttpHandler } from '@smithy/node-http-handler';
import type { SignatureV4 } from '@smithy/signature-v4';
import {
  requestTo,
  sendWithRetries,
  signerFor,
  type Answer,
  type RequestHeaders,
} from './signed-http';

// EventBridge's PutEvents and KMS's Encrypt, Decrypt and GenerateMac, each one signed POST
// in AWS's JSON 1.1 protocol, from the parts of the SDK the DynamoDB client already brings
// (signed-http.ts). Their SDK clients cost a webhook's or a form's cold start about 4 and
// 5 ms (bench/bundle-size.ts). That a request is the one the SDK client signs, body and
// signature alike, is tested against the clients themselves
// (test/unit/json-rpc-client.test.ts).

/** A service that speaks JSON 1.1. */
export interface JsonRpcService {
  /** Its signing name, also its endpoint's first label: `events`, `kms`. */
  readonly signingName: string;
  /** The prefix of X-Amz-Target: `AWSEvents`, `TrentService`. */
  readonly targetPrefix: string;
  /** The variable that points the SDK at another endpoint (the local bus): as the SDK reads it. */
  readonly endpointVariable: string;
}

/** A refusal by the service, named as the SDK client names it (`error.name`). */
export class AwsServiceError extends Error {
  constructor(
    override readonly name: string,
    message: string,
    readonly statusCode: number,
  ) {
    super(`${name}: ${message}`);
  }
}

export interface JsonRpcClient {
  /** Calls an operation; its output as the service wrote it (blobs are base64 strings). */
  call<Output>(operation: string, input: object): Promise<Output>;
  /** The signed request `call` sends (for the comparison with the SDK client). */
  signedRequest(operation: string, input: object, signingDate?: Date): Promise<HttpRequest>;
  /** Headers for every request from now on, in place of any given before. */
  useHeaders(headers: RequestHeaders): void;
}

function serviceUrl(service: JsonRpcService): URL {
  const endpoint = process.env[service.endpointVariable];
  if (endpoint) return new URL(endpoint);
  return new URL(`https://${service.signingName}.${process.env.AWS_REGION ?? ''}.amazonaws.com/`);
}

/**
 * What a refusal says: its name from `__type` (`prefix#Name`) or the x-amzn-errortype header,
 * and its message; a body that is not JSON (a proxy's page) is quoted.
 */
function refusalOf(answer: Answer): { name: string; message: string } {
  let body: { __type?: unknown; message?: unknown; Message?: unknown } = {};
  try {
    const parsed: unknown = JSON.parse(answer.body);
    if (parsed && typeof parsed === 'object') body = parsed;
  } catch {
    // Not JSON: the name comes from the header, the message is the body itself.
  }
  const type =
    typeof body.__type === 'string' ? body.__type : (answer.headers['x-amzn-errortype'] ?? '');
  const name =
    type.split('#').pop()!.split(':')[0] || (answer.statusCode ? 'UnknownError' : 'NoAnswer');
  const message = body.message ?? body.Message ?? answer.body.slice(0, 200);
  return { name, message: String(message) || `HTTP ${answer.statusCode}` };
}

/** What the SDK's standard retry tries again: no answer, a 5xx, a throttling refusal. */
const transient = (answer: Answer) =>
  answer.statusCode === 0 ||
  answer.statusCode >= 500 ||
  /Throttl|TooManyRequests|RequestLimitExceeded/.test(refusalOf(answer).name);

export function createJsonRpcClient(service: JsonRpcService): JsonRpcClient {
  let extraHeaders: RequestHeaders = async () => ({});
  let signer: SignatureV4 | undefined;
  let http: NodeHttpHandler | undefined;

  const signedRequest: JsonRpcClient['signedRequest'] = async (operation, input, signingDate) => {
    const url = serviceUrl(service);
    const body = JSON.stringify(input);
    const request = requestTo(url, {
      method: 'POST',
      headers: {
        ...(await extraHeaders()),
        host: url.host,
        'content-type': 'application/x-amz-json-1.1',
        'x-amz-target': `${service.targetPrefix}.${operation}`,
        'content-length': String(Buffer.byteLength(body)),
      },
      body,
    });
    signer ??= signerFor(service.signingName);
    return (await signer.sign(request, { signingDate })) as HttpRequest;
  };

  return {
    signedRequest,
    useHeaders: (headers) => {
      extraHeaders = headers;
    },
    async call<Output>(operation: string, input: object) {
      // Three tries fit in a request path's time (API Gateway waits 29 s); deployed, an answer
      // takes tens of milliseconds, the local bus under a bench's load a few seconds.
      http ??= new NodeHttpHandler({ connectionTimeout: 2_000, requestTimeout: 8_000 });
      const answer = await sendWithRetries(http, () => signedRequest(operation, input), transient);
      if (answer.statusCode === 200) return JSON.parse(answer.body) as Output;
      const { name, message } = refusalOf(answer);
      throw new AwsServiceError(name, message, answer.statusCode);
    },
  };
}
