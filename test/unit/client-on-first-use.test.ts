import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, GetCommand } from '@aws-sdk/lib-dynamodb';
import { HttpResponse } from '@smithy/core/protocols';
import { Readable } from 'node:stream';
import { describe, expect, it, vi } from 'vitest';
import { clientOnFirstUse } from '../../shared/aws/client-on-first-use';
import { roleCredentials as credentials } from '../support/sigv4';

/** A real document client whose requests DynamoDB "answers" with `item`, counting them. */
function documentClient(item: Record<string, unknown>) {
  const requests: string[] = [];
  const requestHandler = {
    handle: async (request: { headers: Record<string, string> }) => {
      requests.push(request.headers['x-amz-target'] ?? '');
      const body = JSON.stringify({ Item: { pk: { S: item.pk } } });
      return {
        response: new HttpResponse({ statusCode: 200, headers: {}, body: Readable.from([body]) }),
      };
    },
  };
  const client = new DynamoDBClient({ region: 'eu-central-1', credentials, requestHandler });
  return { client: DynamoDBDocumentClient.from(client), requests };
}

describe('clientOnFirstUse', () => {
  it('makes the client at its first request, not before, and only once', async () => {
    const made = documentClient({ pk: 'carrier#c-1' });
    const make = vi.fn(() => made.client);
    const table = clientOnFirstUse(make);
    expect(make).not.toHaveBeenCalled();

    const first = await table.send(new GetCommand({ TableName: 't', Key: { pk: 'carrier#c-1' } }));
    const second = await table.send(new GetCommand({ TableName: 't', Key: { pk: 'carrier#c-1' } }));

    expect(make).toHaveBeenCalledTimes(1);
    // Through the document client's own middleware: the answer comes back unmarshalled.
    expect(first.Item).toEqual({ pk: 'carrier#c-1' });
    expect(second.Item).toEqual({ pk: 'carrier#c-1' });
    expect(made.requests).toEqual(['DynamoDB_20120810.GetItem', 'DynamoDB_20120810.GetItem']);
  });

  it("hands out the client's middleware stack, so a middleware added there runs on send", async () => {
    const made = documentClient({ pk: 'x' });
    const table = clientOnFirstUse(() => made.client);
    const seen: string[] = [];
    table.middlewareStack.add(
      (next) => async (args) => {
        seen.push('build');
        return next(args);
      },
      { step: 'build', name: 'seen' },
    );
    await table.send(new GetCommand({ TableName: 't', Key: { pk: 'x' } }));
    expect(seen).toEqual(['build']);
  });

  it('keeps send a property of its own that a test can spy on', async () => {
    const made = documentClient({ pk: 'x' });
    const table = clientOnFirstUse(() => made.client);
    const spy = vi.spyOn(table, 'send').mockRejectedValueOnce(new Error('throttled') as never);
    await expect(table.send(new GetCommand({ TableName: 't', Key: { pk: 'x' } }))).rejects.toThrow(
      'throttled',
    );
    spy.mockRestore();
    await expect(
      table.send(new GetCommand({ TableName: 't', Key: { pk: 'x' } })),
    ).resolves.toMatchObject({ Item: { pk: 'x' } });
    expect(made.requests).toHaveLength(1);
  });
});
