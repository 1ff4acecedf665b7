import { escapeHtml } from '../../../shared/email/escape-html';
import { directionOf, type Language } from '../../../shared/i18n/languages';
import type { SuppressedRegionReport } from '../../../shared/schemas/region-report';
import { figureRowsCsv } from './csv-format';
import { regionLabels } from './region-labels';

/**
 * The answer for a region that is not given (SPEC §13), built by the reader itself: it has no
 * file, since there is nothing of the region to store. Says only the key it was asked for.
 */
export const suppressedRegionCsv = (report: SuppressedRegionReport): string =>
  figureRowsCsv([
    { section: 'report', figure: 'periodId', kind: 'text', value: report.periodId },
    { section: 'region', figure: 'key', kind: 'text', value: report.region.key },
    { section: 'region', figure: 'carriers', kind: 'count', value: null },
    { section: 'region', figure: 'suppressed', kind: 'flag', value: true },
  ]);

export function suppressedRegionHtml(report: SuppressedRegionReport, language: Language): string {
  const words = (label: keyof typeof regionLabels) => escapeHtml(regionLabels[label][language]);
  const key = `<bdi dir="ltr">${escapeHtml(report.region.key)}</bdi>`;
  return `<!doctype html>
<html lang="${language}" dir="${directionOf(language)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'">
<title>${words('title')} ${escapeHtml(report.region.key)} – ${words('suppressedTitle')}</title>
<style>body { font-family: system-ui, sans-serif; max-width: 40rem; margin: 0 auto; padding: 1rem; color: #1d232a; line-height: 1.45; } .note-block { padding: 0.75rem 1rem; border-inline-start: 4px solid #a8480f; background: #fdf3ec; }</style>
</head>
<body>
<main>
<h1>${words('title')} ${key}</h1>
<p class="note-block" data-suppressed="true">${words('suppressedNote')}</p>
</main>
</body>
</html>
`;
}
