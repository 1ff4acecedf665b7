import { CloudFormationClient } from '@aws-sdk/client-cloudformation';
import { LambdaClient, type InvokeCommand } from '@aws-sdk/client-lambda';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { closePeriod, sweep } from '../../local/cli/commands';
import { selectTarget } from '../../local/cli/target';
import { loadHandler, localContext } from '../../local/handlers';
import { invokableRoute } from '../../shared/events/schedules';
import { onboardCarrier, processed, sendWebhook, webhook } from '../support/api';
import { emailsTo } from '../support/mailbox';
import { useTableOfItsOwn } from '../support/own-table';

// `TANDEM_STACK=Tandem-<funder> npx tandem sweep|periods close`: the CLI reads the stack's
// outputs and invokes the deployed functions. AWS is not reachable here, so CloudFormation
// and Lambda are stood in for: Lambda runs the very handler the stack deploys, against the
// local table and bus; everything after the invocation is real.

let table: string;

const functionNames = { ReminderSweep: 'tandem-sweep-fn', ClosePeriod: 'tandem-close-fn' };

beforeAll(async () => {
  table = await useTableOfItsOwn('cli-deployed');
  const carrier = await onboardCarrier();
  await sendWebhook(
    carrier,
    webhook('match.created', {
      matchId: 'm-1',
      mentorId: 'p-1',
      menteeId: 'p-2',
      startedOn: '2025-01-01',
      programme: 'other',
    }),
  );
  await processed();
});

afterEach(() => {
  vi.restoreAllMocks();
  delete process.env.TANDEM_STACK;
});

function standInForAws(failWith?: string) {
  vi.spyOn(CloudFormationClient.prototype, 'send').mockResolvedValue({
    Stacks: [
      {
        Outputs: [
          { OutputKey: 'TableName', OutputValue: table },
          { OutputKey: 'ReminderSweepFunctionName', OutputValue: functionNames.ReminderSweep },
          { OutputKey: 'ClosePeriodFunctionName', OutputValue: functionNames.ClosePeriod },
        ],
      },
    ],
  } as never);
  const invoked: string[] = [];
  vi.spyOn(LambdaClient.prototype, 'send').mockImplementation((async (command: InvokeCommand) => {
    const { FunctionName, Payload } = command.input;
    invoked.push(String(FunctionName));
    if (failWith) {
      return {
        FunctionError: 'Unhandled',
        Payload: new TextEncoder().encode(JSON.stringify({ errorMessage: failWith })),
      };
    }
    const id = Object.entries(functionNames).find(([, name]) => name === FunctionName)?.[0];
    const route = id ? invokableRoute(id) : undefined;
    if (!route) throw new Error(`No function ${String(FunctionName)}`);
    const handler = await loadHandler(route.handler);
    const result = await handler(
      JSON.parse(new TextDecoder().decode(Payload as Uint8Array)),
      localContext(route.id),
    );
    return { Payload: new TextEncoder().encode(JSON.stringify(result)) };
  }) as never);
  return invoked;
}

describe('operator commands against a deployed stack (TANDEM_STACK)', () => {
  it('finds the table and the functions in the stack outputs', async () => {
    standInForAws();
    process.env.TANDEM_STACK = 'Tandem-example';
    const target = await selectTarget();
    expect(target.kind).toBe('deployed');
    expect(process.env.TANDEM_TABLE_NAME).toBe(table);
    expect(target.invoke).toBeTypeOf('function');
  });

  it('closes a period by invoking ClosePeriod, then waits for every report', async () => {
    const invoked = standInForAws();
    process.env.TANDEM_STACK = 'Tandem-example';
    const target = await selectTarget();
    const progress: string[] = [];
    const result = await closePeriod(target.invoke!, '2025', {
      pollMs: 50,
      onProgress: (line) => progress.push(line),
    });
    expect(result).toEqual({ periodId: '2025', carriers: 1, reports: 1 });
    expect(invoked).toEqual([functionNames.ClosePeriod]);
    expect(progress.at(-1)).toBe('period 2025: 1 of 1 carrier reports');
    // SPEC §7: the funder's contact receives the summary itself.
    const summaries = (await emailsTo('foerderung@example.org')).filter((email) =>
      email.subject.startsWith('Förderübersicht 2025'),
    );
    expect(summaries.length).toBeGreaterThan(0);
    expect(summaries.at(-1)?.body.html).toContain('<svg');
    expect(summaries.at(-1)?.body.text).toContain('carriers,total,');
  });

  it('runs the sweep by invoking ReminderSweep and counts the digests sent', async () => {
    const invoked = standInForAws();
    process.env.TANDEM_STACK = 'Tandem-example';
    const target = await selectTarget();
    const result = await sweep(target.invoke!, '2025-01-20', { pollMs: 50 });
    expect(result).toEqual({ date: '2025-01-20', overdue: 1, emailsSent: 1 });
    expect(invoked).toEqual([functionNames.ReminderSweep]);
  });

  it("reports the function's own error", async () => {
    standInForAws('No funding period "1999" in the funder config');
    process.env.TANDEM_STACK = 'Tandem-example';
    const target = await selectTarget();
    await expect(closePeriod(target.invoke!, '1999')).rejects.toThrow(
      /ClosePeriod failed: No funding period "1999"/,
    );
  });
});
