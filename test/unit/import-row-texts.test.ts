import { describe, expect, it } from 'vitest';
import { importRowTexts, rowProblemText } from '../../shared/i18n/import-row-texts';
import { zodErrorMapOf } from '../../shared/i18n/zod-error-maps';
import { languages } from '../../shared/i18n/languages';
import { mapColumns } from '../../shared/import/columns';
import type { RowProblem, RowProblemCode } from '../../shared/import/row-problems';
import { readRow, rowWordsOf, type RowWords } from '../../shared/import/rows';
import { sheetSchemas } from '../../shared/import/sheet-schemas';
import { dateOf, ValueError } from '../../shared/import/values';
import { checkInRecordedData, matchCreatedData } from '../../shared/schemas/webhooks';

// SPEC §10: every row problem has words in every language of the web app, and the English
// words are exactly the messages the CLI has always printed.

const issueOf = (result: { error?: { issues: readonly unknown[] } | undefined }) => {
  const issue = result.error?.issues[0];
  if (!issue) throw new Error('the schema took it');
  return issue as Extract<RowProblem, { code: 'schema' }>['issue'];
};

const goodMatch = {
  matchId: 'm-1',
  mentorId: 'p-1',
  menteeId: 'p-2',
  startedOn: '2025-02-01',
  programme: 'education_work',
};

/** One problem of each code; the type makes sure no code is left out. */
const samples: { [C in RowProblemCode]: Extract<RowProblem, { code: C }> } = {
  missingColumn: { code: 'missingColumn', header: 'Tandem-ID' },
  empty: { code: 'empty' },
  looksLikeName: { code: 'looksLikeName' },
  notAnId: {
    code: 'notAnId',
    issue: issueOf(matchCreatedData.safeParse({ ...goodMatch, mentorId: 'Müller-1' })),
  },
  notOneOf: {
    code: 'notOneOf',
    values: ['mentor', 'mentee', 'both'],
    labels: ['Mentor:in', 'Mentee', 'beide'],
  },
  notYesNo: { code: 'notYesNo' },
  notADate: { code: 'notADate' },
  dateFormat: { code: 'dateFormat' },
  notACalendarDate: { code: 'notACalendarDate' },
  notAStatus: { code: 'notAStatus' },
  preMatch: { code: 'preMatch' },
  endMissing: { code: 'endMissing' },
  endBeforeStart: { code: 'endBeforeStart' },
  occurredOnTooLate: { code: 'occurredOnTooLate', latest: '2026-12-05' },
  duplicateTandem: { code: 'duplicateTandem', matchId: 'W-9', earlierRow: 4 },
  unknownTandem: { code: 'unknownTandem', matchId: 'CT-9' },
  noColumnFor: {
    code: 'noColumnFor',
    field: 'startedOn',
    header: 'Beginn',
    accepted: ['Beginn', 'Anfang'],
  },
  schema: {
    code: 'schema',
    issue: issueOf(matchCreatedData.safeParse({ ...goodMatch, programme: 'sport' })),
  },
};
const codes = Object.keys(samples) as RowProblemCode[];

/** The messages of the CLI before row problems became data, word for word. */
const cliMessages: Record<RowProblemCode, string> = {
  missingColumn: 'the column Tandem-ID is missing',
  empty: 'is empty',
  looksLikeName:
    'looks like a name: ids have no spaces. Use the reference code of your own records, not a name',
  notAnId: 'must be 1–64 characters of A-Z a-z 0-9 . _ : - starting with a letter or digit',
  notOneOf: 'is not one of mentor, mentee, both or Mentor:in, Mentee, beide',
  notYesNo: 'must be ja or nein (yes/no, true/false, x or empty)',
  notADate: 'is not a date',
  dateFormat: 'must be a date like 2025-03-31, 31.03.2025 or 31.3.25',
  notACalendarDate: 'is not a real calendar date',
  notAStatus: 'must be aktive Patenschaft, beendet, abgebrochen, Alumni or Pre-Match',
  preMatch: 'Pre-Match: not a Tandem yet, so the row is not imported',
  endMissing: 'is empty, but the Status says the Tandem has ended',
  endBeforeStart: 'lies before the start',
  occurredOnTooLate: 'lies in the future: 2026-12-05 (tomorrow) at the latest',
  duplicateTandem: 'Tandem W-9 is already in row 4: each Tandem belongs in one row',
  unknownTandem:
    'Tandem CT-9 is neither known to Tandem nor in this file: check the id (a typing error must not create a Tandem)',
  noColumnFor:
    'no column for Beginn was found (accepted: Beginn, Anfang): choose the column of the file that holds it with --map startedOn=<header>',
  schema:
    'Invalid option: expected one of "leisure_culture"|"education_work"|"reading_language"|"everyday_housing"|"opportunity"|"other"',
};

/** Words of the English messages that no other language's text may fall back to. */
const englishWords = [
  /\bis\b/,
  /\bmust\b/,
  /\bthe\b/i,
  /\bnot\b/,
  /\blooks\b/,
  /\balready\b/,
  /\bbelongs\b/,
  /\blies\b/,
  /\bempty\b/,
  /\bsheet\b/i,
  /\bInvalid\b/i,
];

