import type { BuildOptions } from 'esbuild';
import { Charset } from 'aws-cdk-lib/aws-lambda-nodejs';
import { join } from 'node:path';
import {
  bundling,
  credentialChainPackage,
  environmentCredentialsModule,
} from './constructs/route-function';
import { repositoryRoot } from './paths';

/**
 * The esbuild options the stack bundles every function with (`bundling` in
 * constructs/route-function.ts), for measuring a function's bundle without a synth (the bundle
 * size test and bench). No source map: it is a separate file and does not change what Lambda
 * loads.
 */
export const lambdaEsbuildOptions = {
  bundle: true,
  platform: 'node',
  format: bundling.format === 'esm' ? 'esm' : 'cjs',
  target: bundling.target,
  minify: bundling.minify,
  mainFields: bundling.mainFields,
  external: bundling.externalModules,
  alias: { [credentialChainPackage]: join(repositoryRoot, environmentCredentialsModule) },
  banner: { js: bundling.banner ?? '' },
  charset: bundling.charset === Charset.UTF8 ? 'utf8' : 'ascii',
  sourcemap: false,
  metafile: true,
  logLevel: 'warning',
} satisfies BuildOptions;
