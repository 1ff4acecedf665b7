import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import { getCarrier } from '../../shared/data/carriers';
import { onboardCarrier } from '../support/api';
import { localSystem } from '../support/local-system-instance';
import { emailsTo, uniqueAddress } from '../support/mailbox';
import { shellEnv } from '../support/npm-start-child';
import {
  askForLink,
  hiddenField,
  openPage,
  postForm,
  signIn,
  signInLinksTo,
} from '../support/web-sign-in';

// Issue 16 point 12, SPEC §8 `carriers set-contacts`: the real CLI (a separate process, on
// this file's local system) changes a carrier's coordinator and lead; an address that is no
// longer a contact cannot sign in for the carrier, and its sessions for it end at once. The
// web app is driven over HTTP as a browser without JavaScript would.

vi.setConfig({ testTimeout: 60_000 });

/** `npx tandem …` as an operator runs it, against this file's local system. */
async function tandem(...args: string[]) {
  const system = localSystem();
  const child = spawn('node', ['bin/tandem.mjs', ...args], {
    env: shellEnv({
      TANDEM_API_PORT: new URL(system.urls.api).port,
      TANDEM_DYNAMODB_PORT: new URL(system.urls.dynamodb).port,
      TANDEM_DATA_DIR: system.dataDir,
    }),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const [code] = (await once(child, 'exit')) as [number];
  return { code, stdout, stderr };
}

describe('carriers set-contacts (SPEC §8)', () => {
  it('ends a removed coordinator’s and lead’s sessions at once, and mails them no link', async () => {
    const [coordinator, lead, successor] = ['koordination', 'leitung', 'nachfolge'].map(
      uniqueAddress,
    ) as [string, string, string];
    const { carrierId } = await onboardCarrier({ coordinatorEmail: coordinator, leadEmail: lead });
    const coordinatorSession = await signIn(coordinator);
    const leadSession = await signIn(lead);
    expect(coordinatorSession.to).toBe('/app/matches');
    expect((await openPage('/app/matches', coordinatorSession.cookie)).status).toBe(200);
    expect((await openPage('/app/matches', leadSession.cookie)).status).toBe(200);

    const changed = await tandem(
      'carriers',
      'set-contacts',
      carrierId,
      '--coordinator-email',
      successor,
      '--no-lead',
    );
    expect(changed.stderr).toBe('');
    expect(changed.code).toBe(0);
    expect(JSON.parse(changed.stdout)).toEqual({
      carrierId,
      coordinatorEmail: successor,
      leadEmail: null,
    });

    // The next page of either removed address is the sign-in page.
    for (const { cookie } of [coordinatorSession, leadSession]) {
      const next = await openPage('/app/matches', cookie);
      expect(next.status).toBe(303);
      expect(next.headers.get('location')).toBe('/app/sign-in');
    }
    // Asking for a link again: the same answer, and no e-mail.
    const mailsBefore = (await emailsTo(coordinator)).length + (await emailsTo(lead)).length;
    await askForLink(coordinator);
    await askForLink(lead);
    expect((await emailsTo(coordinator)).length + (await emailsTo(lead)).length).toBe(mailsBefore);
    // The new coordinator signs in.
    const successorSession = await signIn(successor);
    expect((await openPage('/app/matches', successorSession.cookie)).status).toBe(200);
    expect(await getCarrier(carrierId)).toMatchObject({ coordinatorEmail: successor });
    expect((await getCarrier(carrierId))?.leadEmail).toBeUndefined();
  });

  it('leaves an address its other carriers, and a link sent before the change opens only those', async () => {
    const shared = uniqueAddress('koordination');
    const [kept, left] = await Promise.all([
      onboardCarrier({ coordinatorEmail: shared, name: 'Bleibt e.V.' }),
      onboardCarrier({ coordinatorEmail: shared, name: 'Geht e.V.' }),
    ]);
    const session = await signIn(shared);
    expect(session.to).toBe('/app/carriers');
    await askForLink(shared);
    const earlierLink = (await signInLinksTo(shared)).at(-1)!;

    const changed = await tandem(
      'carriers',
      'set-contacts',
      left.carrierId,
      '--coordinator-email',
      uniqueAddress('neu'),
    );
    expect(changed.code).toBe(0);

    const choice = await openPage('/app/carriers', session.cookie);
    const page = await choice.text();
    expect(page).toContain(kept.carrierId);
    expect(page).not.toContain(left.carrierId);
    const formToken = hiddenField(page, 'formToken')!;
    const choose = (carrierId: string) =>
      postForm('/app/carriers', { formToken, carrierId }, session.cookie);
    expect((await choose(left.carrierId)).status).toBe(404);
    expect((await choose(kept.carrierId)).status).toBe(303);

    // The link mailed before the change signs in for the kept carrier alone.
    const started = await postForm(earlierLink, {});
    expect(started.headers.get('location')).toBe('/app/matches');
  });

  it('changes nothing on bad input, and says why', async () => {
    const coordinator = uniqueAddress('koordination');
    const { carrierId } = await onboardCarrier({ coordinatorEmail: coordinator });
    const both = await tandem(
      'carriers',
      'set-contacts',
      carrierId,
      '--lead-email',
      'l@example.org',
      '--no-lead',
    );
    expect(both.code).toBe(2);
    expect(both.stderr).toMatch(/--lead-email or --no-lead/);
    const invalid = await tandem('carriers', 'set-contacts', carrierId, '--lead-email', 'x');
    expect(invalid.code).toBe(2);
    expect(invalid.stderr).toMatch(/leadEmail/);
    const unknown = await tandem('carriers', 'set-contacts', 'c-unknown', '--no-lead');
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toMatch(/No carrier c-unknown/);
    expect(await getCarrier(carrierId)).toMatchObject({ coordinatorEmail: coordinator });
    expect((await getCarrier(carrierId))?.leadEmail).toBeUndefined();
  });
});
