import { directionOf, type Language } from '../../../shared/i18n/languages';
import { withoutControls } from '../../../shared/schemas/display-name';
import { escapeHtml } from '../../../shared/email/escape-html';
import { formatDate, formatTimestamp } from './display-format';
import { scriptHashSource } from './inline-script';
import type { Html } from './html-parts';
import { localized } from './html-parts';
import type { Label } from './labels';
import { uiLabels, wordingOf } from './labels';

/** What the pages say about where a report comes from (SPEC §6, §7). */
export interface ReportContext {
  readonly funderName: string;
  readonly carrierName?: string;
  readonly period: { readonly id: string; readonly start: string; readonly end: string };
}

/**
 * Inline CSS only: no web fonts, no images, nothing fetched. Phone first (one column, charts
 * scale to the width), two chart columns from tablet width, and a print layout that keeps
 * tables and charts whole on a page and prints the charts' colours.
 */
const css = `
:root { color-scheme: light; --ink: #1d232a; --muted: #5b6470; --line: #dfe3e8; --accent: #1b6f8a; --warn: #a8480f; }
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }
body { margin: 0 auto; max-width: 62rem; padding: 1rem; font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; font-size: 16px; line-height: 1.45; color: var(--ink); background: #fff; }
header { border-bottom: 3px solid var(--accent); padding-bottom: 0.75rem; margin-bottom: 1rem; }
h1 { font-size: 1.5rem; line-height: 1.2; margin: 0 0 0.5rem; }
h2 { font-size: 1.2rem; margin: 2rem 0 0.75rem; padding-bottom: 0.25rem; border-bottom: 1px solid var(--line); }
dl.meta { display: grid; grid-template-columns: max-content 1fr; gap: 0.35rem 1rem; margin: 0; }
dl.meta dt { font-weight: 600; }
dl.meta dd { margin: 0; overflow-wrap: anywhere; }
table { width: 100%; border-collapse: collapse; margin: 0 0 1.25rem; font-variant-numeric: tabular-nums; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
caption { text-align: start; font-weight: 600; padding: 0.25rem 0 0.4rem; }
th, td { padding: 0.45rem 0.5rem; border-bottom: 1px solid var(--line); vertical-align: top; text-align: start; }
thead th { font-size: 0.85rem; border-bottom: 2px solid var(--line); }
tbody th { font-weight: normal; overflow-wrap: anywhere; hyphens: auto; }
.value { text-align: end; white-space: nowrap; }
td.value { font-weight: 600; }
td.missing, td.suppressed { font-weight: normal; white-space: normal; color: var(--muted); min-width: 7.5rem; }
td.suppressed { color: var(--warn); }
.dash { display: block; font-weight: 600; }
.note { display: block; font-size: 0.85em; }
.table-note { margin: -0.75rem 0 1.25rem; font-size: 0.85rem; color: var(--muted); }
.hint { display: block; color: var(--muted); margin-top: 0.15rem; }
.columns { display: grid; grid-template-columns: minmax(0, 1fr); gap: 0 2rem; align-items: start; }
.charts { display: grid; grid-template-columns: minmax(0, 1fr); gap: 1rem; margin: 0 0 1.25rem; }
.table-scroll { overflow-x: auto; margin: 0 0 1.25rem; }
.table-scroll > table { margin: 0; }
.chart-grid { display: grid; grid-template-columns: minmax(0, 1fr); gap: 1rem; margin: 0 0 1.25rem; }
.what-if fieldset { display: flex; flex-wrap: wrap; gap: 0.5rem 2rem; border: 1px solid var(--line); border-radius: 6px; margin: 0 0 1rem; }
.what-if input { font: inherit; padding: 0.3rem 0.4rem; min-height: 2.25rem; }
figure.chart { margin: 0; padding: 0.5rem; border: 1px solid var(--line); border-radius: 6px; background: #fff; }
figure.chart svg { display: block; width: 100%; max-width: 25rem; height: auto; margin: 0 auto; }
figcaption { font-size: 0.95rem; font-weight: 600; margin: 0 0 0.5rem; }
.note-block { padding: 0.75rem 1rem; border-inline-start: 4px solid var(--warn); background: #fdf3ec; }
footer { margin-top: 2rem; padding-top: 0.75rem; border-top: 1px solid var(--line); font-size: 0.85rem; color: var(--muted); }
@media (min-width: 48rem) {
  body { padding: 1.5rem 2rem; }
  .columns { grid-template-columns: minmax(0, 1fr) minmax(0, 1fr); }
  .chart-grid { grid-template-columns: minmax(0, 1fr) minmax(0, 1fr); }
  td.missing, td.suppressed { min-width: 11rem; }
}
@media print {
  @page { size: A4; margin: 14mm 12mm; }
  body { max-width: none; padding: 0; font-size: 10pt; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  h2 { break-after: avoid; margin-top: 1.25rem; }
  table, figure.chart, .note-block, dl.meta { break-inside: avoid; }
  .columns { grid-template-columns: minmax(0, 1fr) minmax(0, 1fr); gap: 0 6mm; }
  figure.chart { border-color: #bbb; }
}
`;