describe('row problem texts', () => {
  it('words each problem in English exactly as the CLI always has', () => {
    for (const code of codes)
      expect(rowProblemText('en', samples[code]), code).toBe(cliMessages[code]);
    expect(importRowTexts.en.inSheet('Tandems', 'is empty')).toBe('sheet Tandems: is empty');
  });

  it('has a text of its own for every problem in every language', () => {
    for (const language of languages) {
      expect(Object.keys(importRowTexts[language]).sort(), language).toEqual(
        [...codes, 'inSheet'].sort(),
      );
      if (language === 'en') continue;
      for (const code of codes.filter((code) => code !== 'schema')) {
        const text = rowProblemText(language, samples[code]);
        expect(text, `${language} ${code}`).not.toBe(cliMessages[code]);
        for (const word of englishWords) expect(text, `${language} ${code}`).not.toMatch(word);
      }
      const inSheet = importRowTexts[language].inSheet('Tandems', '…');
      expect(inSheet).toContain('Tandems');
      for (const word of englishWords) expect(inSheet, `${language} inSheet`).not.toMatch(word);
    }
  });

  it('keeps the values a coordinator writes into the file as they are written', () => {
    for (const language of languages) {
      const text = (code: RowProblemCode) => rowProblemText(language, samples[code]);
      expect(text('missingColumn')).toContain('Tandem-ID');
      expect(text('notOneOf')).toContain('mentor, mentee, both');
      expect(text('notOneOf')).toContain('Mentor:in, Mentee, beide');
      expect(text('notYesNo')).toMatch(/ja .*nein/);
      for (const example of ['2025-03-31', '31.03.2025', '31.3.25']) {
        expect(text('dateFormat')).toContain(example);
      }
      expect(text('notAStatus')).toContain('aktive Patenschaft');
      expect(text('notAStatus')).toContain('Pre-Match');
      expect(text('duplicateTandem')).toContain('W-9');
      expect(text('duplicateTandem')).toContain('4');
    }
  });

  it("has zod word a schema's refusal in each language; English as zod always has", async () => {
    const bad = { checkInId: 'c-1', matchId: 'm-1', occurredOn: '2025-03-03', with: 'all' };
    const english = issueOf(checkInRecordedData.safeParse(bad)).message;
    expect(english).toBe('Invalid option: expected one of "mentor"|"mentee"|"both"');
    const englishMap = await zodErrorMapOf('en');
    expect(issueOf(checkInRecordedData.safeParse(bad, { error: englishMap })).message).toBe(
      english,
    );
    for (const language of languages.filter((language) => language !== 'en')) {
      const error = await zodErrorMapOf(language);
      const message = issueOf(checkInRecordedData.safeParse(bad, { error })).message;
      expect(message, language).not.toBe(english);
      expect(message, language).toContain('"mentor"|"mentee"|"both"');
    }
  });
});

const matchSheet = await sheetSchemas('matches');
const rowWords = Object.fromEntries(
  await Promise.all(languages.map(async (language) => [language, await rowWordsOf(language)])),
) as Record<(typeof languages)[number], RowWords>;

describe('rows in the reader’s language', () => {
  const columns = mapColumns(['Tandem-ID', 'Mentor-ID', 'Mentee-ID', 'Beginn', 'Programm']);
  const errorsOf = (cells: string[], language?: (typeof languages)[number]) => {
    const outcome = readRow(columns, cells, 3, matchSheet, language && rowWords[language]);
    return outcome.ok === true ? [] : outcome.errors;
  };

  it('reads values in English by default, with the problem as data', () => {
    expect(() => dateOf('31.02.2025')).toThrow('is not a real calendar date');
    try {
      dateOf('31.02.2025');
    } catch (error) {
      expect(error).toBeInstanceOf(ValueError);
      expect((error as ValueError).problem).toEqual({ code: 'notACalendarDate' });
    }
    expect(errorsOf(['m-1', 'p-1', '', '03/31/2025', 'Sport'])).toEqual([
      { row: 3, column: 'Mentee-ID', message: 'is empty' },
      {
        row: 3,
        column: 'Beginn',
        message: 'must be a date like 2025-03-31, 31.03.2025 or 31.3.25',
      },
      {
        row: 3,
        column: 'Programm',
        message:
          'is not one of leisure_culture, education_work, reading_language, everyday_housing, opportunity, other or Freizeit und Kultur, Bildung und Arbeit, Lesen und Sprache, Alltag und Wohnen, Chancenpatenschaft',
      },
    ]);
    expect(errorsOf(['m-1', 'Müller-1', 'p-2', '2025-02-01', 'Lesen und Sprache'])).toEqual([
      { row: 3, column: 'Mentor-ID', message: cliMessages.notAnId },
    ]);
  });

  it('words the same rows in Turkish and Arabic', () => {
    expect(errorsOf(['m-1', 'p-1', '', '03/31/2025', 'Sport'], 'tr')).toEqual([
      { row: 3, column: 'Mentee-ID', message: 'Hücre boş.' },
      {
        row: 3,
        column: 'Beginn',
        message: 'Lütfen tarihi 2025-03-31, 31.03.2025 veya 31.3.25 gibi yazın.',
      },
      { row: 3, column: 'Programm', message: expect.stringContaining('Bu değer listede yok') },
    ]);
    expect(errorsOf(['m-1', 'Müller-1', 'p-2', '2025-02-01', 'Lesen und Sprache'], 'ar')).toEqual([
      { row: 3, column: 'Mentor-ID', message: importRowTexts.ar.notAnId(samples.notAnId) },
    ]);
  });
});
