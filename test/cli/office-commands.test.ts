import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import { getOfficeRow } from '../../shared/data/office-rows';
import { staffGrants } from '../../shared/data/staff';
import { keys } from '../../shared/data/keys';
import { localSystem } from '../support/local-system-instance';
import { uniqueAddress } from '../support/mailbox';

// SPEC §8: `umbrellas add`, `staff add|list|remove` and `carriers add --umbrella --quota` as
// separate processes against this file's local system, exactly as an operator types them.

// Each command is a process of its own (a few seconds each on a busy machine).
vi.setConfig({ testTimeout: 300_000 });

const portOf = (url: string) => new URL(url).port;

/** A fresh shell's environment, pointed at this test file's local system. */
function cliEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [name, value] of Object.entries(process.env)) {
    if (!/^(TANDEM_|AWS_ENDPOINT_URL)/.test(name)) env[name] = value;
  }
  const system = localSystem();
  return {
    ...env,
    TANDEM_API_PORT: portOf(system.urls.api),
    TANDEM_DYNAMODB_PORT: portOf(system.urls.dynamodb),
    TANDEM_DATA_DIR: system.dataDir,
  };
}

async function tandem(...args: string[]) {
  const child = spawn('node', ['bin/tandem.mjs', ...args], {
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

/** A command that succeeds: its one JSON object. */
async function json(...args: string[]): Promise<Record<string, unknown>> {
  const result = await tandem(...args);
  expect(result.code, result.stderr).toBe(0);
  expect(result.stdout.trim().split('\n')).toHaveLength(1);
  return JSON.parse(result.stdout) as Record<string, unknown>;
}

const carrierArgs = (...extra: string[]) => [
  'carriers',
  'add',
  '--name',
  'Paten im Quartier e.V.',
  '--coordinator-email',
  uniqueAddress('cli-office'),
  ...extra,
];

describe('umbrellas and staff (SPEC §8)', () => {
  it('adds an umbrella and staff of each role, lists them without addresses, removes one', async () => {
    const umbrella = await json('umbrellas', 'add', '--name', 'Dachverband Nord');
    expect(Object.keys(umbrella)).toEqual(['umbrellaId']);
    expect(umbrella.umbrellaId).toMatch(/^u-[0-9a-f]{16}$/);
    const umbrellaId = String(umbrella.umbrellaId);

    const address = uniqueAddress('cli-staff');
    const funder = await json('staff', 'add', '--email', address, '--role', 'funder');
    expect(Object.keys(funder)).toEqual(['staffId']);
    expect(funder.staffId).toMatch(/^s-[0-9a-f]{16}$/);
    const member = await json(
      'staff',
      'add',
      '--email',
      uniqueAddress('cli-staff'),
      '--role',
      'umbrella',
      '--umbrella',
      umbrellaId,
    );
    const region = await json(
      'staff',
      'add',
      '--email',
      uniqueAddress('cli-staff'),
      '--role',
      'region',
      '--region',
      '05315',
    );

    const listed = await tandem('staff', 'list');
    expect(listed.code).toBe(0);
    expect(listed.stdout).not.toContain('@');
    const { staff } = JSON.parse(listed.stdout) as { staff: Record<string, unknown>[] };
    const byId = new Map(staff.map((entry) => [entry.staffId, entry]));
    expect(byId.get(funder.staffId)).toEqual({
      staffId: funder.staffId,
      role: 'funder',
      createdAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
    });
    expect(byId.get(member.staffId)).toMatchObject({ role: 'umbrella', umbrellaId });
    expect(Object.keys(byId.get(member.staffId)!).sort()).toEqual(
      ['createdAt', 'role', 'staffId', 'umbrellaId'].sort(),
    );
    expect(byId.get(region.staffId)).toMatchObject({ role: 'region', region: '05315' });

    // The address signs in as that member until it is removed.
    expect([...(await staffGrants(keys.hashAddress(address))).keys()]).toEqual([funder.staffId]);
    expect(await json('staff', 'remove', String(funder.staffId))).toEqual({
      removed: funder.staffId,
    });
    expect((await staffGrants(keys.hashAddress(address))).size).toBe(0);
    const after = JSON.parse((await tandem('staff', 'list')).stdout) as {
      staff: { staffId: string }[];
    };
    expect(after.staff.map((entry) => entry.staffId)).not.toContain(funder.staffId);
  });

  it('refuses bad staff with a clear message and stores nothing', async () => {
    const before = (await tandem('staff', 'list')).stdout;
    const unknownUmbrella = await tandem(
      'staff',
      'add',
      '--email',
      uniqueAddress('cli-bad'),
      '--role',
      'umbrella',
      '--umbrella',
      'u-nowhere',
    );
    expect(unknownUmbrella.code).toBe(1);
    expect(unknownUmbrella.stderr).toContain('u-nowhere');
    const noUmbrella = await tandem(
      'staff',
      'add',
      '--email',
      uniqueAddress('cli-bad'),
      '--role',
      'umbrella',
    );
    expect(noUmbrella.code).toBe(2);
    expect(noUmbrella.stderr).toContain('umbrellaId');
    const badRegion = await tandem(
      'staff',
      'add',
      '--email',
      uniqueAddress('cli-bad'),
      '--role',
      'region',
      '--region',
      '123',
    );
    expect(badRegion.code).toBe(2);
    expect(badRegion.stderr).toMatch(/region: .*2, 5 or 8 digits/);
    const badRole = await tandem(
      'staff',
      'add',
      '--email',
      uniqueAddress('cli-bad'),
      '--role',
      'boss',
    );
    expect(badRole.code).toBe(2);
    expect(badRole.stderr).toContain('role');
    const badEmail = await tandem('staff', 'add', '--email', 'nope', '--role', 'funder');
    expect(badEmail.code).toBe(2);
    expect(badEmail.stderr).toContain('email');
    expect((await tandem('staff', 'list')).stdout).toBe(before);
    const unknown = await tandem('staff', 'remove', 's-nobody');
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('s-nobody');
    const noName = await tandem('umbrellas', 'add');
    expect(noName.code).toBe(2);
    expect(noName.stderr).toContain('--name');
  });
});

describe('carriers add --umbrella --quota (SPEC §8)', () => {
  it('puts the carrier into its umbrella with its quota, as the office shows it', async () => {
    const { umbrellaId } = await json('umbrellas', 'add', '--name', 'Dachverband Süd');
    const carrier = await json(
      ...carrierArgs(
        '--umbrella',
        String(umbrellaId),
        '--quota',
        '12',
        '--municipality',
        '05315000',
      ),
    );
    expect(Object.keys(carrier).sort()).toEqual(['apiKey', 'carrierId', 'webhookSecret']);
    expect(await getOfficeRow(String(carrier.carrierId))).toMatchObject({
      umbrellaId,
      quota: 12,
      municipality: '05315000',
    });
  });

  it('refuses an unknown umbrella, a municipality that is not 8 digits and a bad quota', async () => {
    const unknown = await tandem(...carrierArgs('--umbrella', 'u-nowhere'));
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('No umbrella u-nowhere');
    expect(unknown.stdout).toBe('');
    const municipality = await tandem(...carrierArgs('--municipality', '05315'));
    expect(municipality.code).toBe(2);
    expect(municipality.stderr).toMatch(/municipality: must be an 8-digit/);
    for (const quota of ['-1', '1.5', 'many']) {
      const refused = await tandem(...carrierArgs(`--quota=${quota}`));
      expect(refused.code, quota).toBe(2);
      expect(refused.stderr, quota).toContain('--quota takes a whole number');
    }
  });
});
