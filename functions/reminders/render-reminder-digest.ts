import type { RiskReason } from '../../shared/domain/match-risk';
import type { OverdueMatch, ReminderLevel } from '../../shared/domain/reminders';
import { firstStrongIsolate } from '../../shared/email/bidi';
import type { EmailMessage } from '../../shared/email/send-email';
import { escapeHtml } from '../../shared/email/escape-html';
import { isLanguage } from '../../shared/i18n/languages';
import { webTexts } from '../../shared/i18n/web-texts';
import { withoutControls } from '../../shared/schemas/display-name';
import { defaultLanguage, reminderTexts, type ReminderTexts } from './reminder-texts';

/** A listed match and its at-risk reasons on the sweep day (SPEC §5). */
export interface ListedMatch extends OverdueMatch {
  readonly reasons?: readonly RiskReason[];
}

/** One list of a digest: the matches newly overdue (1) or newly escalated (2). */
export interface DigestSection {
  readonly level: ReminderLevel;
  readonly matches: readonly ListedMatch[];
  /** How many more are on this list than it shows (SPEC §5: at most 50 shown). */
  readonly more?: number;
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
  /** The carrier's list of overdue matches in the web app, linked from every digest. */
  readonly listUrl: string;
}

type Values = Record<string, string>;

/** Fills a template's {placeholders} with values that are ready as they are. */
const fillWith = (template: string, values: Values, literal: (text: string) => string) =>
  template
    .split(/(\{\w+\})/)
    .map((part) => {
      const name = /^\{(\w+)\}$/.exec(part)?.[1];
      return name !== undefined && Object.hasOwn(values, name) ? values[name]! : literal(part);
    })
    .join('');

/** What a digest says in its language, its values filled in as text and as HTML. */
function wordingOf(digest: ReminderDigest) {
  const language = Object.hasOwn(reminderTexts, digest.language)
    ? digest.language
    : defaultLanguage;
  const texts = reminderTexts[language] ?? reminderTexts[defaultLanguage]!;
  const contactDone = webTexts[isLanguage(language) ? language : 'de'].contactDone;
  const carrier = withoutControls(digest.carrierName);
  const funder = withoutControls(digest.funderName);
  const plain = { days: String(digest.escalateAfterDays), contactDone };
  // Names are isolated, so that right-to-left text around them keeps its order (SPEC §5).
  const text = (template: string, extra: Values = {}) =>
    fillWith(
      template,
      {
        ...plain,
        ...extra,
        carrier: firstStrongIsolate(carrier),
        funder: firstStrongIsolate(funder),
      },
      (part) => part,
    );
  const html = (template: string, extra: Values = {}) =>
    fillWith(
      template,
      {
        ...plain,
        ...extra,
        contactDone: escapeHtml(contactDone),
        carrier: `<bdi>${escapeHtml(carrier)}</bdi>`,
        funder: `<bdi>${escapeHtml(funder)}</bdi>`,
      },
      escapeHtml,
    );
  return { language, texts, contactDone, text, html };
}

type Wording = ReturnType<typeof wordingOf>;

const introOf = (digest: ReminderDigest, texts: ReminderTexts, level: ReminderLevel) =>
  level === 2 && digest.recipient === 'coordinator'
    ? texts.coordinatorEscalation
    : texts.intro[level];

const reasonsOf = (texts: ReminderTexts, match: ListedMatch) =>
  (match.reasons ?? []).map((reason) => texts.reasons[reason]).join(texts.listSeparator);

/** The text part: dates and names isolated (FSI … PDI), ids and links as they are. */
function textPart(digest: ReminderDigest, sections: readonly DigestSection[], w: Wording) {
  const { texts } = w;
  const [matchLabel, dueLabel, overdueLabel] = texts.columns;
  const lineOf = (match: ListedMatch) => {
    const link = digest.contactDoneLinks.get(match.matchId);
    const reasons = reasonsOf(texts, match);
    return [
      `- ${matchLabel} ${match.matchId} · ${dueLabel} ${firstStrongIsolate(match.nextDueOn)} · ${overdueLabel}: ${match.overdueDays}`,
      reasons ? `\n  ${texts.riskColumn}: ${reasons}` : '',
      link ? `\n  ${w.contactDone}: ${link}` : '',
    ].join('');
  };
  const sectionLines = sections.flatMap((section) => [
    w.text(introOf(digest, texts, section.level)),
    '',
    ...section.matches.map(lineOf),
    '',
    ...(section.more ? [w.text(texts.more, { count: String(section.more) }), ''] : []),
  ]);
  return [
    texts.greeting,
    '',
    ...sectionLines,
    `${texts.listLink}: ${digest.listUrl}`,
    '',
    w.text(texts.action),
    '',
    w.text(texts.thanks),
    '',
    texts.privacy,
  ].join('\n');
}

