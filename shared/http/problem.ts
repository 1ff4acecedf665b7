import type { APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import type { FieldError } from '../schemas/field-errors';

/**
 * An HTTP error that becomes an RFC 9457 `application/problem+json` response. Thrown by
 * handlers and turned into a response by the `problemResponses` middleware.
 */
export class HttpProblem extends Error {
  override readonly name = 'HttpProblem';

  constructor(
    readonly status: number,
    readonly slug: string,
    readonly title: string,
    readonly extra: {
      detail?: string;
      errors?: readonly FieldError[];
      /** How many errors were found beyond those listed in `errors`. */
      moreErrors?: number;
      headers?: Record<string, string>;
    } = {},
    options?: { cause?: unknown },
  ) {
    super(title, options);
  }

  toResponse(): APIGatewayProxyStructuredResultV2 {
    const { detail, errors, moreErrors, headers } = this.extra;
    return {
      statusCode: this.status,
      headers: { 'content-type': 'application/problem+json', ...headers },
      body: JSON.stringify({
        type: `https://tandem.invalid/problems/${this.slug}`,
        title: this.title,
        status: this.status,
        ...(detail ? { detail } : {}),
        ...(errors ? { errors } : {}),
        ...(moreErrors ? { moreErrors } : {}),
      }),
    };
  }
}

/** How long a client is asked to wait after a 503. */
export const retryAfterSeconds = 5;

/**
 * A 422 lists this many errors and counts the rest, so that a body with thousands of
 * unknown fields gets a small answer, not one larger than itself (issue 8).
 */
export const maxListedErrors = 20;

/** The catalogue of problems the API answers with; one place, so titles stay consistent. */
export const problems = {
  badRequest: (detail: string, cause?: unknown) =>
    new HttpProblem(400, 'bad-request', 'Bad request', { detail }, { cause }),
  /** One body for every authentication failure: it must not tell which check failed. */
  unauthorized: (cause?: unknown) =>
    new HttpProblem(
      401,
      'unauthorized',
      'Unauthorized',
      { detail: 'The request could not be authenticated.' },
      { cause },
    ),
  notFound: () => new HttpProblem(404, 'not-found', 'Not found'),
  payloadTooLarge: (limitBytes: number) =>
    new HttpProblem(413, 'payload-too-large', 'Payload too large', {
      detail: `The body must be at most ${limitBytes} bytes.`,
    }),
  unsupportedMediaType: () =>
    new HttpProblem(415, 'unsupported-media-type', 'Unsupported media type', {
      detail: 'The body must be sent as application/json.',
    }),
  validation: (errors: readonly FieldError[]) =>
    new HttpProblem(422, 'validation', 'The body does not match the schema', {
      errors: errors.slice(0, maxListedErrors),
      moreErrors: Math.max(0, errors.length - maxListedErrors),
    }),
  unavailable: (cause: unknown) =>
    new HttpProblem(
      503,
      'unavailable',
      'Temporarily unavailable',
      {
        detail: 'Nothing was accepted. Retry later; the retry will be counted once.',
        headers: { 'retry-after': String(retryAfterSeconds) },
      },
      { cause },
    ),
};
