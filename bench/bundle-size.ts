import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eventRoutes } from '../shared/events/routes';
import { httpRoutes } from '../shared/http/routes';
import { reportFigure } from './support/figure-result';
import {
  bundleFunction,
  importTimer,
  withFirstRequest,
  type FunctionBundle as Bundle,
} from './support/function-bundles';
import { repositoryRoot } from './support/paths';
import { formatNumber, formatRatio, median, yesNo } from './support/stats';
import { printTable } from './support/table';

// Figure 1: how big each function's bundle is and how long a cold import of it takes, next
// to the bare DynamoDB document client bundled the same way. Figure 1c: what a first request
// reads on top, for the functions whose code is split most.

// 25: on a shared 2-core machine the median of 15 still moved by 0.1x between runs.
const importRuns = 25;
const maxBundleKb = 600;
const maxRatio = 1.5;

const baselineSource = `
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
export const handler = async () => DynamoDBDocumentClient.from(new DynamoDBClient({}));
`;

/** What an import of a CSV of Tandems loads, on a page in German. */
const csvOfTandemsInGerman = [
  'shared/import/read-csv.ts',
  'shared/schemas/webhook-types/match-created.ts',
  'shared/schemas/webhook-types/match-ended.ts',
  'node_modules/zod/v4/locales/de.js',
];

/**
 * First requests that load code on demand: the modules whose `import()` they make. Split
 * (infra/lambda-esbuild-options.ts), each reads a chunk and the chunks it imports.
 */
const firstRequests: readonly {
  readonly routeId: string;
  readonly request: string;
  readonly modules: readonly string[];
}[] = [
  {
    routeId: 'ImportPreview',
    request: 'a CSV of Tandems, page in German',
    modules: csvOfTandemsInGerman,
  },
  {
    routeId: 'ImportPreview',
    request: 'an XLSX of Tandems and check-ins, in Arabic',
    modules: [
      'shared/import/read-xlsx.ts',
      'shared/schemas/webhook-types/match-created.ts',
      'shared/schemas/webhook-types/match-ended.ts',
      'shared/schemas/webhook-types/checkin-recorded.ts',
      'node_modules/zod/v4/locales/ar.js',
    ],
  },
  {
    routeId: 'ImportConfirm',
    request: 'a CSV of Tandems, page in German',
    modules: csvOfTandemsInGerman,
  },
  {
    routeId: 'OfficeForm',
    request: 'a carrier onboarded',
    modules: ['functions/web/office/routes/carrier-forms.ts'],
  },
  {
    routeId: 'OfficeForm',
    request: 'a staff member added',
    modules: ['functions/web/office/routes/staff-forms.ts'],
  },
  {
    routeId: 'ReceiveWebhook',
    request: 'a checkin.recorded',
    modules: ['shared/schemas/webhook-types/checkin-recorded.ts'],
  },
  {
    routeId: 'WebAppForm',
    request: 'a contact recorded',
    modules: ['shared/schemas/webhook-types/checkin-recorded.ts'],
  },
];

/** The project's modules and packages that put the most bytes into a bundle. */
function largestParts(bundle: Bundle, count: number): string {
  const byPart = new Map<string, number>();
  for (const output of Object.values(bundle.metafile.outputs)) {
    for (const [path, input] of Object.entries(output.inputs)) {
      const part = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path)?.[1] ?? path;
      byPart.set(part, (byPart.get(part) ?? 0) + input.bytesInOutput);
    }
  }
  return [...byPart]
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([part, bytes]) => `${part} ${formatNumber(bytes / 1024)}`)
    .join(', ');
}

