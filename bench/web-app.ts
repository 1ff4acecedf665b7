import { execFile } from 'node:child_process';
import { mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { build, type BuildOptions } from 'esbuild';
import { exampleFunderConfigPath, readFunderConfigFile } from '../shared/config/funder-config-file';
import { envNames } from '../shared/config/runtime-env';
import { reportFigure } from './support/figure-result';
import { onboardCarrier, startBenchSystem } from './support/local-system';
import { repositoryRoot } from './support/paths';
import { formatNumber, formatRatio, median, yesNo } from './support/stats';
import { printTable } from './support/table';

// The coordinator web app (issue 7): its Lambda bundle and cold import next to the bare
// DynamoDB document client bundled the same way (as Figure 1), and the time from opening a
// sign-in link to seeing the match list (three requests) next to three read-API requests,
// both against the same local system in this run.

const importRuns = 7;
const signInRuns = 20;
const maxBundleKb = 600;
const maxRatio = 1.5;

/** The CDK stack's esbuild options (infra/constructs/route-function.ts), no source map. */
const lambdaBundling = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node22',
  minify: true,
  mainFields: ['module', 'main'],
  external: [],
  banner: {
    js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);",
  },
  sourcemap: false,
  logLevel: 'warning',
  absWorkingDir: repositoryRoot,
} satisfies BuildOptions;

const baselineSource = `
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
export const handler = async () => DynamoDBDocumentClient.from(new DynamoDBClient({}));
`;

const importTimerSource = `
const started = performance.now();
const module = await import(process.argv[2]);
const elapsed = performance.now() - started;
if (typeof module.handler !== 'function') process.exit(1);
console.log(elapsed);
`;

const run = promisify(execFile);

async function importMs(timer: string, file: string): Promise<number> {
  const { stdout } = await run(process.execPath, [timer, pathToFileURL(file).href], {
    env: {
      ...process.env,
      AWS_REGION: 'eu-central-1',
      AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
      [envNames.tableName]: 'tandem',
      [envNames.eventBusName]: 'tandem',
      [envNames.funderConfig]: JSON.stringify(readFunderConfigFile(exampleFunderConfigPath)),
    },
  });
  return Number(stdout.trim());
}

async function bundles() {
  const outDir = await mkdtemp(join(tmpdir(), 'tandem-bench-web-'));
  try {
    const baseline = join(outDir, 'baseline.mjs');
    const web = join(outDir, 'web.mjs');
    await build({
      ...lambdaBundling,
      stdin: { contents: baselineSource, resolveDir: repositoryRoot, loader: 'ts' },
      outfile: baseline,
    });
    await build({
      ...lambdaBundling,
      entryPoints: [join(repositoryRoot, 'functions/web/show-app-page.ts')],
      outfile: web,
    });
    const timer = join(outDir, 'timer.mjs');
    await writeFile(timer, importTimerSource);
    const samples: Record<'baseline' | 'web', number[]> = { baseline: [], web: [] };
    await importMs(timer, baseline);
    await importMs(timer, web);
    for (let index = 0; index < importRuns; index++) {
      samples.baseline.push(await importMs(timer, baseline));
      samples.web.push(await importMs(timer, web));
    }
    return {
      baselineKb: (await stat(baseline)).size / 1024,
      webKb: (await stat(web)).size / 1024,
      baselineMs: median(samples.baseline),
      webMs: median(samples.web),
    };
  } finally {
    await rm(outDir, { recursive: true, force: true });
  }
}

async function requests() {
  const bench = await startBenchSystem();
  try {
    const api = bench.system.urls.api;
    const carrier = await onboardCarrier();
    // Loaded after the system set the endpoints, like the handlers.
    const { createLinkToken } = await import('../shared/data/link-tokens');
    const { keys } = await import('../shared/data/keys');
    const { signInTokenMs } = await import('../shared/domain/web-access');
    const signIn: number[] = [];
    const readApi: number[] = [];
    for (let index = 0; index < signInRuns + 1; index++) {
      const token = await createLinkToken(
        {
          kind: 'signIn',
          addressHash: keys.hashAddress('koordination@example.org'),
          carrierIds: [carrier.carrierId],
        },
        signInTokenMs,
      );
      const started = performance.now();
      const page = await fetch(`${api}/app/sign-in/${token}`);
      await page.text();
      const post = await fetch(`${api}/app/sign-in/${token}`, {
        method: 'POST',
        redirect: 'manual',
        headers: { origin: api, 'content-type': 'application/x-www-form-urlencoded' },
        body: '',
      });
      await post.text();
      const cookie = (post.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
      const list = await fetch(`${api}/app/matches`, { headers: { cookie } });
      await list.text();
      if (page.status !== 200 || post.status !== 303 || list.status !== 200) {
        throw new Error(`sign-in run answered ${page.status} ${post.status} ${list.status}`);
      }
      const elapsed = performance.now() - started;

      const baselineStarted = performance.now();
      for (let call = 0; call < 3; call++) {
        const response = await fetch(`${api}/v1/carriers/${carrier.carrierId}/matches`, {
          headers: { authorization: `Bearer ${carrier.apiKey}` },
        });
        await response.text();
      }
      const baselineElapsed = performance.now() - baselineStarted;
      // The first run warms module caches and connections; it is not counted.
      if (index > 0) {
        signIn.push(elapsed);
        readApi.push(baselineElapsed);
      }
    }
    return { signInMs: median(signIn), readApiMs: median(readApi) };
  } finally {
    await bench.stop();
  }
}

const sizes = await bundles();
const timing = await requests();
const sizeRatio = sizes.webKb / sizes.baselineKb;
const importRatio = sizes.webMs / sizes.baselineMs;
const met = sizes.webKb <= maxBundleKb && sizeRatio <= maxRatio && importRatio <= maxRatio;
const goal = `web bundle ≤ ${maxBundleKb} KB, size and cold import each ≤ ${maxRatio}× the baseline`;
printTable(
  'Web app — bundle, cold import, and sign-in link to match list',
  goal,
  ['measure', 'baseline', 'web app', '× base', 'goal met'],
  [
    [
      'bundle KB',
      formatNumber(sizes.baselineKb, 1),
      formatNumber(sizes.webKb, 1),
      formatRatio(sizeRatio),
      yesNo(sizeRatio <= maxRatio && sizes.webKb <= maxBundleKb),
    ],
    [
      'cold import ms',
      formatNumber(sizes.baselineMs, 1),
      formatNumber(sizes.webMs, 1),
      formatRatio(importRatio),
      yesNo(importRatio <= maxRatio),
    ],
    [
      '3 requests ms',
      formatNumber(timing.readApiMs, 1),
      formatNumber(timing.signInMs, 1),
      formatRatio(timing.signInMs / timing.readApiMs),
      '',
    ],
  ],
  [
    'Baseline of the bundle: the bare DynamoDB document client, bundled with the same esbuild options.',
    `Import: median of ${importRuns} imports, each in a fresh node ${process.version} process.`,
    `3 requests: link page, its POST (session), the match list; median of ${signInRuns}, next to three read-API list requests of the same carrier on the same local system.`,
  ],
);
reportFigure({
  figure: 'web app bundle and sign-in',
  goal,
  met,
  headline: `${formatNumber(sizes.webKb)} KB (${formatRatio(sizeRatio)}), import ${formatNumber(sizes.webMs)} ms (${formatRatio(importRatio)}), link to list ${formatNumber(timing.signInMs)} ms`,
});
