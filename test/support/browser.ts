import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { chromium } from 'playwright-core';

// Every page is checked in a real Chromium. Debian's build is used where it is installed
// (faster to start); elsewhere the one that `npm install` brought: @sparticuz/chromium ships
// a Chromium build inside its registry package and unpacks it on first use, so a machine
// with Node and nothing else runs the browser tests.

const debianChromium = '/usr/bin/chromium';

/** The flags a closed network needs: no background connections, nothing to phone home. */
export const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * The path of a Chromium to drive. Unpacking the npm build writes one file under the temp
 * folder, so the test run does it once, in its global setup, before workers start.
 */
export async function chromiumExecutable(): Promise<string> {
  if (process.env.TANDEM_CHROMIUM) return process.env.TANDEM_CHROMIUM;
  if (existsSync(debianChromium)) return debianChromium;
  const { default: packaged } = await import('@sparticuz/chromium');
  return packaged.executablePath();
}

export async function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: await chromiumExecutable(), args: chromiumArgs });
}

const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

export interface AxeViolation {
  readonly id: string;
  readonly impact: string | null;
  readonly help: string;
  readonly nodes: readonly { readonly target: readonly string[]; readonly html: string }[];
}

/**
 * Runs axe-core's WCAG 2.0–2.2 A and AA rules on the page, plus `target-size` (WCAG 2.2
 * 2.5.8, which axe leaves off by default), and returns the violations. The script is added
 * through the DevTools protocol, so it works on pages whose CSP forbids inline scripts and
 * with JavaScript switched off for the page itself.
 */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  await page.evaluate(axeSource);
  const result = (await page.evaluate(`axe.run(document, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'] },
    rules: { 'target-size': { enabled: true } },
    resultTypes: ['violations'],
  })`)) as { violations: AxeViolation[] };
  return result.violations;
}

/** A readable line per violation, for an assertion message. */
export const describeViolations = (violations: readonly AxeViolation[]): string =>
  violations
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
    )
    .join('\n');