/** The HTML part: ids and dates left-to-right in their own isolates, everything escaped. */
function htmlPart(
  digest: ReminderDigest,
  sections: readonly DigestSection[],
  w: Wording,
  subject: string,
) {
  const { texts } = w;
  const align = texts.direction === 'rtl' ? 'right' : 'left';
  const cell = `style="padding:6px 10px;border-bottom:1px solid #ddd;text-align:${align}"`;
  const withLinks = digest.contactDoneLinks.size > 0;
  const withReasons = sections.some((s) => s.matches.some((m) => (m.reasons ?? []).length > 0));
  const rowOf = (match: ListedMatch) => {
    const link = digest.contactDoneLinks.get(match.matchId);
    const cells = [
      `<code dir="ltr">${escapeHtml(match.matchId)}</code>`,
      `<bdi dir="ltr">${escapeHtml(match.nextDueOn)}</bdi>`,
      escapeHtml(String(match.overdueDays)),
      ...(withReasons ? [escapeHtml(reasonsOf(texts, match))] : []),
      ...(withLinks
        ? [link ? `<a href="${escapeHtml(link)}">${escapeHtml(w.contactDone)}</a>` : '']
        : []),
    ];
    return `<tr>${cells.map((content) => `<td ${cell}>${content}</td>`).join('')}</tr>`;
  };
  const headings = [
    ...texts.columns,
    ...(withReasons ? [texts.riskColumn] : []),
    ...(withLinks ? [w.contactDone] : []),
  ];
  const head = headings.map((label) => `<th ${cell}>${escapeHtml(label)}</th>`).join('');
  const htmlSections = sections
    .map(
      (section) => `<p>${w.html(introOf(digest, texts, section.level))}</p>
<table style="border-collapse:collapse;width:100%">
<thead><tr>${head}</tr></thead>
<tbody>${section.matches.map(rowOf).join('')}</tbody>
</table>${section.more ? `\n<p>${w.html(texts.more, { count: String(section.more) })}</p>` : ''}`,
    )
    .join('\n');
  return `<!doctype html>
<html lang="${escapeHtml(w.language)}" dir="${texts.direction}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${escapeHtml(subject)}</title></head>
<body style="font-family:system-ui,-apple-system,'Segoe UI',sans-serif;line-height:1.5;color:#222;max-width:640px;margin:0 auto;padding:16px">
<p>${escapeHtml(texts.greeting)}</p>
${htmlSections}
<p><a href="${escapeHtml(digest.listUrl)}">${escapeHtml(texts.listLink)}</a></p>
<p>${w.html(texts.action)}</p>
<p>${w.html(texts.thanks)}</p>
<p style="color:#666;font-size:12px">${escapeHtml(texts.privacy)}</p>
</body>
</html>`;
}

/**
 * The digest e-mail in the carrier's language (German when there is no translation), with
 * a text and an HTML part: one recipient, one e-mail, all its lists (SPEC §5). Only partner
 * ids, dates, day counts, at-risk reasons, each match's "contact done" link and the link to
 * the carrier's list are shown; names are stripped of bidi controls and isolated, and every
 * value in the HTML is escaped.
 */
export function renderReminderDigest(digest: ReminderDigest): EmailMessage {
  const w = wordingOf(digest);
  const sections = digest.sections.filter((section) => section.matches.length > 0);
  const counted = sections.reduce(
    (sum, section) => sum + section.matches.length + (section.more ?? 0),
    0,
  );
  const topLevel: ReminderLevel = sections.some((section) => section.level === 2) ? 2 : 1;
  const subject = w.text(w.texts.subject[topLevel], { count: String(counted) });
  return {
    subject,
    text: textPart(digest, sections, w),
    html: htmlPart(digest, sections, w, subject),
  };
}
