/** The languages of the web app and the e-mails (SPEC §5); German when none fits. */
export const languages = ['de', 'en', 'tr', 'ar', 'uk', 'ru', 'fa'] as const;
export type Language = (typeof languages)[number];
export const defaultLanguage: Language = 'de';

export const isLanguage = (value: unknown): value is Language =>
  typeof value === 'string' && (languages as readonly string[]).includes(value);

/** Each language's name in itself, for the language switch. */
export const languageNames: Record<Language, string> = {
  de: 'Deutsch',
  en: 'English',
  tr: 'Türkçe',
  ar: 'العربية',
  uk: 'Українська',
  ru: 'Русский',
  fa: 'فارسی',
};

export const directionOf = (language: Language): 'ltr' | 'rtl' =>
  language === 'ar' || language === 'fa' ? 'rtl' : 'ltr';

/** The first supported language of an `Accept-Language` header, else German. */
export function languageFromAcceptLanguage(header: string | undefined): Language {
  for (const part of (header ?? '').split(',')) {
    const code = part.trim().slice(0, 2).toLowerCase();
    if (isLanguage(code)) return code;
  }
  return defaultLanguage;
}

/**
 * A date `YYYY-MM-DD` written for readers of `language`, always in the Gregorian calendar
 * (Intl would give Persian dates for `fa` otherwise) and in UTC, so no time zone shifts it.
 */
export const formatDate = (language: Language, isoDate: string): string =>
  new Intl.DateTimeFormat(language, {
    calendar: 'gregory',
    numberingSystem: 'latn',
    timeZone: 'UTC',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(new Date(`${isoDate}T00:00:00Z`));
