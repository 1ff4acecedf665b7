import { InvokeCommand, LambdaClient } from '@aws-sdk/client-lambda';
import { localTokenFor, localTokenHeader } from '../local-token';

/** Runs one of the stack's scheduled functions now, as its schedule would, and returns its result. */
export type FunctionInvoker = (functionId: string, input: object) => Promise<unknown>;

/** The running local system runs it (POST /_local/functions/<id>) and answers once its events are processed. */
export const localInvoker =
  (apiUrl: string): FunctionInvoker =>
  async (functionId, input) => {
    const response = await fetch(`${apiUrl}/_local/functions/${functionId}`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        [localTokenHeader]: await localTokenFor(apiUrl),
      },
      body: JSON.stringify(input),
    });
    const body = (await response.json()) as { errorMessage?: string };
    if (!response.ok)
      throw new Error(`${functionId} failed: ${body.errorMessage ?? response.status}`);
    return body;
  };

/**
 * The deployed function is invoked synchronously; the events it puts on the bus are
 * processed afterwards, so callers wait for their effects themselves.
 */
export const deployedInvoker =
  (
    functionNames: Readonly<Record<string, string>>,
    lambda = new LambdaClient({}),
  ): FunctionInvoker =>
  async (functionId, input) => {
    const functionName = functionNames[functionId];
    if (!functionName) throw new Error(`The stack has no output ${functionId}FunctionName`);
    const result = await lambda.send(
      new InvokeCommand({
        FunctionName: functionName,
        Payload: new TextEncoder().encode(JSON.stringify(input)),
      }),
    );
    const payload = JSON.parse(
      new TextDecoder().decode(result.Payload ?? new Uint8Array()),
    ) as unknown;
    if (result.FunctionError) {
      const message =
        (payload as { errorMessage?: string } | null)?.errorMessage ?? result.FunctionError;
      throw new Error(`${functionId} failed: ${message}`);
    }
    return payload;
  };
