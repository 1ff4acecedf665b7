import type { Language } from './languages';

/**
 * The words of the coordinator's reports pages (`/app/reports`, SPEC §9), one table per
 * language; apart from the funding page's words, which their functions do not serve.
 * Placeholders: {period}.
 */
export interface ReportPageTexts {
  readonly reportsTitle: string;
  readonly reportsIntro: string;
  readonly noReports: string;
  readonly reportTitle: string;
  readonly periodLabel: string;
  readonly generatedAt: string;
  readonly downloads: string;
  readonly downloadCsv: string;
  readonly downloadJson: string;
  readonly figuresNote: string;
}

const de: ReportPageTexts = {
  reportsTitle: 'Berichte',
  reportsIntro: 'Der Bericht Ihres Trägers für jeden abgeschlossenen Förderzeitraum.',
  noReports: 'Noch kein Förderzeitraum ist abgeschlossen.',
  reportTitle: 'Bericht {period}',
  periodLabel: 'Zeitraum',
  generatedAt: 'Erstellt am',
  downloads: 'Herunterladen',
  downloadCsv: 'Tabelle (CSV)',
  downloadJson: 'Daten (JSON)',
  figuresNote: 'Die Zahlen des Berichts, wie er beim Abschluss des Zeitraums erstellt wurde.',
};

const en: ReportPageTexts = {
  reportsTitle: 'Reports',
  reportsIntro: "Your organisation's report for every closed funding period.",
  noReports: 'No funding period is closed yet.',
  reportTitle: 'Report {period}',
  periodLabel: 'Period',
  generatedAt: 'Generated on',
  downloads: 'Download',
  downloadCsv: 'Table (CSV)',
  downloadJson: 'Data (JSON)',
  figuresNote: "The report's figures as they were produced when the period closed.",
};

const tr: ReportPageTexts = {
  reportsTitle: 'Raporlar',
  reportsIntro: 'Kapanan her destek dönemi için kuruluşunuzun raporu.',
  noReports: 'Henüz kapanmış bir destek dönemi yok.',
  reportTitle: 'Rapor {period}',
  periodLabel: 'Dönem',
  generatedAt: 'Oluşturulma',
  downloads: 'İndir',
  downloadCsv: 'Tablo (CSV)',
  downloadJson: 'Veri (JSON)',
  figuresNote: 'Raporun rakamları, dönem kapandığında oluşturulduğu haliyle.',
};

const ar: ReportPageTexts = {
  reportsTitle: 'التقارير',
  reportsIntro: 'تقرير منظمتكم لكل فترة تمويل مغلقة.',
  noReports: 'لم تُغلق أي فترة تمويل بعد.',
  reportTitle: 'تقرير {period}',
  periodLabel: 'الفترة',
  generatedAt: 'تاريخ الإنشاء',
  downloads: 'تنزيل',
  downloadCsv: 'جدول (CSV)',
  downloadJson: 'بيانات (JSON)',
  figuresNote: 'أرقام التقرير كما أُنشئت عند إغلاق الفترة.',
};

const uk: ReportPageTexts = {
  reportsTitle: 'Звіти',
  reportsIntro: 'Звіт вашої організації за кожен закритий період фінансування.',
  noReports: 'Жоден період фінансування ще не закрито.',
  reportTitle: 'Звіт {period}',
  periodLabel: 'Період',
  generatedAt: 'Створено',
  downloads: 'Завантажити',
  downloadCsv: 'Таблиця (CSV)',
  downloadJson: 'Дані (JSON)',
  figuresNote: 'Дані звіту в тому вигляді, в якому його створено під час закриття періоду.',
};

const ru: ReportPageTexts = {
  reportsTitle: 'Отчёты',
  reportsIntro: 'Отчёт вашей организации за каждый закрытый период финансирования.',
  noReports: 'Ни один период финансирования ещё не закрыт.',
  reportTitle: 'Отчёт {period}',
  periodLabel: 'Период',
  generatedAt: 'Создан',
  downloads: 'Скачать',
  downloadCsv: 'Таблица (CSV)',
  downloadJson: 'Данные (JSON)',
  figuresNote: 'Данные отчёта в том виде, в каком он был создан при закрытии периода.',
};

const fa: ReportPageTexts = {
  reportsTitle: 'گزارش‌ها',
  reportsIntro: 'گزارش سازمان شما برای هر دوره‌ی بسته‌شده‌ی حمایت مالی.',
  noReports: 'هنوز هیچ دوره‌ای بسته نشده است.',
  reportTitle: 'گزارش {period}',
  periodLabel: 'دوره',
  generatedAt: 'تاریخ تهیه',
  downloads: 'دانلود',
  downloadCsv: 'جدول (CSV)',
  downloadJson: 'داده‌ها (JSON)',
  figuresNote: 'ارقام گزارش، همان‌گونه که هنگام بسته شدن دوره تهیه شد.',
};

export const reportPageTexts: Record<Language, ReportPageTexts> = { de, en, tr, ar, uk, ru, fa };
