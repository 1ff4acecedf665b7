import { join } from 'node:path';
import {
  DeleteMessageBatchCommand,
  GetQueueAttributesCommand,
  ReceiveMessageCommand,
  SendMessageBatchCommand,
  SQSClient,
} from '@aws-sdk/client-sqs';
import { countDeadLetters, localRedrivePath } from '../dead-letters';
import { localDataDir, localTokenFor, localTokenHeader } from '../local-token';
import { localApiUrl, stackOutputs, type Target } from './target';

/**
 * `npx tandem dead-letters list|redrive` (SPEC §8). Locally over the dead-letter folder of
 * the data dir (a redrive runs in the running system, which puts them back on the durable
 * queue); deployed over each route's DLQ, named by the stack outputs
 * `<RouteId>DeadLetterQueueUrl` and `<RouteId>QueueUrl`.
 */

export interface DeadLetterCounts {
  readonly total: number;
  readonly byRoute: Record<string, number>;
}

export interface RedriveResult {
  readonly redriven: number;
  readonly remaining: number;
}

interface RouteQueues {
  readonly queueUrl: string;
  readonly deadLetterQueueUrl: string;
}

/** Each route's queue and DLQ, from the outputs of the stack TANDEM_STACK names. */
async function deployedRouteQueues(): Promise<Map<string, RouteQueues>> {
  const stackName = process.env.TANDEM_STACK;
  if (!stackName) {
    throw new Error(
      'For the dead letters of a deployed stack, set TANDEM_STACK to its name (e.g. Tandem-example)',
    );
  }
  const outputs = await stackOutputs(stackName);
  const routes = new Map<string, RouteQueues>();
  for (const [key, deadLetterQueueUrl] of Object.entries(outputs)) {
    if (!key.endsWith('DeadLetterQueueUrl')) continue;
    const routeId = key.slice(0, -'DeadLetterQueueUrl'.length);
    const queueUrl = outputs[`${routeId}QueueUrl`];
    if (queueUrl) routes.set(routeId, { queueUrl, deadLetterQueueUrl });
  }
  if (routes.size === 0)
    throw new Error(`Stack ${stackName} has no <Route>DeadLetterQueueUrl output`);
  return routes;
}

async function waitingMessages(sqs: SQSClient, queueUrl: string): Promise<number> {
  const { Attributes } = await sqs.send(
    new GetQueueAttributesCommand({
      QueueUrl: queueUrl,
      AttributeNames: ['ApproximateNumberOfMessages', 'ApproximateNumberOfMessagesNotVisible'],
    }),
  );
  return (
    Number(Attributes?.ApproximateNumberOfMessages ?? 0) +
    Number(Attributes?.ApproximateNumberOfMessagesNotVisible ?? 0)
  );
}

export async function listDeadLetters(
  target: Target,
  client?: SQSClient,
): Promise<DeadLetterCounts> {
  if (target.kind === 'local') return countDeadLetters(join(localDataDir(), 'dead-letters'));
  const sqs = client ?? new SQSClient({});
  const byRoute: Record<string, number> = {};
  for (const [routeId, { deadLetterQueueUrl }] of [...(await deployedRouteQueues())].sort()) {
    const count = await waitingMessages(sqs, deadLetterQueueUrl);
    if (count > 0) byRoute[routeId] = count;
  }
  return { total: Object.values(byRoute).reduce((sum, count) => sum + count, 0), byRoute };
}

/**
 * Moves one route's dead letters back to its queue: received from the DLQ, sent to the
 * queue, and only then deleted from the DLQ (a crash in between sends one twice, which the
 * idempotent consumers absorb; nothing is lost).
 */
async function redriveDeployedRoute(sqs: SQSClient, queues: RouteQueues): Promise<number> {
  let moved = 0;
  for (;;) {
    const { Messages = [] } = await sqs.send(
      new ReceiveMessageCommand({
        QueueUrl: queues.deadLetterQueueUrl,
        MaxNumberOfMessages: 10,
        WaitTimeSeconds: 1,
        VisibilityTimeout: 60,
      }),
    );
    if (Messages.length === 0) return moved;
    const entries = Messages.map((message, index) => ({
      Id: String(index),
      MessageBody: message.Body ?? '',
    }));
    const sent = await sqs.send(
      new SendMessageBatchCommand({ QueueUrl: queues.queueUrl, Entries: entries }),
    );
    const sentIds = new Set((sent.Successful ?? []).map((entry) => entry.Id));
    const toDelete = Messages.flatMap((message, index) =>
      sentIds.has(String(index)) && message.ReceiptHandle
        ? [{ Id: String(index), ReceiptHandle: message.ReceiptHandle }]
        : [],
    );
    if (toDelete.length) {
      await sqs.send(
        new DeleteMessageBatchCommand({ QueueUrl: queues.deadLetterQueueUrl, Entries: toDelete }),
      );
    }
    moved += toDelete.length;
    // What SQS refused to take stays in the DLQ (visible again after the timeout).
    if (toDelete.length < Messages.length) return moved;
  }
}

export async function redriveDeadLetters(
  target: Target,
  routeId?: string,
  client?: SQSClient,
): Promise<RedriveResult> {
  if (target.kind === 'local') {
    const apiUrl = localApiUrl();
    const response = await fetch(`${apiUrl}${localRedrivePath}`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        [localTokenHeader]: await localTokenFor(apiUrl),
      },
      body: JSON.stringify(routeId === undefined ? {} : { route: routeId }),
    });
    const body = (await response.json()) as RedriveResult & { errorMessage?: string };
    if (!response.ok) throw new Error(`redrive failed: ${body.errorMessage ?? response.status}`);
    return { redriven: body.redriven, remaining: body.remaining };
  }
  const sqs = client ?? new SQSClient({});
  const routes = await deployedRouteQueues();
  if (routeId !== undefined && !routes.has(routeId)) throw new Error(`No route ${routeId}`);
  const selected = [...routes].filter(([id]) => routeId === undefined || id === routeId);
  let redriven = 0;
  let remaining = 0;
  for (const [, queues] of selected) {
    redriven += await redriveDeployedRoute(sqs, queues);
    remaining += await waitingMessages(sqs, queues.deadLetterQueueUrl);
  }
  return { redriven, remaining };
}