/** The packages that put the most bytes into a bundle, for a reader looking where to cut. */
function largestPackages(bundle: Bundle, count: number): string {
  const byPackage = new Map<string, number>();
  for (const output of Object.values(bundle.metafile.outputs)) {
    for (const [path, input] of Object.entries(output.inputs)) {
      const match = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path);
      const owner = match?.[1] ?? '(project code)';
      byPackage.set(owner, (byPackage.get(owner) ?? 0) + input.bytesInOutput);
    }
  }
  return [...byPackage]
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([owner, bytes]) => `${owner} ${formatNumber(bytes / 1024)} KB`)
    .join(', ');
}

/** Median import times, measured round-robin so that drift in machine load is shared. */
async function medianImportTimes(
  outDir: string,
  runs: readonly { readonly file: string; readonly firstRequest?: boolean }[],
): Promise<number[]> {
  const time = await importTimer(outDir);
  const samples = runs.map((): number[] => []);
  // One untimed import each first, so every timed run reads the files from the page cache.
  for (const { file, firstRequest } of runs) await time(file, { firstRequest });
  for (let runIndex = 0; runIndex < importRuns; runIndex++) {
    for (const [index, { file, firstRequest }] of runs.entries()) {
      samples[index]!.push(await time(file, { firstRequest }));
    }
  }
  return samples.map((values) => median(values));
}

/** Each first request's function, split and in one file, with the request's `import()`s. */
async function firstRequestBundles(outDir: string) {
  const bundles: { split: Bundle; oneFile: Bundle }[] = [];
  for (const [index, request] of firstRequests.entries()) {
    const { handler } = httpRoutes.find((route) => route.id === request.routeId)!;
    const source = withFirstRequest(
      join(repositoryRoot, 'functions', `${handler}.ts`),
      request.modules,
    );
    const name = `first request ${index}`;
    bundles.push({
      split: await bundleFunction(name, { source }, outDir),
      oneFile: await bundleFunction(`${name} in one file`, { source }, outDir, { oneFile: true }),
    });
  }
  return bundles;
}

const routeIdOf = new Map(httpRoutes.map((route) => [route.handler, route.id]));
const goal = `bundle ≤ ${maxBundleKb} KB, and import time ≤ ${maxRatio}× the baseline's`;

/** Figures 1 and 1b; what the figure result reports. */
function printFunctionFigures(
  baseline: Bundle,
  functions: readonly Bundle[],
  importMs: (entry: Bundle) => number,
) {
  const baselineKb = baseline.bytes / 1024;
  const baselineMs = importMs(baseline);
  const rows = [
    [
      baseline.name,
      formatNumber(baselineKb, 1),
      formatNumber(baseline.bytesReadAtImport / 1024, 1),
      formatNumber(baselineMs, 1),
      '1.00×',
      '',
    ],
  ];
  let metCount = 0;
  let largest = baseline;
  for (const entry of functions) {
    const kb = entry.bytes / 1024;
    const timeRatio = importMs(entry) / baselineMs;
    // Issue 16's goal: ≤ 600 KB, and loaded in ≤ 1.5× the baseline's time.
    const met = kb <= maxBundleKb && timeRatio <= maxRatio;
    if (met) metCount++;
    if (entry.bytes > largest.bytes) largest = entry;
    const routeId = routeIdOf.get(entry.name);
    rows.push([
      `${routeId ? `${routeId} ` : ''}functions/${entry.name}.ts`,
      formatNumber(kb, 1),
      formatNumber(entry.bytesReadAtImport / 1024, 1),
      formatNumber(importMs(entry), 1),
      formatRatio(timeRatio),
      yesNo(met),
    ]);
  }
  printTable(
    'Figure 1 — bundle size and cold import time per function',
    goal,
    ['bundle', 'size KB', 'read at import KB', 'import ms', '× base', 'goal met'],
    rows,
    [
      `Bundled with the CDK stack's esbuild options (ESM, node22, minified, AWS SDK inside, code split), no source map. Size: all of a bundle's files; read at import: index.mjs and the chunks it imports statically.`,
      `Import time: median of ${importRuns} imports, each in a fresh \`node\` ${process.version} process (time of \`await import()\` only).`,
      `Largest bundle ${largest.name}: ${largestPackages(largest, 5)}.`,
    ],
  );
  printTable(
    'Figure 1b — what each function behind an HTTP route carries',
    `≤ ${maxBundleKb} KB; the baseline (${formatNumber(baselineKb, 1)} KB) is the AWS SDK part`,
    ['route', 'size KB', 'largest parts'],
    functions
      .filter((entry) => routeIdOf.has(entry.name))
      .map((entry) => [
        routeIdOf.get(entry.name) ?? entry.name,
        formatNumber(entry.bytes / 1024, 1),
        largestParts(entry, 6),
      ]),
  );
  const largestKb = largest.bytes / 1024;
  const slowest = Math.max(...functions.map(importMs));
  return {
    figure: 'bundle size and cold import',
    goal,
    met: metCount === functions.length,
    headline: `${metCount} of ${functions.length} functions met; largest ${formatNumber(largestKb)} KB (${formatRatio(largestKb / baselineKb)}), slowest import ${formatNumber(slowest)} ms (${formatRatio(slowest / baselineMs)})`,
  };
}

