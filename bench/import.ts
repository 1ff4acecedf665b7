import { spawn } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { WebhookBody } from '../shared/schemas/webhooks';
import { runConcurrently } from './support/concurrency';
import { reportFigure } from './support/figure-result';
import { repositoryRoot } from './support/paths';
import {
  deliver,
  onboardCarrier,
  signWebhook,
  startBenchSystem,
  type BenchCarrier,
} from './support/local-system';
import { formatNumber, formatRatio, yesNo } from './support/stats';
import { silenceNodeVersionWarning } from './support/sdk-environment';
import { printTable } from './support/table';
import { checkInRecorded, matchCreated } from './support/webhooks';

// Figure: importing a carrier's spreadsheet (SPEC §10). A generated CSV of 2,000 Tandems and
// 8,000 check-ins is imported; its facts per second stand next to the same kind of facts sent
// as signed webhooks in the same run. The CLI's peak memory is measured on that file and on
// one five times as long (flat means streamed), and a second import of the same file is timed.

const positiveInteger = (name: string, fallback: number): number => {
  const value = Number(process.env[name] ?? fallback);
  if (!Number.isInteger(value) || value < 1) throw new Error(`${name} must be a positive integer`);
  return value;
};

const tandemCount = positiveInteger('BENCH_IMPORT_TANDEMS', 2000);
const checkInsPerTandem = 4;
const webhookSample = positiveInteger('BENCH_IMPORT_WEBHOOKS', 1000);
const concurrency = 16;
/** Flat: the five times longer file may take at most this much more peak memory. */
const maxMemoryGrowth = 1.25;

/** Writes the generated file, with a name and a note column that the import must drop. */
async function writeGeneratedFile(path: string, prefix: string, tandems: number) {
  const out = createWriteStream(path);
  const write = (line: string) =>
    out.write(`${line}\r\n`) ? Promise.resolve() : once(out, 'drain').then(() => undefined);
  await write('Tandem-ID;Mentor:in-ID;Mentee-ID;Beginn;Art der Patenschaft;Datum;Mit;Kanal;Notiz');
  for (let tandem = 0; tandem < tandems; tandem++) {
    const id = `${prefix}-${tandem}`;
    await write(
      `${id};${id}-mp;${id}-me;03.02.2025;Bildung und Arbeit;;;;Erstgespräch mit Familie`,
    );
  }
  for (let round = 1; round <= checkInsPerTandem; round++) {
    for (let tandem = 0; tandem < tandems; tandem++) {
      const day = String(3 + round * 5).padStart(2, '0');
      await write(`${prefix}-${tandem};;;;;${day}.03.2025;beide;persönlich;Notiz ${round}`);
    }
  }
  out.end();
  await once(out, 'finish');
}

interface CliRun {
  readonly seconds: number;
  readonly peakRssMb: number;
  readonly result: {
    rows: number;
    matches: Record<string, number>;
    checkIns: Record<string, number>;
  };
}

