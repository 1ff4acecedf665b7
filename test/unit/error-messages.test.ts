import { execFileSync } from 'node:child_process';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { lambdaEsbuildOptions } from '../../infra/lambda-esbuild-options';
import { repositoryRoot } from '../../infra/paths';

// The schemas parsed on a request path (queries, webhook bodies, events) are written with
// zod/mini, which sets no messages of its own; zod's classic API, loaded by any other module of
// this test run, sets English ones for the whole process. So the parse is run where the
// function runs: in its own bundle, in a process of its own.

const parseInOwnBundle = async (
  withMessages: boolean,
  parse = `
    import { fundingComparisonQuerySchema as schema } from './shared/schemas/funding-comparison-query';
    const value = { per_new_match: '5', format: 'html', per_active_month: '-1' };`,
): Promise<unknown> => {
  const source = `
    ${parse}
    import { englishErrorMessages } from './shared/schemas/error-messages';
    const parsed = schema.safeParse(value${withMessages ? ', englishErrorMessages' : ''});
    console.log(JSON.stringify(parsed.error.issues.map(({ path, message }) => ({ path, message }))));
  `;
  const result = await build({
    ...lambdaEsbuildOptions,
    // One file, run with `node -e`.
    splitting: false,
    stdin: { contents: source, resolveDir: repositoryRoot, loader: 'ts' },
    absWorkingDir: repositoryRoot,
    write: false,
    outfile: 'error-messages-test.mjs',
    logLevel: 'error',
  });
  const bundled = result.outputFiles[0]!.text;
  const output = execFileSync(process.execPath, ['--input-type=module', '-e', bundled]);
  return JSON.parse(output.toString());
};

describe('a zod/mini schema in its own bundle', () => {
  it('answers in zod’s English words when given englishErrorMessages, and without them only "Invalid input"', async () => {
    expect(await parseInOwnBundle(true)).toEqual([
      {
        path: ['per_active_month'],
        message: 'must be a number of EUR ≥ 0 (e.g. 15 or 12.50)',
      },
      { path: ['format'], message: 'Invalid option: expected one of "json"|"csv"' },
    ]);
    const bare = (await parseInOwnBundle(false)) as { message: string }[];
    expect(bare.find((issue) => issue.message.startsWith('Invalid option'))).toBeUndefined();
  });

  it('words a webhook body’s refusal as zod’s classic API did (the 400 of SPEC §2)', async () => {
    const webhook = `
      import { webhookBodySchema as schema } from './shared/schemas/webhooks';
      const value = {
        type: 'participant.registered',
        timestamp: 'yesterday',
        data: { participantId: 'p 1', role: 'boss', name: 'Erika' },
      };`;
    expect(await parseInOwnBundle(true, webhook)).toEqual([
      { path: ['timestamp'], message: 'must be an ISO 8601 timestamp' },
      {
        path: ['data', 'participantId'],
        message: expect.stringMatching(/^must be/),
      },
      { path: ['data', 'role'], message: 'Invalid option: expected one of "mentor"|"mentee"' },
      { path: ['data'], message: 'Unrecognized key: "name"' },
    ]);
    const bare = (await parseInOwnBundle(false, webhook)) as { message: string }[];
    expect(bare.map((issue) => issue.message)).toContain('Invalid input');
  });
});
