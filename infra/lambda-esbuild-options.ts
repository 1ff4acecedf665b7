import type { BuildOptions, Metafile } from 'esbuild';
import { join } from 'node:path';
import { repositoryRoot } from './paths';

/** The package the SDK clients take their default credential chain from, and its stand-in. */
export const credentialChainPackage = '@aws-sdk/credential-provider-node';
export const environmentCredentialsModule = 'shared/aws/environment-credentials.ts';

/** The file Lambda loads (`index.mjs`); its `handler` export is the function's handler. */
const bundleEntryName = 'index';
export const bundleEntryFile = `${bundleEntryName}.mjs`;
export const lambdaHandler = `${bundleEntryName}.handler`;

/**
 * How every function is bundled: by the stack (constructs/lambda-bundle.ts, adding source
 * maps), the bundle test and the bench. Locally with the installed esbuild (no Docker), with
 * the AWS SDK inside, so the deployed SDK is the version the tests ran against.
 *
 * ESM with code splitting: a module reached only through `import()` (a file reader, a webhook
 * type's schema, an SDK feature for browsers) goes into its own chunk beside `index.mjs`, which
 * Node reads only when the code asks for it. In one file, a CSV upload still parsed the XLSX
 * reader at every cold start.
 */
export const lambdaEsbuildOptions = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node22',
  mainFields: ['module', 'main'],
  minify: true,
  splitting: true,
  entryNames: '[name]',
  chunkNames: 'chunks/[name]-[hash]',
  outExtension: { '.js': '.mjs' },
  // Lambda puts the role's credentials in the environment: the SDK clients' default chain is
  // swapped for the environment provider alone (shared/aws/environment-credentials.ts).
  alias: { [credentialChainPackage]: join(repositoryRoot, environmentCredentialsModule) },
  // CommonJS dependencies inside an ESM bundle still call require().
  banner: {
    js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);",
  },
  // Texts in seven languages: as UTF-8 an Arabic letter takes 2 bytes, escaped (esbuild's
  // default) 6, so the pages' bundles would carry their text tables three times over.
  charset: 'utf8',
  sourcemap: false,
  metafile: true,
  logLevel: 'warning',
} satisfies BuildOptions;

/** esbuild's `entryPoints` for a function: one entry, written as `index.mjs`. */
export const lambdaEntryPoints = (handlerModule: string): Record<string, string> => ({
  [bundleEntryName]: handlerModule,
});

/** An import as both of a metafile's graphs record it. */
type MetafileImport = { readonly path: string; readonly kind: string; readonly external?: boolean };

/**
 * The paths reached from `start` by static imports, not by `import()`, in one of a metafile's
 * graphs: its inputs (the modules evaluated) or its outputs (the files read).
 */
export function staticallyReached(
  start: string,
  importsOf: (path: string) => readonly MetafileImport[] | undefined,
): Set<string> {
  const reached = new Set<string>();
  const pending = [start];
  for (let path = pending.pop(); path !== undefined; path = pending.pop()) {
    if (reached.has(path)) continue;
    reached.add(path);
    for (const imported of importsOf(path) ?? []) {
      if (imported.kind !== 'dynamic-import' && !imported.external) pending.push(imported.path);
    }
  }
  return reached;
}

/**
 * The output files Node reads when it imports the entry: the entry and the chunks it imports
 * statically, not those behind an `import()`. Paths as in the metafile.
 */
export function filesReadAtImport(metafile: Metafile): string[] {
  const entry = entryOutputPath(metafile);
  return [...staticallyReached(entry, (path) => metafile.outputs[path]?.imports)];
}

/** The metafile's path of a function bundle's `index.mjs`. */
export function entryOutputPath(metafile: Metafile): string {
  const entry = Object.keys(metafile.outputs).find((path) => path.endsWith(`/${bundleEntryFile}`));
  if (!entry) throw new Error(`no ${bundleEntryFile} among the bundle's files`);
  return entry;
}
