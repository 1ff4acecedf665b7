import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { build, type Metafile } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleImportEnvironment } from '../../infra/bundle-import-environment';
import {
  bundleEntryFile,
  entryOutputPath,
  filesReadAtImport,
  lambdaEntryPoints,
  lambdaEsbuildOptions,
  staticallyReached,
} from '../../infra/lambda-esbuild-options';
import { repositoryRoot } from '../../infra/paths';
import { httpRoutes } from '../../shared/http/routes';

// Issue 16: every function behind an HTTP route is at most 600 KB, bundled as the stack
// bundles it (bench/bundle-size.ts prints sizes and cold import times next to the bare
// DynamoDB client). A report reader passes stored bytes on: no schema library, no renderer.

const maxBundleBytes = 600 * 1024;

/**
 * Routes still over the limit, and why; their test is expected to fail, so one that gets
 * under it fails here until it leaves this list.
 */
const overBudget: Readonly<Record<string, string>> = {
  // None since the import's preview lost the EventBridge client and both steps read XLSX with
  // read-excel-file's universal build (ImportPreview 820 -> 593 KB, ImportConfirm 810 -> 600).
};

interface Bundle {
  /** All its files: what is deployed. */
  readonly bytes: number;
  readonly inputs: string[];
  /** `index.mjs` and its chunks, by path relative to the bundle's folder. */
  readonly files: ReadonlyMap<string, Uint8Array>;
  /** The modules evaluated when the bundle is imported: reached without a dynamic import. */
  readonly evaluatedAtImport: ReadonlySet<string>;
  /** The modules in the files Node reads when it imports `index.mjs`. */
  readonly readAtImport: ReadonlySet<string>;
}

const bundles = new Map<string, Bundle>();

async function bundleOf(handler: string): Promise<Bundle> {
  const outdir = join(repositoryRoot, 'cdk.out', 'bundle-size-test', handler);
  const result = await build({
    ...lambdaEsbuildOptions,
    absWorkingDir: repositoryRoot,
    entryPoints: lambdaEntryPoints(join(repositoryRoot, 'functions', `${handler}.ts`)),
    outdir,
    write: false,
    logLevel: 'error',
  });
  const metafile: Metafile = result.metafile;
  const outputs = Object.entries(metafile.outputs);
  const entry = metafile.outputs[entryOutputPath(metafile)]!;
  const read = new Set(filesReadAtImport(metafile));
  const files = new Map(
    result.outputFiles.map((file) => [relative(outdir, file.path), file.contents]),
  );
  return {
    bytes: [...files.values()].reduce((sum, contents) => sum + contents.length, 0),
    inputs: [...new Set(outputs.flatMap(([, output]) => Object.keys(output.inputs)))],
    files,
    // esbuild defers the evaluation of a module reached by `import()` only.
    evaluatedAtImport: staticallyReached(
      entry.entryPoint!,
      (path) => metafile.inputs[path]?.imports,
    ),
    readAtImport: new Set(
      outputs
        .filter(([path]) => read.has(path))
        .flatMap(([, output]) => Object.keys(output.inputs)),
    ),
  };
}

beforeAll(async () => {
  for (const handler of new Set(httpRoutes.map((route) => route.handler))) {
    bundles.set(handler, await bundleOf(handler));
  }
}, 120_000);

