import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FunderConfigError, parseFunderConfig } from '../../shared/config/funder-config';
import {
  exampleFunderConfigPath,
  readFunderConfigFile,
} from '../../shared/config/funder-config-file';

describe('funder config (SPEC §7)', () => {
  it('reads the bundled example with the MENTOR defaults', () => {
    const config = readFunderConfigFile(exampleFunderConfigPath);
    expect(config).toMatchObject({ funderId: 'example', timezone: 'Europe/Berlin', kAnonymity: 5 });
    expect(config.checkInPolicy).toEqual({
      firstMonthContacts: 2,
      firstMonthDays: 30,
      thenEveryDays: 30,
      escalateAfterDays: 14,
    });
  });

  it('fills defaults for the optional blocks', () => {
    const config = parseFunderConfig(
      {
        funderId: 'stadt-x',
        name: 'Stadt X',
        senderEmail: 'no-reply@stadt-x.de',
        timezone: 'Europe/Berlin',
        periods: [{ id: '2026', start: '2026-01-01', end: '2026-12-31' }],
        fundingModels: { per_new_match: 1, per_active_month: 1, per_supported_month: 1 },
      },
      'inline',
    );
    expect(config.kAnonymity).toBe(5);
    expect(config.checkInPolicy.thenEveryDays).toBe(30);
    expect(config.languages).toEqual(['de']);
    expect(config.language).toBe('de');
    expect(config.silentAfterDays).toBe(30);
  });

  it("takes the funder's language and when a carrier counts as silent (SPEC §7)", () => {
    const base = {
      funderId: 'bund',
      name: 'Bund',
      senderEmail: 'no-reply@bund.example',
      timezone: 'Europe/Berlin',
      periods: [{ id: '2026', start: '2026-01-01', end: '2026-12-31' }],
      fundingModels: { per_new_match: 1, per_active_month: 1, per_supported_month: 1 },
    };
    const config = parseFunderConfig({ ...base, language: 'tr', silentAfterDays: 45 }, 'inline');
    expect(config).toMatchObject({ language: 'tr', silentAfterDays: 45 });
    expect(() => parseFunderConfig({ ...base, language: 'xx' }, 'inline')).toThrow(/language/);
    expect(() => parseFunderConfig({ ...base, silentAfterDays: 0 }, 'inline')).toThrow(
      /silentAfterDays/,
    );
  });

  it.each([
    ['senderEmail', { senderEmail: 'not-an-address' }],
    ['timezone', { timezone: 'Europe/Atlantis' }],
    ['periods.0.end', { periods: [{ id: '2025', start: '2025-12-31', end: '2025-01-01' }] }],
    ['checkInPolicy.firstMonthContacts', { checkInPolicy: { firstMonthContacts: 0 } }],
    [
      'fundingModels.per_new_match',
      { fundingModels: { per_new_match: -5, per_active_month: 1, per_supported_month: 1 } },
    ],
    ['unknownSetting', { unknownSetting: true }],
    [
      'periods',
      {
        periods: [
          { id: '2025', start: '2025-01-01', end: '2025-06-30' },
          { id: '2025', start: '2025-07-01', end: '2025-12-31' },
        ],
      },
    ],
    [
      'checkInPolicy.firstMonthDays',
      {
        checkInPolicy: {
          firstMonthContacts: 5,
          firstMonthDays: 3,
          thenEveryDays: 30,
          escalateAfterDays: 14,
        },
      },
    ],
  ])('names the invalid field %s', async (field, change) => {
    const example = readFunderConfigFile(exampleFunderConfigPath);
    const dir = await mkdtemp(join(tmpdir(), 'tandem-config-'));
    const path = join(dir, 'funder.json');
    await writeFile(path, JSON.stringify({ ...example, ...change }));
    expect(() => readFunderConfigFile(path)).toThrow(FunderConfigError);
    expect(() => readFunderConfigFile(path)).toThrow(new RegExp(`${field.replace(/\./g, '\\.')}:`));
  });
});
