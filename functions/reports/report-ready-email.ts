import type { EmailMessage } from '../../shared/email/send-email';
import { escapeHtml } from '../../shared/email/escape-html';

/**
 * The coordinator's note that the carrier's report is ready, German with English underneath
 * like the report itself. It names the API path, never a figure: the report is read with the
 * carrier's own key.
 */
export function reportReadyEmail(input: {
  readonly periodId: string;
  readonly funderName: string;
  readonly path: string;
}): EmailMessage {
  const subject = `Ihr Bericht für den Förderzeitraum ${input.periodId} ist fertig / Your report for funding period ${input.periodId} is ready`;
  const lines = {
    de: `Ihr Bericht für den Förderzeitraum ${input.periodId} ist fertig. Abrufen mit Ihrem API-Schlüssel: GET ${input.path}?format=html (auch json, csv).`,
    en: `Your report for funding period ${input.periodId} is ready. Fetch it with your API key: GET ${input.path}?format=html (also json, csv).`,
  };
  const text = [lines.de, '', lines.en, '', `– ${input.funderName}`].join('\n');
  const html = `<!doctype html><html lang="de"><head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head><body style="font-family:system-ui,sans-serif;line-height:1.5"><p>${escapeHtml(lines.de)}</p><p lang="en">${escapeHtml(lines.en)}</p><p>– ${escapeHtml(input.funderName)}</p></body></html>`;
  return { subject, text, html };
}

/**
 * The funder summary itself for the funder's contact (SPEC §7): the page as the HTML part,
 * the figures as CSV rows in the text part. It is k-anonymous, hence fit to send.
 */
export function funderSummaryEmail(input: {
  readonly periodId: string;
  readonly funderName: string;
  readonly csv: string;
  readonly html: string;
}): EmailMessage {
  const subject = `Förderübersicht ${input.periodId} / Funder summary ${input.periodId} – ${input.funderName}`;
  const text = [
    `Die Förderübersicht für den Förderzeitraum ${input.periodId}; auch abrufbar mit dem Admin-Schlüssel: GET /v1/periods/${input.periodId}/report?format=html|csv|json`,
    `The funder summary for funding period ${input.periodId}; also at GET /v1/periods/${input.periodId}/report with the admin key.`,
    '',
    input.csv,
  ].join('\n');
  return { subject, text, html: input.html };
}
