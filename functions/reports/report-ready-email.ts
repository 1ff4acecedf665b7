import type { EmailMessage } from '../../shared/email/send-email';
import { escapeHtml } from '../../shared/email/escape-html';

/**
 * The note that a report is ready, German with English underneath like the report itself.
 * It names the API path, never a figure: the report is read with the reader's own key.
 */
export function reportReadyEmail(input: {
  readonly periodId: string;
  readonly funderName: string;
  readonly subjectOf: 'carrier' | 'funder';
  readonly path: string;
}): EmailMessage {
  const what =
    input.subjectOf === 'carrier'
      ? { de: 'Ihr Bericht', en: 'Your report' }
      : { de: 'Die Förderübersicht', en: 'The funder summary' };
  const subject = `${what.de} für den Förderzeitraum ${input.periodId} ist fertig / ${what.en} for funding period ${input.periodId} is ready`;
  const lines = {
    de: `${what.de} für den Förderzeitraum ${input.periodId} ist fertig. Abrufen mit Ihrem API-Schlüssel: GET ${input.path}?format=html (auch json, csv).`,
    en: `${what.en} for funding period ${input.periodId} is ready. Fetch it with your API key: GET ${input.path}?format=html (also json, csv).`,
  };
  const text = [lines.de, '', lines.en, '', `– ${input.funderName}`].join('\n');
  const html = `<!doctype html><html lang="de"><head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head><body style="font-family:system-ui,sans-serif;line-height:1.5"><p>${escapeHtml(lines.de)}</p><p lang="en">${escapeHtml(lines.en)}</p><p>– ${escapeHtml(input.funderName)}</p></body></html>`;
  return { subject, text, html };
}