/** Figure 1c: per first request, its time split and in one file. */
function printFirstRequestFigure(
  baselineMs: number,
  times: readonly { readonly split: number; readonly oneFile: number }[],
) {
  printTable(
    'Figure 1c — import and a first request’s loading of code, split and in one file',
    'code splitting makes no cold start longer: split ≤ one file',
    ['route', 'first request', 'split ms', '× base', 'one file ms', '× base', 'split ≤ one file'],
    firstRequests.map((request, index) => {
      const { split, oneFile } = times[index]!;
      return [
        request.routeId,
        request.request,
        formatNumber(split, 1),
        formatRatio(split / baselineMs),
        formatNumber(oneFile, 1),
        formatRatio(oneFile / baselineMs),
        yesNo(split <= oneFile),
      ];
    }),
    [
      'Each: the import, then the `import()`s the request makes (its file reader, webhook types, zod’s words in the page’s language, an office area), in the same process; the request itself is not run.',
      'One file: the same code bundled without splitting (as until stop 28), where those `import()`s initialise modules already read.',
      'The baseline, like every function, makes its DynamoDB client on its first call: not part of any figure here.',
    ],
  );
}

async function main() {
  const outDir = await mkdtemp(join(tmpdir(), 'tandem-bench-bundles-'));
  try {
    const baseline = await bundleFunction(
      'baseline: bare DynamoDB document client',
      { source: baselineSource },
      outDir,
    );
    // `--http`: only the functions behind HTTP routes (issue 16's goal is theirs).
    const routes = process.argv.includes('--http') ? httpRoutes : [...eventRoutes, ...httpRoutes];
    const functions: Bundle[] = [];
    for (const route of routes) {
      const module = join(repositoryRoot, 'functions', `${route.handler}.ts`);
      functions.push(await bundleFunction(route.handler, module, outDir));
    }
    const requestBundles = await firstRequestBundles(outDir);

    const bundles = [baseline, ...functions];
    const times = await medianImportTimes(outDir, [
      ...bundles.map(({ file }) => ({ file })),
      ...requestBundles.flatMap(({ split, oneFile }) => [
        { file: split.file, firstRequest: true },
        { file: oneFile.file, firstRequest: true },
      ]),
    ]);
    const importMs = (entry: Bundle) => times[bundles.indexOf(entry)]!;
    const result = printFunctionFigures(baseline, functions, importMs);
    printFirstRequestFigure(
      importMs(baseline),
      requestBundles.map((_, index) => ({
        split: times[bundles.length + 2 * index]!,
        oneFile: times[bundles.length + 2 * index + 1]!,
      })),
    );
    reportFigure(result);
  } finally {
    await rm(outDir, { recursive: true, force: true });
  }
}

await main();
