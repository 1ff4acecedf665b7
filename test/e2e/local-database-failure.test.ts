import { mkdir, mkdtemp, readFile, rm, rmdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { webTexts } from '../../shared/i18n/web-texts';
import { axeViolations, describeViolations, launchChromium } from '../support/browser';
import {
  carrierWithMatch,
  dailyCheckIn,
  deliveredMatch,
  freePorts,
  postWebhook,
  startNpmStart,
  tandem,
  waitFor,
  type StartedSystem,
  killIfRunning,
} from '../support/npm-start-child';

// Issue 8: a database that cannot write (a full disk) used to end `npm start` with dynalite's
// "Database is closed". Here `npm start` runs under a file-size limit, so the database's log
// file hits it as it would a full disk, while the bus's small files still fit. The process
// must keep running, name the folder and the cause, answer webhooks 503 (and show a 503 page
// in the web app) while the store fails, open it again by itself once it can, and have
// stored every acknowledged check-in, once.

let system: StartedSystem | undefined;

afterAll(() => killIfRunning(system));

describe('a database whose disk fills up (issue 8)', () => {
  it('keeps running, says where and why, answers 503 meanwhile and stores every acknowledged fact', async () => {
    const ports = await freePorts();
    const dataDir = await mkdtemp(join(tmpdir(), 'tandem-disk-full-'));
    // 400 blocks: 200 or 400 KB, by shell. The database's log file reaches it after some
    // hundred check-ins; every other file the system writes stays far below it.
    system = await startNpmStart(
      ports,
      dataDir,
      { TANDEM_RETRY_DELAY_SCALE: '0.05' },
      { fileSizeLimit: 400 },
    );
    const running = system;
    const carrier = await carrierWithMatch(ports, dataDir, 'Volle Platte e.V.');

    // The store's pointer to its current manifest is read only when it opens: with a folder
    // in its place, every attempt to open the store again fails until the test puts it back.
    const databaseDir = join(dataDir, 'dynamodb');
    const current = join(databaseDir, 'CURRENT');
    const currentText = await readFile(current, 'utf8');
    await rm(current);
    await mkdir(current);

    // Check-ins one after another until the store fails and the API says so.
    let acknowledged = 0;
    let refused: Response | undefined;
    while (!refused && acknowledged < 3_000) {
      const response = await postWebhook(
        ports.api,
        carrier,
        dailyCheckIn(acknowledged),
        `msg_${acknowledged}`,
      );
      if (response.status === 202) acknowledged++;
      else refused = response;
    }
    expect(refused?.status).toBe(503);
    expect(refused?.headers.get('retry-after')).toMatch(/^\d+$/);
    expect(acknowledged).toBeGreaterThan(10);
    expect(running.child.exitCode).toBeNull();

    await waitFor(
      () => running.output().includes(`The database in ${databaseDir} still cannot open:`),
      'a failed attempt to open the store again',
      running.output,
    );
    expect(running.output()).toContain(`The database in ${databaseDir} failed: IO error:`);
    expect(running.output()).toMatch(/failed: IO error: .*File too large/);
    expect(running.output()).not.toContain('Database is closed');

    // While it fails: webhooks and reads 503, and the web app says so in the page's language.
    const stillRefused = await postWebhook(ports.api, carrier, dailyCheckIn(acknowledged), 'msg_x');
    expect(stillRefused.status).toBe(503);
    const listed = await fetch(
      `http://127.0.0.1:${ports.api}/v1/carriers/${carrier.carrierId}/matches`,
      { headers: { authorization: `Bearer ${carrier.apiKey}` } },
    );
    expect(listed.status).toBe(503);
    const browser = await launchChromium();
    try {
      const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
      const shown = await page.goto(
        `http://127.0.0.1:${ports.api}/app/r/${'x'.repeat(43)}?lang=tr`,
      );
      expect(shown?.status()).toBe(503);
      expect(shown?.headers()['retry-after']).toMatch(/^\d+$/);
      expect(await page.locator('html').getAttribute('lang')).toBe('tr');
      expect(await page.locator('h1').textContent()).toBe(webTexts.tr.unavailable);
      expect(await page.locator('main a').getAttribute('href')).toBe(`/app/r/${'x'.repeat(43)}`);
      expect(await page.locator('main a').textContent()).toBe(webTexts.tr.tryAgain);
      const violations = await axeViolations(page);
      expect(violations, describeViolations(violations)).toEqual([]);
    } finally {
      await browser.close();
    }

    // Space again: the store opens by itself; the refused check-in is sent again, as a
    // partner does after a 503, and is taken.
    await rmdir(current);
    await writeFile(current, currentText);
    await waitFor(
      () => running.output().includes(`The database in ${databaseDir} works again.`),
      'the database to work again',
      running.output,
    );
    const retried = await postWebhook(
      ports.api,
      carrier,
      dailyCheckIn(acknowledged),
      `msg_${acknowledged}`,
    );
    expect(retried.status).toBe(202);
    acknowledged++;

    const match = await deliveredMatch(running, ports, dataDir, carrier);
    expect(match.checkIns.count).toBe(acknowledged);
    expect(match.checkIns.lastOn).toBe(dailyCheckIn(acknowledged - 1).data.occurredOn);
    const deadLetters = await tandem(ports, dataDir, 'dead-letters', 'list');
    expect(JSON.parse(deadLetters.stdout)).toEqual({ total: 0, byRoute: {} });
    expect(running.child.exitCode).toBeNull();
  }, 300_000);

  it('will not start beside another `npm start` on the same data dir, and says why', async () => {
    const ports = await freePorts();
    const dataDir = await mkdtemp(join(tmpdir(), 'tandem-locked-'));
    const first = await startNpmStart(ports, dataDir);
    try {
      const second = await startNpmStart(await freePorts(), dataDir).then(
        () => undefined,
        (error: unknown) => String(error),
      );
      expect(second).toContain(`Tandem cannot open its database in ${join(dataDir, 'dynamodb')}`);
      expect(second).toMatch(/lock/i);
      expect(second).toContain('Is another `npm start` using this data dir?');
    } finally {
      first.child.kill('SIGINT');
      await first.exited;
    }
  }, 120_000);
});
