import { pathToFileURL } from 'node:url';
import { fileURLToPath } from 'node:url';
import type { Context } from 'aws-lambda';
import { randomUUID } from 'node:crypto';

const functionsDir = fileURLToPath(new URL('../functions/', import.meta.url));

// Any Lambda handler: the local runtime only passes an event and awaits the result.
type AnyHandler = (event: unknown, context: Context) => Promise<unknown>;

const loaded = new Map<string, Promise<AnyHandler>>();

/** Loads `functions/<path>.ts` once and returns its exported `handler`, as Lambda would. */
export function loadHandler(handlerPath: string): Promise<AnyHandler> {
  let handler = loaded.get(handlerPath);
  if (!handler) {
    const url = pathToFileURL(`${functionsDir}${handlerPath}.ts`).href;
    handler = import(url).then((module: { handler?: AnyHandler }) => {
      if (typeof module.handler !== 'function') {
        throw new Error(`functions/${handlerPath}.ts does not export a handler`);
      }
      return module.handler;
    });
    loaded.set(handlerPath, handler);
  }
  return handler;
}

/** A Lambda context good enough for the handlers and Powertools. */
export const localContext = (functionName: string): Context => ({
  callbackWaitsForEmptyEventLoop: false,
  functionName,
  functionVersion: '$LATEST',
  invokedFunctionArn: `arn:aws:lambda:local:000000000000:function:${functionName}`,
  memoryLimitInMB: '512',
  awsRequestId: randomUUID(),
  logGroupName: `/aws/lambda/${functionName}`,
  logStreamName: 'local',
  getRemainingTimeInMillis: () => 30_000,
  done: () => undefined,
  fail: () => undefined,
  succeed: () => undefined,
});
