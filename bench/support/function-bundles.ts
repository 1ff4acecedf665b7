import { execFile } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { build, type Metafile, type Plugin } from 'esbuild';
import { bundleImportEnvironment } from '../../infra/bundle-import-environment';
import {
  bundleEntryFile,
  filesReadAtImport,
  lambdaEntryPoints,
  lambdaEsbuildOptions,
} from '../../infra/lambda-esbuild-options';
import { repositoryRoot } from './paths';

// A function's bundle as the stack builds it (infra/lambda-esbuild-options.ts, no source map),
// and how long a fresh Node process takes to import it.

export interface FunctionBundle {
  readonly name: string;
  /** Its `index.mjs`. */
  readonly file: string;
  /** All its files (what is deployed), and those Node reads at import. */
  readonly bytes: number;
  readonly bytesReadAtImport: number;
  readonly metafile: Metafile;
}

/**
 * Bundles a handler module, or a source text, into a folder of `outDir`. `oneFile`: without
 * code splitting, as the stack bundled before stop 29, for a comparison in the same run.
 */
export async function bundleFunction(
  name: string,
  entry: string | { readonly source: string },
  outDir: string,
  { oneFile = false } = {},
): Promise<FunctionBundle> {
  const folder = join(outDir, name.replace(/[^A-Za-z0-9]+/g, '-'));
  const result = await build({
    ...lambdaEsbuildOptions,
    absWorkingDir: repositoryRoot,
    ...(typeof entry === 'string'
      ? { entryPoints: lambdaEntryPoints(entry) }
      : { entryPoints: lambdaEntryPoints('source'), plugins: [sourcePlugin(entry.source)] }),
    outdir: folder,
    splitting: !oneFile,
  });
  const outputs = result.metafile.outputs;
  const readAtImport = filesReadAtImport(result.metafile);
  const sum = (paths: string[]) => paths.reduce((total, path) => total + outputs[path]!.bytes, 0);
  return {
    name,
    file: join(folder, bundleEntryFile),
    bytes: sum(Object.keys(outputs)),
    bytesReadAtImport: sum(readAtImport),
    metafile: result.metafile,
  };
}

/** Resolves the entry `source` to the given text (esbuild's stdin cannot be split). */
function sourcePlugin(source: string): Plugin {
  return {
    name: 'function-source',
    setup(build) {
      build.onResolve({ filter: /^source$/ }, () => ({ path: 'source', namespace: 'source' }));
      build.onLoad({ filter: /.*/, namespace: 'source' }, () => ({
        contents: source,
        loader: 'ts',
        resolveDir: repositoryRoot,
      }));
    },
  };
}

/**
 * A handler module with a `firstRequest` that makes the `import()`s of `modules` (paths in the
 * repository), as a first request does: bundled, they read chunks or initialise modules.
 */
export const withFirstRequest = (handlerModule: string, modules: readonly string[]): string => `
export { handler } from ${JSON.stringify(handlerModule)};
export const firstRequest = () =>
  Promise.all([${modules.map((module) => `import(${JSON.stringify(join(repositoryRoot, module))})`).join(', ')}]);
`;

/**
 * Imports a bundle in a fresh Node process, and with `first-request` also runs its
 * `firstRequest`, and prints how long that took.
 */
const importTimerSource = `
const [entry, firstRequest] = process.argv.slice(2);
const started = performance.now();
const module = await import(entry);
if (firstRequest) await module.firstRequest();
const elapsed = performance.now() - started;
if (typeof module.handler !== 'function') {
  console.error('the bundle exports no handler');
  process.exit(1);
}
console.log(elapsed);
`;

const run = promisify(execFile);

/** Times imports of bundles, each in a fresh Node process. */
export async function importTimer(outDir: string) {
  const timer = join(outDir, 'import-timer.mjs');
  await writeFile(timer, importTimerSource);
  return async (bundleFile: string, { firstRequest = false } = {}): Promise<number> => {
    const args = [pathToFileURL(bundleFile).href, ...(firstRequest ? ['first-request'] : [])];
    const { stdout } = await run(process.execPath, [timer, ...args], {
      env: bundleImportEnvironment(),
    });
    const elapsed = Number(stdout.trim());
    if (!Number.isFinite(elapsed)) throw new Error(`import timer printed "${stdout.trim()}"`);
    return elapsed;
  };
}
