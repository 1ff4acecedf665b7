import { CloudFormationClient } from '@aws-sdk/client-cloudformation';
import {
  DeleteMessageBatchCommand,
  GetQueueAttributesCommand,
  ReceiveMessageCommand,
  SendMessageBatchCommand,
  SQSClient,
} from '@aws-sdk/client-sqs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { listDeadLetters, redriveDeadLetters } from '../../local/cli/dead-letters-command';

// `TANDEM_STACK=Tandem-<funder> npx tandem dead-letters list|redrive`: over the DLQs the stack
// outputs name. AWS is not reachable here, so CloudFormation answers with outputs and SQS is
// stood in for by queues in memory that keep SQS's rules (receive hides a message until it
// is deleted; a batch is at most ten).

afterEach(() => {
  vi.restoreAllMocks();
  delete process.env.TANDEM_STACK;
});

const url = (name: string) => `https://sqs.eu-central-1.amazonaws.com/123456789012/${name}`;

function standInForAws(queues: Map<string, string[]>) {
  vi.spyOn(CloudFormationClient.prototype, 'send').mockResolvedValue({
    Stacks: [
      {
        Outputs: [
          { OutputKey: 'TableName', OutputValue: 'tandem-table' },
          { OutputKey: 'RecordCheckInQueueUrl', OutputValue: url('checkins') },
          { OutputKey: 'RecordCheckInDeadLetterQueueUrl', OutputValue: url('checkins-dlq') },
          { OutputKey: 'SendReminderDigestQueueUrl', OutputValue: url('digests') },
          { OutputKey: 'SendReminderDigestDeadLetterQueueUrl', OutputValue: url('digests-dlq') },
        ],
      },
    ],
  } as never);
  const received = new Map<string, string>();
  let handles = 0;
  const queue = (queueUrl: string | undefined) => {
    const messages = queues.get(queueUrl ?? '');
    if (!messages) throw new Error(`No queue ${queueUrl}`);
    return messages;
  };
  vi.spyOn(SQSClient.prototype, 'send').mockImplementation((async (command: unknown) => {
    if (command instanceof GetQueueAttributesCommand) {
      return {
        Attributes: { ApproximateNumberOfMessages: String(queue(command.input.QueueUrl).length) },
      };
    }
    if (command instanceof ReceiveMessageCommand) {
      const messages = queue(command.input.QueueUrl);
      const taken = messages.splice(0, Math.min(10, command.input.MaxNumberOfMessages ?? 1));
      return {
        Messages: taken.map((body) => {
          const handle = `h-${handles++}`;
          received.set(handle, body);
          return { Body: body, ReceiptHandle: handle, MessageId: handle };
        }),
      };
    }
    if (command instanceof SendMessageBatchCommand) {
      const entries = command.input.Entries ?? [];
      expect(entries.length).toBeLessThanOrEqual(10);
      queue(command.input.QueueUrl).push(...entries.map((entry) => entry.MessageBody ?? ''));
      return { Successful: entries.map((entry) => ({ Id: entry.Id })), Failed: [] };
    }
    if (command instanceof DeleteMessageBatchCommand) {
      for (const entry of command.input.Entries ?? []) received.delete(entry.ReceiptHandle ?? '');
      return { Successful: [], Failed: [] };
    }
    throw new Error(`Unexpected SQS command ${String(command)}`);
  }) as never);
  return received;
}

const events = (count: number, prefix: string) =>
  Array.from({ length: count }, (_, index) => JSON.stringify({ id: `${prefix}-${index}` }));

describe('dead-letters on a deployed stack (TANDEM_STACK)', () => {
  it('lists the DLQs of the stack outputs per route', async () => {
    standInForAws(
      new Map([
        [url('checkins'), []],
        [url('checkins-dlq'), events(3, 'c')],
        [url('digests'), []],
        [url('digests-dlq'), []],
      ]),
    );
    process.env.TANDEM_STACK = 'Tandem-example';
    expect(await listDeadLetters({ kind: 'deployed' })).toEqual({
      total: 3,
      byRoute: { RecordCheckIn: 3 },
    });
  });

  it("moves one route's dead letters back to its queue, more than a batch of ten", async () => {
    const queues = new Map([
      [url('checkins'), [] as string[]],
      [url('checkins-dlq'), events(23, 'c')],
      [url('digests'), []],
      [url('digests-dlq'), events(2, 'd')],
    ]);
    const unacknowledged = standInForAws(queues);
    process.env.TANDEM_STACK = 'Tandem-example';
    expect(await redriveDeadLetters({ kind: 'deployed' }, 'RecordCheckIn')).toEqual({
      redriven: 23,
      remaining: 0,
    });
    expect(queues.get(url('checkins'))).toEqual(events(23, 'c'));
    expect(unacknowledged.size).toBe(0);
    // The other route's dead letters stay where they are.
    expect(queues.get(url('digests-dlq'))).toHaveLength(2);
    await expect(redriveDeadLetters({ kind: 'deployed' }, 'NoSuchRoute')).rejects.toThrow(
      /No route NoSuchRoute/,
    );
  });
});
