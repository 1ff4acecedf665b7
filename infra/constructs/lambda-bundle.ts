import { AssetHashType, DockerImage, type ILocalBundling } from 'aws-cdk-lib';
import { Code } from 'aws-cdk-lib/aws-lambda';
import { buildSync } from 'esbuild';
import { join, relative } from 'node:path';
import { lambdaEntryPoints, lambdaEsbuildOptions } from '../lambda-esbuild-options';
import { repositoryRoot } from '../paths';

/**
 * A function's code: its handler module bundled by the installed esbuild into `index.mjs` and
 * the chunks it loads on demand (lambda-esbuild-options.ts). NodejsFunction cannot do this: it
 * writes a single `--outfile`, and esbuild splits code only into an output folder.
 *
 * As NodejsFunction does, the asset is the repository with an OUTPUT hash: identical bundles
 * are one asset, and a synth that skips bundling does not fingerprint the repository.
 */
export function lambdaBundle(handlerModule: string): Code {
  return Code.fromAsset(repositoryRoot, {
    assetHashType: AssetHashType.OUTPUT,
    bundling: {
      // Never run: local bundling always succeeds or throws esbuild's error.
      image: DockerImage.fromRegistry('dummy'),
      local: new LocalEsbuild(relative(repositoryRoot, handlerModule)),
    },
  });
}

class LocalEsbuild implements ILocalBundling {
  /**
   * Data, not only code: CDK caches a staged asset by its options serialised as JSON, where a
   * function counts for nothing, so without the entry every function got the first one's.
   */
  constructor(readonly entry: string) {}

  tryBundle(outputDir: string): boolean {
    buildSync({
      ...lambdaEsbuildOptions,
      absWorkingDir: repositoryRoot,
      entryPoints: lambdaEntryPoints(join(repositoryRoot, this.entry)),
      outdir: outputDir,
      // A map per file, without the sources: NODE_OPTIONS=--enable-source-maps names the
      // project's files in a stack trace.
      sourcemap: true,
      sourcesContent: false,
      metafile: false,
    });
    return true;
  }
}
