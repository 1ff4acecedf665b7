import type { Language } from './languages';

/** The words of the web import (SPEC §10), one table per language. Placeholder: {limit}. */
export interface ImportTexts {
  readonly title: string;
  readonly intro: string;
  readonly privacy: string;
  readonly file: string;
  readonly fileHint: string;
  readonly preview: string;
  readonly previewTitle: string;
  readonly nothingStoredYet: string;
  readonly confirm: string;
  readonly chooseAnother: string;
  readonly resultTitle: string;
  readonly done: string;
  readonly rows: string;
  readonly matches: string;
  readonly checkIns: string;
  readonly created: string;
  readonly updated: string;
  readonly unchanged: string;
  readonly ended: string;
  readonly errors: string;
  readonly noErrors: string;
  readonly row: string;
  readonly column: string;
  readonly problem: string;
  readonly ignoredColumns: string;
  readonly noFile: string;
  readonly tooLarge: string;
  readonly unreadable: string;
  readonly importLink: string;
}

const de: ImportTexts = {
  title: 'Liste importieren',
  intro:
    'Laden Sie Ihre Tandem- oder Begleitungsliste hoch (CSV oder Excel-Datei .xlsx, z. B. ein codo-Export). Sie sehen zuerst, was sich ändern würde.',
  privacy:
    'Spalten mit Namen, E-Mail-Adressen oder Notizen werden beim Lesen verworfen und nie gespeichert.',
  file: 'Datei (CSV oder XLSX)',
  fileHint: 'Höchstens {limit}. Größere Listen importiert die Betreuung mit „npx tandem import“.',
  preview: 'Vorschau anzeigen',
  previewTitle: 'Vorschau des Imports',
  nothingStoredYet: 'Noch ist nichts gespeichert. Prüfen Sie die Zahlen und Fehler.',
  confirm: 'Jetzt importieren',
  chooseAnother: 'Andere Datei wählen',
  resultTitle: 'Import abgeschlossen',
  done: 'Die Liste ist importiert.',
  rows: 'Zeilen',
  matches: 'Tandems',
  checkIns: 'Begleitungen',
  created: 'neu',
  updated: 'geändert',
  unchanged: 'unverändert',
  ended: 'beendet',
  errors: 'Zeilen mit Fehlern (werden übersprungen)',
  noErrors: 'Keine Fehler.',
  row: 'Zeile',
  column: 'Spalte',
  problem: 'Problem',
  ignoredColumns: 'Nicht gelesene Spalten',
  noFile: 'Bitte wählen Sie eine Datei.',
  tooLarge:
    'Die Datei ist größer als {limit}. Teilen Sie sie auf oder lassen Sie sie mit „npx tandem import“ importieren.',
  unreadable: 'Die Datei kann nicht gelesen werden:',
  importLink: 'Liste importieren',
};

const en: ImportTexts = {
  title: 'Import a list',
  intro:
    'Upload your list of Tandems or check-ins (CSV or Excel .xlsx, e.g. a codo export). You first see what would change.',
  privacy: 'Columns with names, e-mail addresses or notes are dropped while reading, never stored.',
  file: 'File (CSV or XLSX)',
  fileHint: 'At most {limit}. Larger lists are imported by the operator with "npx tandem import".',
  preview: 'Show preview',
  previewTitle: 'Import preview',
  nothingStoredYet: 'Nothing is stored yet. Check the counts and errors.',
  confirm: 'Import now',
  chooseAnother: 'Choose another file',
  resultTitle: 'Import done',
  done: 'The list is imported.',
  rows: 'Rows',
  matches: 'Tandems',
  checkIns: 'Check-ins',
  created: 'new',
  updated: 'changed',
  unchanged: 'unchanged',
  ended: 'ended',
  errors: 'Rows with errors (skipped)',
  noErrors: 'No errors.',
  row: 'Row',
  column: 'Column',
  problem: 'Problem',
  ignoredColumns: 'Columns not read',
  noFile: 'Please choose a file.',
  tooLarge:
    'The file is larger than {limit}. Split it, or have it imported with "npx tandem import".',
  unreadable: 'The file cannot be read:',
  importLink: 'Import a list',
};

/**
 * German and English are written out; the other languages of the app show the English words
 * until their translations are added here (the import is an occasional task of the staff).
 */
export const importTexts: Record<Language, ImportTexts> = {
  de,
  en,
  tr: en,
  ar: en,
  uk: en,
  ru: en,
  fa: en,
};
