import { beforeAll, describe, expect, it, vi } from 'vitest';
import { runImport } from '../../functions/import/run-import';
import { openSheetsOfBytes } from '../../functions/import/open-sheets';
import { importFile } from '../../local/cli/import-command';
import { createLinkToken } from '../../shared/data/link-tokens';
import { addDays, todayIn } from '../../shared/domain/dates';
import { contactDoneTokenMs } from '../../shared/domain/web-access';
import { webTexts } from '../../shared/i18n/web-texts';
import { onboardCarrier, processed, sendWebhook, webhook, type TestCarrier } from '../support/api';
import { uniqueAddress } from '../support/mailbox';
import { carrierItems } from '../support/table';
import { testFunderConfig } from '../support/test-config';
import { hiddenField, openPage, postForm, signIn } from '../support/web-sign-in';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// Issue 16 point 13, SPEC §2: a contact dated after tomorrow (in the funder's time zone)
// would silence a match's reminders; the web forms and the import refuse it as the
// webhooks do, each in its own way: the field's error, a row error.

vi.setConfig({ testTimeout: 60_000 });

const tomorrow = () => addDays(todayIn(testFunderConfig.timezone), 1);
const dayAfterTomorrow = () => addDays(tomorrow(), 1);
const tooLate = webTexts.de.errors.occurredOnTooLate;
/** The date field, described by its error and marked invalid. */
const fieldWithError =
  /id="checkin-occurredOn"[^>]*aria-describedby="[^"]*checkin-occurredOn-error"[^>]*aria-invalid="true"/;

let carrier: TestCarrier;
let cookie: string;

const checkInsOf = async (carrierId: string) =>
  (await carrierItems(carrierId)).filter((item) => String(item.sk).includes('#CHECKIN#'));

beforeAll(async () => {
  const coordinator = uniqueAddress('koordination');
  carrier = await onboardCarrier({ coordinatorEmail: coordinator, language: 'de' });
  const created = webhook('match.created', {
    matchId: 'm-1',
    mentorId: 'p-1',
    menteeId: 'p-2',
    startedOn: '2025-02-03',
    programme: 'other',
  });
  expect((await sendWebhook(carrier, created)).status).toBe(202);
  await processed();
  ({ cookie } = await signIn(coordinator));
});

describe('the check-in form of a match', () => {
  const postCheckIn = async (occurredOn: string) => {
    const page = await (await openPage('/app/matches/m-1', cookie)).text();
    const fields = {
      formToken: hiddenField(page, 'formToken')!,
      nonce: hiddenField(page, 'nonce')!,
    };
    return postForm(
      '/app/matches/m-1/check-ins',
      { ...fields, occurredOn, with: 'both', channel: 'phone' },
      cookie,
    );
  };

  it('shows the error at the date field and stores nothing for a date after tomorrow', async () => {
    for (const occurredOn of [dayAfterTomorrow(), '2099-12-31']) {
      const answer = await postCheckIn(occurredOn);
      expect(answer.status).toBe(422);
      const page = await answer.text();
      expect(page).toContain(`<span class="error" id="checkin-occurredOn-error">${tooLate}</span>`);
      expect(page).toMatch(fieldWithError);
    }
    await processed();
    expect(await checkInsOf(carrier.carrierId)).toEqual([]);
  });

  it('takes tomorrow', async () => {
    expect((await postCheckIn(tomorrow())).status).toBe(303);
    await processed();
    expect(await checkInsOf(carrier.carrierId)).toHaveLength(1);
  });
});

describe('the "contact done" form of a reminder', () => {
  it('refuses 2099-12-31 at its field, then records the real date', async () => {
    const other = await onboardCarrier({ language: 'de' });
    const token = await createLinkToken(
      { kind: 'contactDone', carrierId: other.carrierId, matchId: 'm-9' },
      contactDoneTokenMs,
    );
    const contact = (occurredOn: string) =>
      postForm(`/app/r/${token}`, { occurredOn, with: 'both', channel: 'in_person' });
    const refused = await contact('2099-12-31');
    expect(refused.status).toBe(422);
    const page = await refused.text();
    expect(page).toContain(`<span class="error" id="checkin-occurredOn-error">${tooLate}</span>`);
    expect(page).toMatch(fieldWithError);
    await processed();
    expect(await checkInsOf(other.carrierId)).toEqual([]);
    expect((await contact(todayIn(testFunderConfig.timezone))).status).toBe(303);
  });
});

describe('an import', () => {
  const german = (date: string) => date.split('-').reverse().join('.');
  const rows = () =>
    [
      'Tandem-ID;Datum;Mit;Kanal',
      `m-1;${german(dayAfterTomorrow())};beide;Telefon`,
      `m-1;${german(tomorrow())};beide;Telefon`,
      'm-1;31.12.2099;beide;Telefon',
    ].join('\r\n');

  it('gives each check-in after tomorrow a row error (the CLI, in English)', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'tandem-future-'));
    const file = join(dir, 'begleitungen.csv');
    await writeFile(file, rows());
    const result = await importFile({ kind: 'local' }, carrier.carrierId, file, { dryRun: true });
    expect(result.errors).toEqual([
      {
        row: 2,
        column: 'Datum',
        message: `lies in the future: ${tomorrow()} (tomorrow) at the latest`,
      },
      {
        row: 4,
        column: 'Datum',
        message: `lies in the future: ${tomorrow()} (tomorrow) at the latest`,
      },
    ]);
    expect(result.checkIns.created).toBe(1);
  });

  it('words it in the page’s language on the web', async () => {
    const result = await runImport(
      carrier.carrierId,
      await openSheetsOfBytes(Buffer.from(rows())),
      {
        dryRun: true,
        occurredAt: new Date(),
        language: 'de',
      },
    );
    expect(result.errors.map((error) => [error.row, error.message])).toEqual([
      [2, `Das Datum liegt in der Zukunft: höchstens ${tomorrow()} (morgen) ist möglich.`],
      [4, `Das Datum liegt in der Zukunft: höchstens ${tomorrow()} (morgen) ist möglich.`],
    ]);
  });
});
