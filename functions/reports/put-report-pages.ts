import { languages, type Language } from '../../shared/i18n/languages';
import { putReportFile } from '../../shared/data/report-file-writer';
import { reportHtmlFileKey } from '../../shared/data/report-files';

/**
 * A report's HTML page in each language of SPEC §5, rendered and stored at the close, so that
 * its readers only pick a file for `?lang=` (they carry no renderer). Returns where each is,
 * and each page (the funder summary's e-mail carries one).
 */
export async function putReportPages(
  periodId: string,
  revision: string,
  name: string,
  render: (language: Language) => Promise<string>,
): Promise<{ keys: Record<Language, string>; pages: Record<Language, string> }> {
  const stored = await Promise.all(
    languages.map(async (language) => {
      const key = reportHtmlFileKey(periodId, revision, name, language);
      const page = await render(language);
      await putReportFile(key, 'html', page);
      return { language, key, page };
    }),
  );
  const byLanguage = (value: (page: (typeof stored)[number]) => string) =>
    Object.fromEntries(stored.map((page) => [page.language, value(page)])) as Record<
      Language,
      string
    >;
  return { keys: byLanguage(({ key }) => key), pages: byLanguage(({ page }) => page) };
}