/** Defence in depth: even a stray reference could not make the page load anything. */
const contentSecurityPolicy =
  "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'";

/** The policy, allowing the page's own inline scripts (if any) by their hashes only. */
const policyOf = (scripts: readonly string[]): string =>
  scripts.length === 0
    ? contentSecurityPolicy
    : `${contentSecurityPolicy}; script-src ${scripts.map(scriptHashSource).join(' ')}`;

/** The period with its dates, each date isolated so a right-to-left page keeps its order. */
const periodHtml = (language: Language, period: ReportContext['period']): string => {
  const date = (value: string) => `<bdi dir="ltr">${escapeHtml(formatDate(language, value))}</bdi>`;
  return `<bdi dir="ltr">${escapeHtml(period.id)}</bdi> (${date(period.start)} – ${date(period.end)})`;
};

export interface PageOptions {
  /** The reader's language: every label, number and date, and the page's `lang` and `dir`. */
  readonly language: Language;
  readonly title: Label;
  readonly context: ReportContext;
  /** The carrier's line: its name and id, for carrier reports only. */
  readonly carrier?: { readonly id: string };
  readonly funderId?: string;
  readonly generatedAt: string;
  readonly sections: readonly Html[];
  /** Inline scripts, run at the end of the body; the CSP allows each by its hash. */
  readonly scripts?: readonly string[];
}

/** The complete, self-contained document in the reader's language. */
export function reportPage(options: PageOptions): string {
  const { context, language } = options;
  const metaRow = (label: Label, valueHtml: string): string =>
    `<dt>${localized(label, language).html}</dt><dd>${valueHtml}</dd>`;
  // Names may hold bidi controls (issue 16): stripped, and each name isolated, so it cannot
  // reorder the id or text after it.
  const name = (value: string) => `<bdi>${escapeHtml(withoutControls(value))}</bdi>`;
  const withId = (value: string, id: string) => `${name(value)} (${escapeHtml(id)})`;
  const carrierValue = options.carrier
    ? context.carrierName
      ? withId(context.carrierName, options.carrier.id)
      : escapeHtml(options.carrier.id)
    : undefined;
  const funderValue = options.funderId
    ? withId(context.funderName, options.funderId)
    : name(context.funderName);
  const meta = [
    metaRow(uiLabels.funder, funderValue),
    carrierValue === undefined ? '' : metaRow(uiLabels.carrier, carrierValue),
    metaRow(uiLabels.period, periodHtml(language, context.period)),
    metaRow(
      uiLabels.generatedAt,
      `<bdi dir="ltr">${escapeHtml(formatTimestamp(language, options.generatedAt))}</bdi>`,
    ),
  ].join('');
  const who = context.carrierName ?? options.carrier?.id ?? context.funderName;
  // A title holds no markup: the name is isolated by FSI … PDI instead.
  const title = `${wordingOf(options.title, language)} ${context.period.id} – \u2068${withoutControls(who)}\u2069`;
  return `<!doctype html>
<html lang="${language}" dir="${directionOf(language)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${policyOf(options.scripts ?? [])}">
<meta name="referrer" content="no-referrer">
<title>${escapeHtml(title)}</title>
<style>${css}</style>
</head>
<body>
<header>
<h1>${localized(options.title, language).html}</h1>
<dl class="meta">${meta}</dl>
</header>
<main>
${options.sections.map((part) => part.html).join('\n')}
</main>
<footer><p>${localized(uiLabels.privacy, language).html}</p></footer>
${(options.scripts ?? []).map((script) => `<script>${script}</script>\n`).join('')}</body>
</html>
`;
}