/** `npx tandem import` as a child process; its peak RSS read from /proc while it runs. */
async function runCli(
  env: NodeJS.ProcessEnv,
  carrierId: string,
  file: string,
  dryRun: boolean,
): Promise<CliRun> {
  const started = performance.now();
  const child = spawn(
    process.execPath,
    ['bin/tandem.mjs', 'import', carrierId, file, ...(dryRun ? ['--dry-run'] : [])],
    { cwd: repositoryRoot, env, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  let peakKb = 0;
  const sample = async () => {
    try {
      const status = await readFile(`/proc/${child.pid}/status`, 'utf8');
      peakKb = Math.max(peakKb, Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0));
    } catch {
      // The process has just ended.
    }
  };
  const sampler = setInterval(() => void sample(), 50);
  const [code] = (await once(child, 'exit')) as [number];
  clearInterval(sampler);
  if (code !== 0) throw new Error(`tandem import failed (${code}): ${stderr}`);
  return {
    seconds: (performance.now() - started) / 1000,
    peakRssMb: peakKb / 1024,
    result: JSON.parse(stdout) as CliRun['result'],
  };
}

/** The same kind of facts as signed webhooks: matches, then their check-ins. */
async function webhookRate(
  apiUrl: string,
  carrier: BenchCarrier,
  count: number,
  idle: () => Promise<void>,
) {
  const matches = Math.ceil(count / (1 + checkInsPerTandem));
  const bodies: WebhookBody[] = [];
  for (let round = 0; round <= checkInsPerTandem; round++) {
    for (let match = 0; match < matches; match++) {
      const matchId = `wh-${match}`;
      bodies.push(
        round === 0
          ? matchCreated(matchId, `${matchId}-mp`, `${matchId}-me`)
          : checkInRecorded(matchId, round),
      );
    }
  }
  const signed = bodies
    .slice(0, count)
    .map((body, index) => signWebhook(apiUrl, carrier, body, `msg_import_bench_${index}`));
  const started = performance.now();
  let accepted = 0;
  await runConcurrently(signed.length, concurrency, async (index) => {
    const request = signed[index];
    if (request && (await deliver(request)) === 202) accepted++;
  });
  await idle();
  const seconds = (performance.now() - started) / 1000;
  return { perSecond: signed.length / seconds, accepted, sent: signed.length };
}

async function main() {
  silenceNodeVersionWarning();
  const dir = await mkdtemp(join(tmpdir(), 'tandem-import-bench-'));
  const bench = await startBenchSystem();
  const { system } = bench;
  try {
    const file = join(dir, 'tandems.csv');
    const longFile = join(dir, 'tandems-5x.csv');
    await writeGeneratedFile(file, 'imp', tandemCount);
    await writeGeneratedFile(longFile, 'long', tandemCount * 5);
    const env: NodeJS.ProcessEnv = {
      ...Object.fromEntries(
        Object.entries(process.env).filter(([name]) => !/^(TANDEM_|AWS_ENDPOINT_URL)/.test(name)),
      ),
      TANDEM_API_PORT: new URL(system.urls.api).port,
      TANDEM_DYNAMODB_PORT: new URL(system.urls.dynamodb).port,
      TANDEM_DATA_DIR: system.dataDir,
      AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
    };
    const webhookCarrier = await onboardCarrier();
    const importCarrier = await onboardCarrier();
    const longCarrier = await onboardCarrier();

    const webhooks = await webhookRate(system.urls.api, webhookCarrier, webhookSample, () =>
      system.bus.idle(),
    );
    const first = await runCli(env, importCarrier.carrierId, file, false);
    const second = await runCli(env, importCarrier.carrierId, file, false);
    const dryShort = await runCli(env, longCarrier.carrierId, file, true);
    const dryLong = await runCli(env, longCarrier.carrierId, longFile, true);

    const facts = first.result.matches.created! + first.result.checkIns.created!;
    const importRate = facts / first.seconds;
    const ratio = importRate / webhooks.perSecond;
    const memoryGrowth = dryLong.peakRssMb / dryShort.peakRssMb;
    const expectedFacts = tandemCount * (1 + checkInsPerTandem);
    const secondUnchanged =
      second.result.matches.unchanged === tandemCount &&
      second.result.checkIns.unchanged === tandemCount * checkInsPerTandem;
    const met =
      facts === expectedFacts &&
      first.result.rows === expectedFacts &&
      dryLong.result.rows === expectedFacts * 5 &&
      webhooks.accepted === webhooks.sent &&
      secondUnchanged &&
      ratio >= 1 &&
      memoryGrowth <= maxMemoryGrowth &&
      system.bus.deadLetters.length === 0;
    const goal = `import facts/s ≥ 1.0× end-to-end webhooks/s; CLI peak memory flat (≤ ${maxMemoryGrowth}×) for a 5× file`;
    printTable(
      'Figure — importing a spreadsheet',
      goal,
      ['run', 'rows', 'facts', 'seconds', 'per second', '× webhooks', 'peak RSS MB'],
      [
        [
          'baseline: signed webhooks, HTTP → table',
          String(webhooks.sent),
          String(webhooks.sent),
          formatNumber(webhooks.sent / webhooks.perSecond, 1),
          formatNumber(webhooks.perSecond, 1),
          '1.00×',
          '',
        ],
        [
          'npx tandem import (first)',
          String(first.result.rows),
          String(facts),
          formatNumber(first.seconds, 1),
          formatNumber(importRate, 1),
          formatRatio(ratio),
          formatNumber(first.peakRssMb, 0),
        ],
        [
          'npx tandem import (same file again)',
          String(second.result.rows),
          '0',
          formatNumber(second.seconds, 1),
          '',
          '',
          formatNumber(second.peakRssMb, 0),
        ],
        [
          'npx tandem import --dry-run (1× file)',
          String(dryShort.result.rows),
          '',
          formatNumber(dryShort.seconds, 1),
          '',
          '',
          formatNumber(dryShort.peakRssMb, 0),
        ],
        [
          'npx tandem import --dry-run (5× file)',
          String(dryLong.result.rows),
          '',
          formatNumber(dryLong.seconds, 1),
          '',
          '',
          formatNumber(dryLong.peakRssMb, 0),
        ],
      ],
      [
        `File: ${tandemCount} Tandems and ${tandemCount * checkInsPerTandem} check-ins in one ";"-separated CSV with a note column; the 5× file has ${tandemCount * 5} Tandems.`,
        `Import timed from starting the CLI process until it printed its result, i.e. until every fact was stored and every summary derived (CLI start-up included).`,
        `Webhooks timed from the first POST until the bus was idle, ${concurrency} at a time, the same mix (1 match.created, then ${checkInsPerTandem} check-ins per match).`,
        `Second import of the same file: ${JSON.stringify(second.result.matches)} ${JSON.stringify(second.result.checkIns)}; nothing published.`,
        `Peak memory (VmHWM) of the CLI: ${formatNumber(dryShort.peakRssMb, 0)} MB for the file, ${formatNumber(dryLong.peakRssMb, 0)} MB for the 5× file (${formatRatio(memoryGrowth)}); measured on dry runs, which read, check and compare every row as the import does.`,
        `Goal met: ${yesNo(met)}; dead letters: ${system.bus.deadLetters.length}.`,
        ...bench.log.map((line) => `log: ${line}`),
      ],
    );
    reportFigure({
      figure: 'spreadsheet import',
      goal,
      met,
      headline: `${formatNumber(importRate, 1)} facts/s vs ${formatNumber(webhooks.perSecond, 1)} webhooks/s (${formatRatio(ratio)}); peak ${formatNumber(dryShort.peakRssMb, 0)} → ${formatNumber(dryLong.peakRssMb, 0)} MB at 5×; re-import ${formatNumber(second.seconds, 1)} s`,
    });
  } finally {
    await system.bus.idle();
    await bench.stop();
    await rm(dir, { recursive: true, force: true });
  }
}

await main();
