import { execFileSync } from 'node:child_process';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { lambdaEsbuildOptions } from '../../infra/lambda-esbuild-options';
import { repositoryRoot } from '../../infra/paths';

// The query schemas parsed on a request path are written with zod/mini, which sets no
// messages of its own; zod's classic API, loaded by any other module of this test run, sets
// English ones for the whole process. So the parse is run where the function runs: in its own
// bundle, in a process of its own.

const parseInOwnBundle = async (withMessages: boolean): Promise<unknown> => {
  const source = `
    import { fundingComparisonQuerySchema } from './shared/schemas/funding-comparison-query';
    import { queryErrorMessages } from './shared/schemas/query-errors';
    const query = { per_new_match: '5', format: 'html', per_active_month: '-1' };
    const parsed = fundingComparisonQuerySchema.safeParse(query${withMessages ? ', queryErrorMessages' : ''});
    console.log(JSON.stringify(parsed.error.issues.map(({ path, message }) => ({ path, message }))));
  `;
  const result = await build({
    ...lambdaEsbuildOptions,
    stdin: { contents: source, resolveDir: repositoryRoot, loader: 'ts' },
    absWorkingDir: repositoryRoot,
    write: false,
    outfile: 'query-errors-test.mjs',
    logLevel: 'error',
  });
  const bundled = result.outputFiles[0]!.text;
  const output = execFileSync(process.execPath, ['--input-type=module', '-e', bundled]);
  return JSON.parse(output.toString());
};

describe('a query schema in its own bundle', () => {
  it('answers in zod’s English words when given queryErrorMessages, and without them only "Invalid input"', async () => {
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
});
