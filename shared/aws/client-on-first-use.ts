/** What the project asks of an AWS SDK v3 client: its requests, and its middleware stack. */
interface SdkClient {
  // Each client's `send` has its own overloads; they are kept as they are.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  send(...args: any[]): unknown;
  readonly middlewareStack: unknown;
}

/** A client made on first use: its requests and its middleware stack, nothing more. */
export type ClientOnFirstUse<Client extends SdkClient> = Pick<Client, 'send' | 'middlewareStack'>;

/**
 * Makes `make`'s client on its first request, once per process, instead of when the module is
 * loaded. Making an SDK client resolves its whole configuration (region, credentials chain,
 * endpoint rules, retry strategy): 4 to 6 ms of a cold start for the first one, which the
 * bare client's bundle in `bench/` does not pay at import either (issue 16). A function whose
 * request never uses a client (the queue client of `retryLater`, the mail client of a page that
 * sends none) no longer pays for it at all.
 */
export function clientOnFirstUse<Client extends SdkClient>(
  make: () => Client,
): ClientOnFirstUse<Client> {
  let client: Client | undefined;
  const made = () => (client ??= make());
  return {
    // A property of its own, as on the client, so that a test can still spy on it.
    send: ((...args: unknown[]) => made().send(...args)) as Client['send'],
    // The local token (local/local-token.ts) and the tests' injected faults are middleware.
    get middlewareStack() {
      return made().middlewareStack;
    },
  };
}
