import { firstStrongIsolate } from '../../shared/email/bidi';
import type { EmailMessage } from '../../shared/email/send-email';
import { escapeHtml } from '../../shared/email/escape-html';
import { isLanguage, type Language } from '../../shared/i18n/languages';
import { withoutControls } from '../../shared/schemas/display-name';

/** The "report ready" note's words per language; {period} is the period's id. */
interface ReportReadyTexts {
  readonly direction: 'ltr' | 'rtl';
  readonly subject: string;
  readonly body: string;
  readonly open: string;
}

const reportReadyTexts: Record<Language, ReportReadyTexts> = {
  de: {
    direction: 'ltr',
    subject: 'Ihr Bericht für den Förderzeitraum {period} ist fertig',
    body: 'Ihr Bericht für den Förderzeitraum {period} ist fertig. Sie finden ihn in Tandem, auch zum Herunterladen als CSV und JSON:',
    open: 'Bericht ansehen',
  },
  en: {
    direction: 'ltr',
    subject: 'Your report for funding period {period} is ready',
    body: 'Your report for funding period {period} is ready. You find it in Tandem, also as CSV and JSON to download:',
    open: 'View the report',
  },
  tr: {
    direction: 'ltr',
    subject: '{period} destek dönemi raporunuz hazır',
    body: '{period} destek dönemi raporunuz hazır. Raporu Tandem’de bulabilir, CSV ve JSON olarak da indirebilirsiniz:',
    open: 'Raporu görüntüle',
  },
  ar: {
    direction: 'rtl',
    subject: 'تقريرك لفترة التمويل {period} جاهز',
    body: 'تقريرك لفترة التمويل {period} جاهز. تجده في Tandem، ويمكنك تنزيله أيضاً بصيغة CSV وJSON:',
    open: 'عرض التقرير',
  },
  uk: {
    direction: 'ltr',
    subject: 'Ваш звіт за період фінансування {period} готовий',
    body: 'Ваш звіт за період фінансування {period} готовий. Ви знайдете його в Tandem, також для завантаження як CSV і JSON:',
    open: 'Переглянути звіт',
  },
  ru: {
    direction: 'ltr',
    subject: 'Ваш отчёт за период финансирования {period} готов',
    body: 'Ваш отчёт за период финансирования {period} готов. Он доступен в Tandem, также для скачивания в CSV и JSON:',
    open: 'Открыть отчёт',
  },
  fa: {
    direction: 'rtl',
    subject: 'گزارش شما برای دوره حمایت مالی {period} آماده است',
    body: 'گزارش شما برای دوره حمایت مالی {period} آماده است. آن را در Tandem می‌یابید و می‌توانید به صورت CSV و JSON نیز دریافت کنید:',
    open: 'دیدن گزارش',
  },
};

/**
 * The carrier's note that its report is ready, in the carrier's language (SPEC §9), linking
 * to the report's page in the web app: never an API path or a key. It names no figure.
 */
export function reportReadyEmail(input: {
  readonly language: string;
  readonly periodId: string;
  readonly funderName: string;
  /** `<appUrl>/app/reports/<periodId>` */
  readonly link: string;
}): EmailMessage {
  const language: Language = isLanguage(input.language) ? input.language : 'de';
  const texts = reportReadyTexts[language];
  const funder = withoutControls(input.funderName);
  const subject = texts.subject.replace('{period}', firstStrongIsolate(input.periodId));
  const body = (period: string, literal: (text: string) => string) =>
    texts.body.split('{period}').map(literal).join(period);
  const text = [
    body(firstStrongIsolate(input.periodId), (part) => part),
    input.link,
    '',
    `– ${firstStrongIsolate(funder)}`,
  ].join('\n');
  const html = `<!doctype html><html lang="${language}" dir="${texts.direction}"><head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head><body style="font-family:system-ui,sans-serif;line-height:1.5"><p>${body(`<bdi dir="ltr">${escapeHtml(input.periodId)}</bdi>`, escapeHtml)}</p><p><a href="${escapeHtml(input.link)}">${escapeHtml(texts.open)}</a></p><p>– <bdi>${escapeHtml(funder)}</bdi></p></body></html>`;
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
