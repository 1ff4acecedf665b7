/**
 * The figures of a stored HTML report (functions/reports/render/html-page.ts): what its
 * `<main>` holds, the sections its renderer drew at the close, charts included. Read from the
 * stored file, so the report pages show the report as it was made, without the renderer's
 * chart library in their bundle and without drawing anything again.
 */
export function storedReportSections(reportHtml: string): string | undefined {
  const start = reportHtml.indexOf('<main>');
  const end = reportHtml.lastIndexOf('</main>');
  if (start < 0 || end < start) return undefined;
  return reportHtml.slice(start + '<main>'.length, end).trim();
}
