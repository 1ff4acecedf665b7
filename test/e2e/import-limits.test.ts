import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deflateRawSync } from 'node:zlib';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { keys } from '../../shared/data/keys';
import { createSession } from '../../shared/data/sessions';
import { fileProblemText } from '../../shared/i18n/import-file-texts';
import type { Language } from '../../shared/i18n/languages';
import type { FileProblem } from '../../shared/import/file-problems';
import { onboardCarrier, type TestCarrier } from '../support/api';
import { launchChromium } from '../support/browser';
import { localSystem } from '../support/local-system-instance';
import { carrierItems } from '../support/table';

// Issue 16, points 7 and 8: a file past the import's limits (200,000 headers, a 60 MB string
// in a 60 KB workbook) is refused at once as a file problem: a 422 page in the page's
// language on the web, a clear message from the CLI; nothing is stored.

let dir: string;
let carrier: TestCarrier;
let browser: Browser;
let context: BrowserContext;

/** A one-part ZIP, as an XLSX bomb is: its part is honest about its 60 MB. */
function oneStringWorkbook(): Buffer {
  const data = Buffer.from(`<sst><si><t>${'x'.repeat(60 * 1024 * 1024)}</t></si></sst>`);
  const packed = deflateRawSync(data);
  const name = Buffer.from('xl/sharedStrings.xml');
  const header = Buffer.alloc(30);
  header.writeUInt32LE(0x04034b50, 0);
  header.writeUInt16LE(8, 8);
  header.writeUInt32LE(packed.length, 18);
  header.writeUInt32LE(data.length, 22);
  header.writeUInt16LE(name.length, 26);
  const entry = Buffer.alloc(46);
  entry.writeUInt32LE(0x02014b50, 0);
  entry.writeUInt16LE(8, 10);
  entry.writeUInt32LE(packed.length, 20);
  entry.writeUInt32LE(data.length, 24);
  entry.writeUInt16LE(name.length, 28);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(46 + name.length, 12);
  end.writeUInt32LE(30 + name.length + packed.length, 16);
  return Buffer.concat([header, name, packed, entry, name, end]);
}

const wideHeaders = `Tandem-ID,${Array.from({ length: 200_000 }, (_, i) => `h${i}`).join(',')}`;

const cliEnv = (): NodeJS.ProcessEnv => {
  const env: NodeJS.ProcessEnv = {};
  for (const [name, value] of Object.entries(process.env)) {
    if (!/^(TANDEM_|AWS_ENDPOINT_URL)/.test(name)) env[name] = value;
  }
  const { urls, dataDir } = localSystem();
  return {
    ...env,
    TANDEM_API_PORT: new URL(urls.api).port,
    TANDEM_DYNAMODB_PORT: new URL(urls.dynamodb).port,
    TANDEM_DATA_DIR: dataDir,
  };
};

async function tandemImport(file: string) {
  const child = spawn('node', ['bin/tandem.mjs', 'import', carrier.carrierId, file], {
    env: cliEnv(),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const [code] = (await once(child, 'exit')) as [number];
  return { code, stdout, stderr };
}

const problems: Record<string, FileProblem> = {
  'wide.csv': { code: 'headerTooLong', limitKilobytes: 64 },
  'many-columns.csv': { code: 'tooManyColumns', columns: 600, limit: 500 },
  'bomb.xlsx': { code: 'xlsxTooLarge', limitMegabytes: 50 },
};

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tandem-import-limits-'));
  await writeFile(join(dir, 'wide.csv'), `${wideHeaders}\nm-1\n`);
  const columns = Array.from({ length: 599 }, (_, i) => `Spalte ${i}`).join(';');
  await writeFile(join(dir, 'many-columns.csv'), `Tandem-ID;${columns}\nm-1\n`);
  await writeFile(join(dir, 'bomb.xlsx'), oneStringWorkbook());
  carrier = await onboardCarrier();
  const { cookieValue } = await createSession({
    addressHash: keys.hashAddress('koordination@example.org'),
    carrierIds: [carrier.carrierId],
  });
  browser = await launchChromium();
  context = await browser.newContext();
  await context.addCookies([
    { name: 'tandem_session', value: cookieValue, url: localSystem().urls.api },
  ]);
}, 120_000);

afterAll(async () => {
  await browser?.close();
});

describe('files past the import limits (issue 16, points 7 and 8)', () => {
  it.each(Object.keys(problems))('the CLI refuses %s with a clear message', async (name) => {
    const result = await tandemImport(join(dir, name));
    expect(result.code).not.toBe(0);
    expect(result.stderr).toContain(fileProblemText('en', problems[name]!));
    expect(result.stdout).toBe('');
  });

  it.each([
    ['de', 'wide.csv'],
    ['fa', 'many-columns.csv'],
    ['tr', 'bomb.xlsx'],
  ] as const)(
    'the web page says in %s why %s is refused, in a small 422 page',
    async (language: Language, name) => {
      const page = await context.newPage();
      await page.goto(`${localSystem().urls.api}/app/import?lang=${language}`);
      await page.setInputFiles('#file', join(dir, name));
      const [refused] = await Promise.all([
        page.waitForResponse((response) => response.url().endsWith('/app/import')),
        page.click('button[type=submit]:not(.secondary)'),
      ]);
      expect(refused.status()).toBe(422);
      // 200,000 headers once came back as an 8.4 MB page (Lambda answers at most 6 MB).
      expect((await refused.body()).length).toBeLessThan(64 * 1024);
      const said = await page.locator('#file-error').innerText();
      expect(said).toContain(fileProblemText(language, problems[name]!));
      await page.close();
    },
    120_000,
  );

  it('stored nothing of them', async () => {
    expect(await carrierItems(carrier.carrierId)).toEqual([]);
  });
});
