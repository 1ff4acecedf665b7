import type { OverdueMatch, ReminderLevel } from '../../shared/domain/reminders';
import type { EmailMessage } from '../../shared/email/send-email';
import { escapeHtml } from '../../shared/email/escape-html';
import { isLanguage } from '../../shared/i18n/languages';
import { webTexts } from '../../shared/i18n/web-texts';
import { defaultLanguage, reminderTexts } from './reminder-texts';

/** One list of a digest: the matches newly overdue (1) or newly escalated (2). */
export interface DigestSection {
  readonly level: ReminderLevel;
  readonly matches: readonly OverdueMatch[];
}

export interface ReminderDigest {
  readonly language: string;
  /** Who reads it: the lead gets the escalation as the lead; the coordinator gets all else. */
  readonly recipient: 'coordinator' | 'lead';
  readonly sections: readonly DigestSection[];
  readonly date: string;
  readonly carrierName: string;
  readonly funderName: string;
  readonly escalateAfterDays: number;
  /** The "contact done" link of each listed match (SPEC §9), by match id. */
  readonly contactDoneLinks: ReadonlyMap<string, string>;
}

const fill = (template: string, values: Record<string, string>): string =>
  template.replace(/\{(\w+)\}/g, (placeholder, name: string) => values[name] ?? placeholder);

/**
 * The digest e-mail in the carrier's language (German when there is no translation), with
 * a text and an HTML part: one recipient, one e-mail, all its lists (SPEC §5). Only partner
 * ids, dates, day counts and each match's "contact done" link are listed; every value
 * interpolated into the HTML is escaped, the carrier's own name included.
 */
export function renderReminderDigest(digest: ReminderDigest): EmailMessage {
  const language = Object.hasOwn(reminderTexts, digest.language)
    ? digest.language
    : defaultLanguage;
  const texts = reminderTexts[language] ?? reminderTexts[defaultLanguage]!;
  const contactDone = webTexts[isLanguage(language) ? language : 'de'].contactDone;
  const sections = digest.sections.filter((section) => section.matches.length > 0);
  const listed = new Set(sections.flatMap((section) => section.matches.map((m) => m.matchId)));
  const values = {
    count: String(listed.size),
    carrier: digest.carrierName,
    days: String(digest.escalateAfterDays),
    funder: digest.funderName,
  };
  const topLevel: ReminderLevel = sections.some((section) => section.level === 2) ? 2 : 1;
  const subject = fill(texts.subject[topLevel], values);
  const introOf = (level: ReminderLevel) =>
    fill(
      level === 2 && digest.recipient === 'coordinator'
        ? texts.coordinatorEscalation
        : texts.intro[level],
      values,
    );
  const thanks = fill(texts.thanks, values);
  const [matchLabel, dueLabel, overdueLabel] = texts.columns;
  const linkOf = (match: OverdueMatch) => digest.contactDoneLinks.get(match.matchId);
  const withLinks = digest.contactDoneLinks.size > 0;

  const textSections = sections.flatMap((section) => [
    introOf(section.level),
    '',
    ...section.matches.map((match) => {
      const link = linkOf(match);
      return `- ${matchLabel} ${match.matchId} · ${dueLabel} ${match.nextDueOn} · ${overdueLabel}: ${match.overdueDays}${link ? `\n  ${contactDone}: ${link}` : ''}`;
    }),
    '',
  ]);
  const text = [
    texts.greeting,
    '',
    ...textSections,
    texts.action,
    '',
    thanks,
    '',
    texts.privacy,
  ].join('\n');

  const html = (value: string) => escapeHtml(value);
  const align = texts.direction === 'rtl' ? 'right' : 'left';
  const cell = `style="padding:6px 10px;border-bottom:1px solid #ddd;text-align:${align}"`;
  const rowsOf = (matches: readonly OverdueMatch[]) =>
    matches
      .map((match) => {
        const link = linkOf(match);
        const action = withLinks
          ? `<td ${cell}>${link ? `<a href="${html(link)}">${html(contactDone)}</a>` : ''}</td>`
          : '';
        return `<tr><td ${cell}><code dir="ltr">${html(match.matchId)}</code></td><td ${cell}><bdi>${html(match.nextDueOn)}</bdi></td><td ${cell}>${html(String(match.overdueDays))}</td>${action}</tr>`;
      })
      .join('');
  const htmlSections = sections
    .map(
      (section) => `<p>${html(introOf(section.level))}</p>
<table style="border-collapse:collapse;width:100%">
<thead><tr><th ${cell}>${html(matchLabel)}</th><th ${cell}>${html(dueLabel)}</th><th ${cell}>${html(overdueLabel)}</th>${withLinks ? `<th ${cell}>${html(contactDone)}</th>` : ''}</tr></thead>
<tbody>${rowsOf(section.matches)}</tbody>
</table>`,
    )
    .join('\n');
  const htmlBody = `<!doctype html>
<html lang="${html(language)}" dir="${texts.direction}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${html(subject)}</title></head>
<body style="font-family:system-ui,-apple-system,'Segoe UI',sans-serif;line-height:1.5;color:#222;max-width:640px;margin:0 auto;padding:16px">
<p>${html(texts.greeting)}</p>
${htmlSections}
<p>${html(texts.action)}</p>
<p>${html(thanks)}</p>
<p style="color:#666;font-size:12px">${html(texts.privacy)}</p>
</body>
</html>`;
  return { subject, text, html: htmlBody };
}
