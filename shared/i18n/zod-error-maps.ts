import type * as z from 'zod';
import en from 'zod/v4/locales/en.js';
import type { Language } from './languages';

// zod's bundled words for each language, for a per-parse error map: a webhook schema's refusal
// without a message of its own (an unexpected type or option) then speaks the reader's
// language. English is zod's default, so the CLI's messages stay as they are.

type ZodLocale = () => { localeError: z.core.$ZodErrorMap };

/**
 * The other six are loaded when a reader of theirs first asks: in a function's bundle each is
 * a chunk of its own (infra/lambda-esbuild-options.ts), so an import reads one locale, not seven.
 */
const otherLocales: Record<Exclude<Language, 'en'>, () => Promise<{ default: ZodLocale }>> = {
  de: () => import('zod/v4/locales/de.js'),
  tr: () => import('zod/v4/locales/tr.js'),
  ar: () => import('zod/v4/locales/ar.js'),
  uk: () => import('zod/v4/locales/uk.js'),
  ru: () => import('zod/v4/locales/ru.js'),
  fa: () => import('zod/v4/locales/fa.js'),
};

/** zod's English words: its default, and what the CLI prints. */
export const englishZodErrorMap: z.core.$ZodErrorMap = en().localeError;

/** zod's words in `language`. */
export async function zodErrorMapOf(language: Language): Promise<z.core.$ZodErrorMap> {
  if (language === 'en') return englishZodErrorMap;
  return (await otherLocales[language]()).default().localeError;
}
