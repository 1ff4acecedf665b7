import type * as z from 'zod';

// SPEC §10: what is wrong with a row, as data. The words come later, in the reader's language
// (shared/i18n/import-row-texts.ts): the CLI prints English, the web preview the page's.

/** One problem of a row's cell or column; values from files appear only as literals to write. */
export type RowProblem =
  | { readonly code: 'missingColumn'; readonly header: string }
  | { readonly code: 'empty' }
  /** A participant or match id with a space: most likely a person's name. */
  | { readonly code: 'looksLikeName' }
  /** An id the webhook schema refuses; `issue` carries the schema's own (English) words. */
  | { readonly code: 'notAnId'; readonly issue: z.core.$ZodIssue }
  /** A choice outside the list: the §2 values, or the German labels carriers write. */
  | {
      readonly code: 'notOneOf';
      readonly values: readonly string[];
      readonly labels: readonly string[];
    }
  | { readonly code: 'notYesNo' }
  | { readonly code: 'notADate' }
  | { readonly code: 'dateFormat' }
  | { readonly code: 'notACalendarDate' }
  | { readonly code: 'notAStatus' }
  | { readonly code: 'preMatch' }
  | { readonly code: 'endMissing' }
  | { readonly code: 'endBeforeStart' }
  /** A contact date after tomorrow in the funder's time zone (SPEC §2); `latest` is tomorrow. */
  | { readonly code: 'occurredOnTooLate'; readonly latest: string }
  /** A check-in of a Tandem neither stored nor in the file: most likely a typing error. */
  | { readonly code: 'unknownTandem'; readonly matchId: string }
  /** A sheet without a column a row needs (file level): the mapping step names one. */
  | {
      readonly code: 'noColumnFor';
      readonly field: string;
      readonly header: string;
      readonly accepted: readonly string[];
    }
  | { readonly code: 'duplicateTandem'; readonly matchId: string; readonly earlierRow: number }
  /** Any other refusal of a webhook schema; its message is already in the reader's language. */
  | { readonly code: 'schema'; readonly issue: z.core.$ZodIssue };

export type RowProblemCode = RowProblem['code'];
