import { describe, expect, it } from 'vitest';
import { fileProblemText, importFileTexts } from '../../shared/i18n/import-file-texts';
import { languages } from '../../shared/i18n/languages';
import type { FileProblem, FileProblemCode } from '../../shared/import/file-problems';
import { ImportFileError } from '../../shared/import/sheets';

// SPEC §10: why a file cannot be imported, in every language of the web app; the English
// words are exactly the messages the CLI has always printed.

/** One problem of each code; the type makes sure no code is left out. */
const samples: { [C in FileProblemCode]: Extract<FileProblem, { code: C }> } = {
  empty: { code: 'empty' },
  binary: { code: 'binary' },
  oldExcel: { code: 'oldExcel' },
  notXlsx: { code: 'notXlsx', detail: 'end of central directory not found' },
  malformedCsv: { code: 'malformedCsv', line: 3 },
  tooManyColumns: { code: 'tooManyColumns', columns: 200000, limit: 500 },
  headerTooLong: { code: 'headerTooLong', limitKilobytes: 64 },
  rowTooLong: { code: 'rowTooLong', line: 7, limitKilobytes: 1024 },
  xlsxTooLarge: { code: 'xlsxTooLarge', limitMegabytes: 50 },
  xlsxTooManyCells: { code: 'xlsxTooManyCells', limit: 250000 },
  noColumns: { code: 'noColumns' },
  noSuchFile: { code: 'noSuchFile', path: '/tmp/liste.csv' },
  notAFile: { code: 'notAFile', path: '/tmp' },
  unreadableFile: { code: 'unreadableFile', path: '/tmp/liste.csv', reason: 'EACCES' },
  unknownCarrier: { code: 'unknownCarrier', carrierId: 'c-0000000000000000' },
};

/** The CLI's messages before the problems became data. */
const cliMessages: Record<FileProblemCode, string> = {
  empty: 'The file is empty.',
  binary:
    'The file is not a CSV text file nor an XLSX workbook (it holds binary data). Save the list as CSV or XLSX.',
  oldExcel:
    'The file is in the old Excel format (.xls). Save it as "Excel workbook (.xlsx)" or as CSV.',
  notXlsx:
    'The file could not be read as an XLSX workbook (end of central directory not found). Save it again from Excel, or as CSV.',
  malformedCsv:
    'The file cannot be read from line 3 on: a quote (") is opened there and never closed. Mend the line, or save the list again from Excel.',
  tooManyColumns:
    "The file has 200000 columns; the import reads at most 500. Delete the columns it does not need, or save only the list's columns.",
  headerTooLong:
    'The first row (the headers) is longer than 64 KB. Check that the first row holds only the column headers.',
  rowTooLong:
    'Line 7 is longer than 1024 KB; the import reads shorter rows only. Check the line (a quote opened and not closed makes one very long line).',
  xlsxTooLarge:
    'The workbook unpacks to more than 50 MB; the import reads smaller ones. Save only the sheets Tandems and Begleitungen, or save the list as CSV.',
  xlsxTooManyCells:
    'The workbook holds more than 250,000 cells; the import reads smaller ones. Save the list as CSV (any length is read), or split it.',
  noColumns:
    'No column of the import table was found. The first row must hold headers such as Tandem-ID, Mentor:in-ID, Mentee-ID, Beginn, Art der Patenschaft (or, for check-ins, Tandem-ID, Datum, Mit, Kanal).',
  noSuchFile: 'There is no file /tmp/liste.csv.',
  notAFile: '/tmp is not a file.',
  unreadableFile: 'The file /tmp/liste.csv cannot be read (EACCES).',
  unknownCarrier: 'Unknown carrier c-0000000000000000',
};

describe('import file problems in words', () => {
  it('says each in English as the CLI always did, also as the error message', () => {
    for (const problem of Object.values(samples)) {
      expect(fileProblemText('en', problem)).toBe(cliMessages[problem.code]);
      expect(new ImportFileError(problem).message).toBe(cliMessages[problem.code]);
    }
  });

  it('has its own words for each in every language, keeping paths and ids as written', () => {
    for (const language of languages.filter((language) => language !== 'en')) {
      expect(Object.keys(importFileTexts[language]).sort()).toEqual(Object.keys(samples).sort());
      for (const problem of Object.values(samples)) {
        const text = fileProblemText(language, problem);
        expect(text, `${language} ${problem.code}`).not.toBe(fileProblemText('en', problem));
        for (const literal of ['path', 'carrierId'] as const) {
          if (literal in problem)
            expect(text).toContain((problem as Record<string, string>)[literal]);
        }
      }
    }
  });
});
