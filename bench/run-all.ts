import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { isFigureResult, type FigureResult } from './support/figure-result';
import { benchDir, repositoryRoot } from './support/paths';
import { formatNumber, yesNo } from './support/stats';
import { printTable } from './support/table';

// `npm run bench`: every figure in its own Node process, so one figure's servers, module
// caches and garbage cannot slow down the next, then one summary. Unmet goals are reported,
// not failed: the exit code is non-zero only when a figure could not be measured.

const figureScripts = [
  'bundle-size.ts',
  'throughput.ts',
  'write-units.ts',
  'sweep-read-units.ts',
  'period-close.ts',
  'import.ts',
  'paced-sweep.ts',
  'bounded-close.ts',
  'web-app.ts',
  'ledger-contention.ts',
  'ledger-exploration.ts',
  'list-read-units.ts',
  'office-carriers.ts',
  'region-report.ts',
  'umbrella-summaries.ts',
];

interface FigureRun {
  readonly script: string;
  readonly seconds: number;
  readonly exitCode: number | null;
  readonly result: FigureResult | undefined;
}

function runFigure(script: string): Promise<FigureRun> {
  const started = performance.now();
  const child = spawn(process.execPath, ['--import', 'tsx', join(benchDir, script)], {
    cwd: repositoryRoot,
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    env: { ...process.env, AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' },
  });
  let result: FigureResult | undefined;
  child.on('message', (message) => {
    if (isFigureResult(message)) result = message;
  });
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('exit', (exitCode) =>
      resolve({ script, seconds: (performance.now() - started) / 1000, exitCode, result }),
    );
  });
}

const started = performance.now();
const runs: FigureRun[] = [];
for (const script of figureScripts) runs.push(await runFigure(script));
const totalSeconds = (performance.now() - started) / 1000;

printTable(
  'Summary',
  'every figure measured; goals as printed with each figure',
  ['figure', 'goal met', 'headline', 'took s'],
  runs.map((run) => [
    run.result?.figure ?? `bench/${run.script}`,
    run.result ? yesNo(run.result.met) : `FAILED (exit ${String(run.exitCode)})`,
    run.result?.headline ?? '',
    formatNumber(run.seconds, 1),
  ]),
  [`npm run bench took ${formatNumber(totalSeconds, 1)} s on ${process.version}.`],
);
if (runs.some((run) => run.exitCode !== 0 || !run.result)) process.exitCode = 1;
