import type { OverdueMatch, ReminderLevel } from '../../shared/domain/reminders';
import type { EmailMessage } from '../../shared/email/send-email';
import { escapeHtml } from '../../shared/email/escape-html';
import { defaultLanguage, reminderTexts } from './reminder-texts';

export interface ReminderDigest {
  readonly language: string;
  readonly level: ReminderLevel;
  readonly date: string;
  readonly carrierName: string;
  readonly funderName: string;
  readonly escalateAfterDays: number;
  readonly matches: readonly OverdueMatch[];
}

const fill = (template: string, values: Record<string, string>): string =>
  template.replace(/\{(\w+)\}/g, (placeholder, name: string) => values[name] ?? placeholder);

/**
 * The digest e-mail in the carrier's language (German when there is no translation), with
 * a text and an HTML part. Only partner ids, dates and day counts are listed; every value
 * interpolated into the HTML is escaped, the carrier's own name included.
 */
export function renderReminderDigest(digest: ReminderDigest): EmailMessage {
  const language = Object.hasOwn(reminderTexts, digest.language)
    ? digest.language
    : defaultLanguage;
  const texts = reminderTexts[language] ?? reminderTexts[defaultLanguage]!;
  const values = {
    count: String(digest.matches.length),
    carrier: digest.carrierName,
    days: String(digest.escalateAfterDays),
    funder: digest.funderName,
  };
  const subject = fill(texts.subject[digest.level], values);
  const intro = fill(texts.intro[digest.level], values);
  const thanks = fill(texts.thanks, values);
  const [matchLabel, dueLabel, overdueLabel] = texts.columns;

  const textLines = digest.matches.map(
    (match) =>
      `- ${matchLabel} ${match.matchId} · ${dueLabel} ${match.nextDueOn} · ${overdueLabel}: ${match.overdueDays}`,
  );
  const text = [
    texts.greeting,
    '',
    intro,
    '',
    ...textLines,
    '',
    texts.action,
    '',
    thanks,
    '',
    texts.privacy,
  ].join('\n');

  const html = (value: string) => escapeHtml(value);
  const align = texts.direction === 'rtl' ? 'right' : 'left';
  const cell = `style="padding:6px 10px;border-bottom:1px solid #ddd;text-align:${align}"`;
  const rows = digest.matches
    .map(
      (match) =>
        `<tr><td ${cell}><code dir="ltr">${html(match.matchId)}</code></td><td ${cell}><bdi>${html(match.nextDueOn)}</bdi></td><td ${cell}>${html(String(match.overdueDays))}</td></tr>`,
    )
    .join('');
  const htmlBody = `<!doctype html>
<html lang="${html(language)}" dir="${texts.direction}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${html(subject)}</title></head>
<body style="font-family:system-ui,-apple-system,'Segoe UI',sans-serif;line-height:1.5;color:#222;max-width:640px;margin:0 auto;padding:16px">
<p>${html(texts.greeting)}</p>
<p>${html(intro)}</p>
<table style="border-collapse:collapse;width:100%">
<thead><tr><th ${cell}>${html(matchLabel)}</th><th ${cell}>${html(dueLabel)}</th><th ${cell}>${html(overdueLabel)}</th></tr></thead>
<tbody>${rows}</tbody>
</table>
<p>${html(texts.action)}</p>
<p>${html(thanks)}</p>
<p style="color:#666;font-size:12px">${html(texts.privacy)}</p>
</body>
</html>`;
  return { subject, text, html: htmlBody };
}