describe('functions behind HTTP routes', () => {
  for (const route of httpRoutes) {
    const test = route.id in overBudget ? it.fails : it;
    test(`${route.id} (functions/${route.handler}.ts) is at most 600 KB`, () => {
      expect(bundles.get(route.handler)!.bytes).toBeLessThanOrEqual(maxBundleBytes);
    });
  }

  // The app's and the office's report pages only read too: the report records and the stored
  // files.
  for (const handler of [
    'reports/get-carrier-report',
    'reports/get-funder-summary',
    'reports/get-umbrella-summary',
    'web/open-report-list',
    'web/show-report-page',
    'web/show-office-period-page',
    'web/show-office-region-page',
  ]) {
    it(`functions/${handler}.ts carries no schema library and no renderer`, () => {
      const inputs = bundles.get(handler)!.inputs;
      expect(inputs.filter((input) => input.includes('node_modules/zod/'))).toEqual([]);
      expect(
        inputs.filter((input) =>
          /node_modules\/vega|reports\/render\/(?!funding-what-if-script|inline-script)/.test(
            input,
          ),
        ),
      ).toEqual([]);
    });
  }

  // A suppressed region has no stored files: its short answer (the key and why) is rendered
  // on request, by that renderer alone.
  it('functions/reports/get-region-report.ts carries no schema library and only the suppressed answer’s renderer', () => {
    const inputs = bundles.get('reports/get-region-report')!.inputs;
    expect(inputs.filter((input) => input.includes('node_modules/zod/'))).toEqual([]);
    expect(
      inputs
        .filter((input) => /node_modules\/vega|reports\/render\//.test(input))
        .map((input) => input.replace(/.*reports\/render\//, ''))
        .sort(),
    ).toEqual(
      [
        'csv-format.ts',
        'funding-what-if-script.ts',
        'inline-script.ts',
        'region-labels.ts',
        'region-suppressed.ts',
      ].sort(),
    );
  });

  // Reading a stored file is one signed GET (shared/aws/s3-object-reader.ts): the S3 client,
  // about 160 KB and 30 ms of cold start, is only in the functions that write report files.
  const s3ClientIn = (handler: string) =>
    bundles
      .get(handler)!
      .inputs.some((input) => input.includes('node_modules/@aws-sdk/client-s3/'));
  it('no function behind an HTTP route carries the S3 client; a report file writer does', async () => {
    const handlers = [...new Set(httpRoutes.map((route) => route.handler))];
    expect(handlers.filter(s3ClientIn)).toEqual([]);
    const writer = await bundleOf('reports/build-carrier-report');
    expect(writer.inputs.some((input) => input.includes('node_modules/@aws-sdk/client-s3/'))).toBe(
      true,
    );
  });

  // A match's page checks its path segment by the partner id pattern alone; the connect forms
  // take no fields, and a carrier's secrets are rotated without its profile's schema
  // (shared/data/carrier-secrets.ts apart from carrier-onboarding.ts).
  for (const handler of ['matches/get-match', 'web/submit-connect-form']) {
    it(`functions/${handler}.ts carries no schema library`, () => {
      const inputs = bundles.get(handler)!.inputs;
      expect(inputs.filter((input) => input.includes('node_modules/zod/'))).toEqual([]);
    });
  }

  // The app's and the office's pages validate no input and put nothing on the bus: their forms
  // are functions of their own, which carry both.
  const carried = (handler: string) =>
    new Set(
      bundles
        .get(handler)!
        .inputs.filter((input) => /node_modules\/zod\/|shared\/aws\/event-bridge\.ts/.test(input))
        .map((input) => (input.includes('/zod/') ? 'zod' : 'event-bridge')),
    );
  for (const [pages, forms] of [
    [['web/open-app', 'web/show-app-page'], 'web/submit-app-form'],
    [['web/show-office-page'], 'web/submit-office-form'],
  ] as const) {
    it(`${pages.join(' and ')} carry no schema library and no bus publisher; ${forms} does`, () => {
      for (const page of pages) expect(carried(page)).toEqual(new Set());
      expect(carried(forms)).toEqual(new Set(['zod', 'event-bridge']));
    });
  }

  // Every schema a request path parses is written with zod/mini (shared/schemas/, the events'
  // catalogue): zod's classic API, about 15 ms of cold start, only in the API's documentation.
  const classicIn = (handler: string) =>
    bundles.get(handler)!.inputs.some((input) => input.includes('node_modules/zod/v4/classic/'));
  it('no function behind an HTTP route but the two documentation routes carries zod’s classic API', () => {
    const handlers = [...new Set(httpRoutes.map((route) => route.handler))];
    expect(handlers.filter(classicIn).sort()).toEqual([
      'docs/get-docs-page',
      'docs/get-openapi-document',
    ]);
  });

  // PutEvents and KMS's calls are signed POSTs (shared/aws/json-rpc-client.ts): their SDK
  // clients, about 4 and 5 ms of cold start, are in no function.
  it('no function carries the EventBridge or the KMS client', async () => {
    const handlers = [...new Set(httpRoutes.map((route) => route.handler))];
    const sdkClients = (inputs: readonly string[]) =>
      inputs.filter((input) => /node_modules\/@aws-sdk\/client-(eventbridge|kms)\//.test(input));
    expect(handlers.flatMap((handler) => sdkClients(bundles.get(handler)!.inputs))).toEqual([]);
    // The ledger's erasure hashes with KMS, the sweep publishes: they use the same calls.
    for (const handler of ['ledger/erase-participant', 'reminders/sweep']) {
      expect(sdkClients((await bundleOf(handler)).inputs)).toEqual([]);
    }
  });

  // A request or an event carries one webhook type: its schema is loaded when it comes
  // (shared/schemas/webhook-schema-loader.ts); an import's sheet, those of its kinds
  // (shared/import/sheet-schemas.ts). The six together (about 4 ms of ingest's cold start)
  // only in the API's documentation.
  it('only the documentation builds the webhooks’ schemas at import', () => {
    const webhookSchemaModule = /shared\/schemas\/(webhooks|webhook-types\/(?!about)[^/]+)\.ts$/;
    const builders = [...bundles]
      .filter(([, bundle]) =>
        [...bundle.evaluatedAtImport].some((m) => webhookSchemaModule.test(m)),
      )
      .map(([handler]) => handler);
    expect(builders.sort()).toEqual(['docs/get-docs-page', 'docs/get-openapi-document']);
    // Where they are loaded on use, they are in the bundle all the same.
    for (const handler of ['ingest/receive-webhook', 'web/submit-app-form', 'web/preview-import']) {
      expect(bundles.get(handler)!.inputs).toContain(
        'shared/schemas/webhook-types/match-created.ts',
      );
    }
  });

  // A file is CSV or XLSX: each reader is loaded when a file of its format comes
  // (functions/import/open-sheets.ts). fflate, which read-excel-file unzips with, builds its
  // tables when loaded, about 9 ms: a CSV import never pays for it, nor reads its code.
  it('the import’s functions load a file’s reader only when a file of its format comes', () => {
    const reader =
      /shared\/import\/read-(csv|xlsx)\.ts$|node_modules\/(csv-parse|read-excel-file|fflate)\//;
    for (const handler of ['web/preview-import', 'web/confirm-import']) {
      const bundle = bundles.get(handler)!;
      expect([...bundle.evaluatedAtImport].filter((m) => reader.test(m))).toEqual([]);
      // In chunks of their own (infra/lambda-esbuild-options.ts): not even read at import.
      expect([...bundle.readAtImport].filter((m) => reader.test(m))).toEqual([]);
      expect(
        bundle.inputs.filter((m) => /shared\/import\/read-(csv|xlsx)\.ts$/.test(m)).sort(),
      ).toEqual(['shared/import/read-csv.ts', 'shared/import/read-xlsx.ts']);
    }
  });

  // zod's words in the six languages besides English: each is loaded when a reader of it
  // imports a file (shared/i18n/zod-error-maps.ts), so an import reads one locale, not seven.
  it('the import’s functions read none of zod’s locales but English at import', () => {
    const locale = /node_modules\/zod\/v4\/locales\/(?!en\.js|index\.js)[a-z-]+\.js$/;
    for (const handler of ['web/preview-import', 'web/confirm-import']) {
      const bundle = bundles.get(handler)!;
      expect([...bundle.readAtImport].filter((m) => locale.test(m))).toEqual([]);
      expect(bundle.inputs.filter((m) => locale.test(m)).sort()).toEqual(
        ['ar', 'de', 'fa', 'ru', 'tr', 'uk'].map(
          (code) => `node_modules/zod/v4/locales/${code}.js`,
        ),
      );
    }
  });

  // The office's forms: an area is loaded with its first form (functions/web/handler-by-area.ts).
  it('functions/web/submit-office-form.ts reads none of its areas’ forms at import', () => {
    const bundle = bundles.get('web/submit-office-form')!;
    const area =
      /functions\/web\/office\/routes\/(carrier|umbrella|staff)-forms?\.ts$|carrier-onboarding-form\.ts$/;
    expect([...bundle.readAtImport].filter((m) => area.test(m))).toEqual([]);
    expect(bundle.inputs.filter((m) => area.test(m)).length).toBe(4);
  });

  // The preview is a dry run: it is given no publisher, so it carries none.
  it('functions/web/preview-import.ts carries no bus publisher', () => {
    const inputs = bundles.get('web/preview-import')!.inputs;
    expect(inputs.filter((input) => input.includes('shared/aws/event-bridge.ts'))).toEqual([]);
    expect(
      bundles
        .get('web/confirm-import')!
        .inputs.some((input) => input.includes('shared/aws/event-bridge.ts')),
    ).toBe(true);
  });
});

// A collator or a number or date format loads ICU data when it is made (a German collator about
// 6 ms): made at import, every cold start pays for it, also where no page sorts or formats.
// Each bundle is loaded in a process of its own that counts the Intl objects made meanwhile.
describe('loading a function behind an HTTP route', () => {
  const intlCounter = `
const made = {};
for (const name of ['Collator', 'DateTimeFormat', 'DisplayNames', 'ListFormat', 'NumberFormat',
  'PluralRules', 'RelativeTimeFormat', 'Segmenter']) {
  const count = () => { made[name] = (made[name] ?? 0) + 1; };
  Intl[name] = new Proxy(Intl[name], {
    construct: (target, args, newTarget) => (count(), Reflect.construct(target, args, newTarget)),
    apply: (target, self, args) => (count(), Reflect.apply(target, self, args)),
  });
}
const module = await import(process.argv[2]);
if (typeof module.handler !== 'function') throw new Error('the bundle exports no handler');
console.log(JSON.stringify(made));
`;
  let dir: string;
  const folderOf = (handler: string) => join(dir, handler);
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'tandem-bundle-load-'));
    await writeFile(join(dir, 'count-intl.mjs'), intlCounter);
    for (const [handler, bundle] of bundles) {
      for (const [path, contents] of bundle.files) {
        await mkdir(dirname(join(folderOf(handler), path)), { recursive: true });
        await writeFile(join(folderOf(handler), path), contents);
      }
    }
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('makes no ICU collator or format', async () => {
    const madeByHandler: Record<string, unknown> = {};
    for (const handler of bundles.keys()) {
      const file = join(folderOf(handler), bundleEntryFile);
      const { stdout } = await promisify(execFile)(
        process.execPath,
        [join(dir, 'count-intl.mjs'), pathToFileURL(file).href],
        { env: bundleImportEnvironment() },
      );
      madeByHandler[handler] = JSON.parse(stdout);
    }
    // Named per function, so that a failure says where.
    expect(madeByHandler).toEqual(
      Object.fromEntries(
        [...new Set(httpRoutes.map((route) => route.handler))].map((handler) => [handler, {}]),
      ),
    );
  }, 120_000);

  // A chunk is read only when a request asks for it: one that cannot load (a sibling chunk
  // missing, a name it imports that another does not export) would fail that request, not the
  // import, which every other test here does.
  it('loads every chunk of every function', async () => {
    const failures: Record<string, string> = {};
    for (const [handler, bundle] of bundles) {
      const urls = [...bundle.files.keys()]
        .filter((path) => path.endsWith('.mjs'))
        .map((path) => pathToFileURL(join(folderOf(handler), path)).href);
      const script = `for (const url of ${JSON.stringify(urls)}) await import(url);`;
      await promisify(execFile)(process.execPath, ['--input-type=module', '-e', script], {
        env: bundleImportEnvironment(),
      }).catch((error: { stderr?: string }) => {
        failures[handler] = String(error.stderr).slice(0, 500);
      });
    }
    expect(failures).toEqual({});
    // The import's readers are among them.
    expect([...bundles.get('web/preview-import')!.files.keys()].length).toBeGreaterThan(10);
  }, 120_000);
});
