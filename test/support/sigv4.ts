import type { HttpRequest } from '@smithy/core/protocols';
import { vi } from 'vitest';

// For comparing a hand-signed AWS request with the one an SDK client signs
// (test/unit/s3-object-reader.test.ts, json-rpc-client.test.ts): the function role's
// credentials as Lambda gives them, and what a signed request says about its signing.

export const roleCredentials = {
  accessKeyId: 'AKIDEXAMPLE',
  secretAccessKey: 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY',
  sessionToken: 'session-token-of-the-function-role',
};

/** A function's environment: eu-central-1, its role's credentials (undone by vi.unstubAllEnvs). */
export function stubFunctionEnvironment(): void {
  vi.stubEnv('AWS_REGION', 'eu-central-1');
  vi.stubEnv('AWS_ACCESS_KEY_ID', roleCredentials.accessKeyId);
  vi.stubEnv('AWS_SECRET_ACCESS_KEY', roleCredentials.secretAccessKey);
  vi.stubEnv('AWS_SESSION_TOKEN', roleCredentials.sessionToken);
}

/** When a request was signed (its x-amz-date, e.g. 20261205T160303Z). */
export const signingDateOf = (request: HttpRequest) =>
  new Date(
    request.headers['x-amz-date']!.replace(
      /^(\d{4})(\d\d)(\d\d)T(\d\d)(\d\d)(\d\d)Z$/,
      '$1-$2-$3T$4:$5:$6Z',
    ),
  );

/** The headers a request's signature covers, in the signature's order. */
export const signedHeadersOf = (request: HttpRequest) =>
  /SignedHeaders=([^,]+)/.exec(request.headers.authorization ?? '')?.[1]?.split(';') ?? [];
