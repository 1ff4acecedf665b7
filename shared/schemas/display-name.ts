import * as z from 'zod/mini';

// Names that people type for an organisation (a carrier, later an umbrella) end up in
// e-mails, pages and reports. Invisible characters are taken out where the name comes in:
// a bidi override (U+202E) would reverse whatever text follows the name (issue 16).

/** Line breaks, tabs and other control characters: a name is one line. */
const controls = /[\p{Cc}\p{Zl}\p{Zp}]+/gu;
/**
 * Bidi controls (marks, embeddings, overrides, isolates) and the other invisible format
 * characters, except the zero-width (non-)joiners that Persian, Arabic and Indic spellings
 * and emoji sequences need.
 */
const invisibleFormatting = /(?![\u200C\u200D])[\p{Cf}\p{Bidi_Control}]/gu;

/** The name as it will be shown: one line, no invisible formatting, NFC, single spaces. */
export const withoutControls = (name: string): string =>
  name
    .normalize('NFC')
    .replace(controls, ' ')
    .replace(invisibleFormatting, '')
    .replace(/\s+/g, ' ')
    .trim();

/** An organisation's display name: cleaned as above, then 1 to 200 characters. */
export const displayName = z
  .string()
  .check(z.overwrite(withoutControls), z.minLength(1), z.maxLength(200));
