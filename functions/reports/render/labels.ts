import { languages, type Language } from '../../../shared/i18n/languages';
import type { endReasons } from '../../../shared/schemas/webhooks';

/**
 * A label in each language of SPEC §5. German and English are always written; a language
 * still missing a wording falls back to English, the one every reader is likelier to read.
 */
export type Label = { readonly de: string; readonly en: string } & {
  readonly [language in Exclude<Language, 'de' | 'en'>]?: string;
};

/** The label's wording in the report's language. */
export const wordingOf = (label: Label, language: Language): string => label[language] ?? label.en;

/** A label made of others, in every language: e.g. "Per new match (today)". */
export const combinedLabel = (
  wordsOf: (...wordings: string[]) => string,
  ...labels: readonly Label[]
): Label =>
  Object.fromEntries(
    languages.map((language) => [
      language,
      wordsOf(...labels.map((label) => wordingOf(label, language))),
    ]),
  ) as unknown as Label;

type EndReason = (typeof endReasons)[number];

/** Section titles of the report pages. */
export const sectionLabels = {
  matches: {
    de: 'Tandems',
    en: 'Matches',
    tr: 'Tandemler',
    ar: 'الثنائيات',
    uk: 'Тандеми',
    ru: 'Тандемы',
    fa: 'تاندم‌ها',
  },
  checkIns: {
    de: 'Begleitkontakte',
    en: 'Check-ins',
    tr: 'Takip görüşmeleri',
    ar: 'متابعات',
    uk: 'Супровідні контакти',
    ru: 'Сопровождающие контакты',
    fa: 'تماس‌های پیگیری',
  },
  funding: {
    de: 'Fördermodelle im Vergleich',
    en: 'Funding models compared',
    tr: 'Finansman modelleri karşılaştırması',
    ar: 'مقارنة نماذج التمويل',
    uk: 'Порівняння моделей фінансування',
    ru: 'Сравнение моделей финансирования',
    fa: 'مقایسه مدل‌های تأمین مالی',
  },
  carriers: {
    de: 'Träger',
    en: 'Carrier organisations',
    tr: 'Kuruluşlar',
    ar: 'الجهات الحاملة',
    uk: 'Організації',
    ru: 'Организации',
    fa: 'سازمان‌ها',
  },
  carrierSituation: {
    de: 'Lage der Träger',
    en: 'Situation of the carriers',
    tr: 'Kuruluşların durumu',
    ar: 'وضع الجهات الحاملة',
    uk: 'Становище організацій',
    ru: 'Положение организаций',
    fa: 'وضعیت سازمان‌ها',
  },
} as const satisfies Record<string, Label>;

/** One label per figure of SPEC §6, keyed by its path inside its section. */
export const matchLabels = {
  new: {
    de: 'Neue Tandems',
    en: 'New matches',
    tr: 'Yeni tandemler',
    ar: 'ثنائيات جديدة',
    uk: 'Нові тандеми',
    ru: 'Новые тандемы',
    fa: 'تاندم‌های جدید',
  },
  activeDuring: {
    de: 'Aktiv im Zeitraum',
    en: 'Active during the period',
    tr: 'Dönem içinde aktif',
    ar: 'نشطة خلال الفترة',
    uk: 'Активні протягом періоду',
    ru: 'Активны в течение периода',
    fa: 'فعال در طول دوره',
  },
  activeAtEnd: {
    de: 'Aktiv am Ende des Zeitraums',
    en: 'Active at the end of the period',
    tr: 'Dönem sonunda aktif',
    ar: 'نشطة في نهاية الفترة',
    uk: 'Активні наприкінці періоду',
    ru: 'Активны в конце периода',
    fa: 'فعال در پایان دوره',
  },
  ended: {
    de: 'Beendet im Zeitraum',
    en: 'Ended during the period',
    tr: 'Dönem içinde sona eren',
    ar: 'انتهت خلال الفترة',
    uk: 'Завершені протягом періоду',
    ru: 'Завершены в течение периода',
    fa: 'پایان‌یافته در طول دوره',
  },
  medianDurationDays: {
    de: 'Mittlere Dauer beendeter Tandems (Median)',
    en: 'Median duration of ended matches',
    tr: 'Sona eren tandemlerin ortanca süresi',
    ar: 'الوسيط لمدة الثنائيات المنتهية',
    uk: 'Медіанна тривалість завершених тандемів',
    ru: 'Медианная продолжительность завершённых тандемов',
    fa: 'میانه مدت تاندم‌های پایان‌یافته',
  },
  'reached.90': {
    de: 'Bestand ≥ 90 Tage',
    en: 'Lasted ≥ 90 days',
    tr: '≥ 90 gün sürdü',
    ar: 'استمرت ≥ 90 يومًا',
    uk: 'Тривали ≥ 90 днів',
    ru: 'Продлились ≥ 90 дней',
    fa: '≥ 90 روز ادامه یافت',
  },
  'reached.180': {
    de: 'Bestand ≥ 180 Tage',
    en: 'Lasted ≥ 180 days',
    tr: '≥ 180 gün sürdü',
    ar: 'استمرت ≥ 180 يومًا',
    uk: 'Тривали ≥ 180 днів',
    ru: 'Продлились ≥ 180 дней',
    fa: '≥ 180 روز ادامه یافت',
  },
  'reached.365': {
    de: 'Bestand ≥ 365 Tage',
    en: 'Lasted ≥ 365 days',
    tr: '≥ 365 gün sürdü',
    ar: 'استمرت ≥ 365 يومًا',
    uk: 'Тривали ≥ 365 днів',
    ru: 'Продлились ≥ 365 дней',
    fa: '≥ 365 روز ادامه یافت',
  },
  earlyClosureShare: {
    de: 'Früh beendet (< 90 Tage)',
    en: 'Closed early (< 90 days)',
    tr: 'Erken sona eren (< 90 gün)',
    ar: 'انتهت مبكرًا (< 90 يومًا)',
    uk: 'Завершені рано (< 90 днів)',
    ru: 'Завершены рано (< 90 дней)',
    fa: 'زودهنگام پایان‌یافته (< 90 روز)',
  },
  withConcern: {
    de: 'Tandems mit Sorge-Meldung',
    en: 'Matches with a concern',
    tr: 'Endişe bildirilen tandemler',
    ar: 'ثنائيات مع بلاغ قلق',
    uk: 'Тандеми з повідомленням про занепокоєння',
    ru: 'Тандемы с сообщением о беспокойстве',
    fa: 'تاندم‌های دارای گزارش نگرانی',
  },
} as const satisfies Record<string, Label>;

export const endReasonLabels: Record<EndReason, Label> = {
  goal_reached: {
    de: 'Ziel erreicht',
    en: 'Goal reached',
    tr: 'Hedefe ulaşıldı',
    ar: 'تحقق الهدف',
    uk: 'Мету досягнуто',
    ru: 'Цель достигнута',
    fa: 'هدف محقق شد',
  },
  planned_end: {
    de: 'Geplantes Ende',
    en: 'Planned end',
    tr: 'Planlı bitiş',
    ar: 'نهاية مخططة',
    uk: 'Запланований кінець',
    ru: 'Плановое окончание',
    fa: 'پایان برنامه‌ریزی‌شده',
  },
  mentor_withdrew: {
    de: 'Mentor:in zog sich zurück',
    en: 'Mentor withdrew',
    tr: 'Mentor ayrıldı',
    ar: 'انسحب المرشد',
    uk: 'Ментор вийшов',
    ru: 'Ментор вышел',
    fa: 'منتور کناره‌گیری کرد',
  },
  mentee_withdrew: {
    de: 'Mentee zog sich zurück',
    en: 'Mentee withdrew',
    tr: 'Mentee ayrıldı',
    ar: 'انسحب المتدرب',
    uk: 'Менті вийшов',
    ru: 'Менти вышел',
    fa: 'منتی کناره‌گیری کرد',
  },
  moved_away: {
    de: 'Weggezogen',
    en: 'Moved away',
    tr: 'Taşındı',
    ar: 'انتقل',
    uk: 'Переїхали',
    ru: 'Переехали',
    fa: 'نقل مکان کرد',
  },
  mismatch: {
    de: 'Passte nicht',
    en: 'Mismatch',
    tr: 'Uyuşmadı',
    ar: 'عدم توافق',
    uk: 'Не підійшли',
    ru: 'Не подошли',
    fa: 'عدم تناسب',
  },
  safeguarding: {
    de: 'Kinderschutz / Schutzkonzept',
    en: 'Safeguarding',
    tr: 'Koruma',
    ar: 'الحماية',
    uk: 'Захист',
    ru: 'Защита',
    fa: 'حفاظت',
  },
  other: {
    de: 'Sonstiges',
    en: 'Other',
    tr: 'Diğer',
    ar: 'أخرى',
    uk: 'Інше',
    ru: 'Другое',
    fa: 'سایر',
  },
};

export const checkInLabels = {
  recorded: {
    de: 'Erfasste Begleitkontakte',
    en: 'Check-ins recorded',
    tr: 'Kaydedilen takip görüşmeleri',
    ar: 'المتابعات المسجلة',
    uk: 'Записані контакти',
    ru: 'Записанные контакты',
    fa: 'تماس‌های ثبت‌شده',
  },
  due: {
    de: 'Fällige Begleitkontakte',
    en: 'Check-ins due',
    tr: 'Vadesi gelen takip görüşmeleri',
    ar: 'المتابعات المستحقة',
    uk: 'Належні контакти',
    ru: 'Положенные контакты',
    fa: 'تماس‌های سررسید',
  },
  onTime: {
    de: 'Davon rechtzeitig',
    en: 'Of these on time',
    tr: 'Bunlardan zamanında',
    ar: 'منها في الوقت',
    uk: 'З них вчасно',
    ru: 'Из них вовремя',
    fa: 'از این میان به‌موقع',
  },
  adherence: {
    de: 'Termintreue',
    en: 'Adherence',
    tr: 'Zamanında oranı',
    ar: 'الالتزام بالمواعيد',
    uk: 'Дотримання термінів',
    ru: 'Соблюдение сроков',
    fa: 'پایبندی به زمان‌بندی',
  },
} as const satisfies Record<string, Label>;

export const fundingLabels = {
  per_new_match: {
    de: 'Pro neuem Tandem',
    en: 'Per new match',
    tr: 'Yeni tandem başına',
    ar: 'لكل ثنائي جديد',
    uk: 'За новий тандем',
    ru: 'За новый тандем',
    fa: 'به ازای هر تاندم جدید',
  },
  per_active_month: {
    de: 'Pro aktivem Tandem-Monat',
    en: 'Per active match month',
    tr: 'Aktif tandem ayı başına',
    ar: 'لكل شهر ثنائي نشط',
    uk: 'За активний місяць тандему',
    ru: 'За активный месяц тандема',
    fa: 'به ازای هر ماه فعال تاندم',
  },
  per_supported_month: {
    de: 'Pro begleitetem Monat',
    en: 'Per supported month',
    tr: 'Desteklenen ay başına',
    ar: 'لكل شهر مدعوم',
    uk: 'За супроводжуваний місяць',
    ru: 'За сопровождаемый месяц',
    fa: 'به ازای هر ماه پشتیبانی‌شده',
  },
} as const satisfies Record<string, Label>;

export const carrierLabels = {
  total: { de: 'Träger insgesamt', en: 'Carriers in total' },
  reporting: {
    de: 'Träger mit Finanzierungsangaben',
    en: 'Carriers reporting their funding',
  },
  migrantOrganisations: {
    de: 'Migrant:innenorganisationen',
    en: 'Migrant organisations',
  },
} as const satisfies Record<string, Label>;

export const situationLabels = {
  'thirdPartyShare.p25': { de: 'Drittmittelanteil, unteres Quartil', en: 'Third-party share, p25' },
  'thirdPartyShare.median': { de: 'Drittmittelanteil, Median', en: 'Third-party share, median' },
  'thirdPartyShare.p75': { de: 'Drittmittelanteil, oberes Quartil', en: 'Third-party share, p75' },
  fullyThirdParty: {
    de: 'Vollständig drittmittelfinanziert',
    en: 'Funded entirely by third parties',
  },
  atLeast90ThirdParty: {
    de: 'Mindestens 90 % Drittmittel',
    en: 'At least 90 % third-party funds',
  },
  withMunicipalFunds: { de: 'Mit kommunalen Mitteln', en: 'With municipal funds' },
  municipalShareOfFunds: {
    de: 'Anteil kommunaler Mittel an allen Mitteln',
    en: 'Municipal share of all funds',
  },
  'migrantOrganisations.shareOfCarriers': {
    de: 'Migrant:innenorganisationen: Anteil an den Trägern',
    en: 'Migrant organisations: share of carriers',
  },
  'migrantOrganisations.shareOfActiveMatches': {
    de: 'Migrant:innenorganisationen: Anteil an aktiven Tandems',
    en: 'Migrant organisations: share of active matches',
  },
  'migrantOrganisations.shareOfFederalProgrammeFunds': {
    de: 'Migrant:innenorganisationen: Anteil an Bundesprogramm-Mitteln',
    en: 'Migrant organisations: share of federal programme funds',
  },
} as const satisfies Record<string, Label>;

/** The short bar labels of the charts, where the tables' labels would not fit. */
export const chartLabels = {
  reached90: { de: '≥ 90 Tage', en: '≥ 90 days' },
  reached180: { de: '≥ 180 Tage', en: '≥ 180 days' },
  reached365: { de: '≥ 365 Tage', en: '≥ 365 days' },
  due: { de: 'Fällig', en: 'Due' },
  onTime: { de: 'Rechtzeitig', en: 'On time' },
  p25: { de: 'Unteres Quartil', en: 'p25' },
  median: { de: 'Median', en: 'Median' },
  p75: { de: 'Oberes Quartil', en: 'p75' },
  suppressed: { de: 'unterdrückt', en: 'suppressed' },
  fullyThirdParty: { de: '100 % Drittmittel', en: 'Fully third-party' },
  atLeast90ThirdParty: { de: '≥ 90 % Drittmittel', en: '≥ 90 % third-party' },
  municipalShare: { de: 'Kommunaler Mittelanteil', en: 'Municipal share of funds' },
  migrantCarriers: {
    de: 'Migrant:innenorg.: Anteil Träger',
    en: 'Migrant organisations: share of carriers',
  },
  migrantActiveMatches: {
    de: 'Migrant:innenorg.: aktive Tandems',
    en: 'Migrant organisations: active matches',
  },
  migrantFederalFunds: {
    de: 'Migrant:innenorg.: Bundesmittel',
    en: 'Migrant organisations: federal funds',
  },
} as const satisfies Record<string, Label>;

/** The funder summary's situation tables (SPEC §6), their notes and chart. */
export const situationTableLabels = {
  quantiles: { de: 'Drittmittelanteil der Träger', en: 'Third-party share of the carriers' },
  counts: { de: 'Träger nach Finanzierung', en: 'Carriers by funding' },
  otherShares: {
    de: 'Kommunale Mittel und Migrant:innenorganisationen',
    en: 'Municipal funds and migrant organisations',
  },
  sharesChart: {
    de: 'Anteile zur Lage der Träger',
    en: 'Shares on the carriers\u2019 situation',
  },
  quantileHint: {
    de: 'Drittmittelanteil = 1 − Eigenmittel ÷ Gesamtmittel',
    en: 'third-party share = 1 − own funds ÷ total funds',
  },
  overReporting: {
    de: 'Anteil an den Trägern mit Finanzierungsangaben',
    en: 'share of carriers reporting their funding',
  },
  overAll: { de: 'bezogen auf alle Träger', en: 'over all carriers' },
} as const satisfies Record<string, Label>;

/** Words used around the figures. */
export const uiLabels = {
  carrierReport: {
    de: 'Förderbericht des Trägers',
    en: 'Carrier funding report',
    tr: 'Kuruluşun finansman raporu',
    ar: 'تقرير تمويل الجهة الحاملة',
    uk: 'Звіт організації про фінансування',
    ru: 'Отчёт организации о финансировании',
    fa: 'گزارش تأمین مالی سازمان',
  },
  funderSummary: {
    de: 'Zusammenfassung für den Fördergeber',
    en: 'Funder summary',
    tr: 'Finansör özeti',
    ar: 'ملخص الجهة المانحة',
    uk: 'Підсумок для донора',
    ru: 'Сводка для донора',
    fa: 'خلاصه برای تأمین‌کننده مالی',
  },
  funder: {
    de: 'Fördergeber',
    en: 'Funder',
    tr: 'Finansör',
    ar: 'الجهة المانحة',
    uk: 'Донор',
    ru: 'Донор',
    fa: 'تأمین‌کننده مالی',
  },
  carrier: {
    de: 'Träger',
    en: 'Carrier',
    tr: 'Kuruluş',
    ar: 'الجهة الحاملة',
    uk: 'Організація',
    ru: 'Организация',
    fa: 'سازمان',
  },
  period: {
    de: 'Förderzeitraum',
    en: 'Funding period',
    tr: 'Finansman dönemi',
    ar: 'فترة التمويل',
    uk: 'Період фінансування',
    ru: 'Период финансирования',
    fa: 'دوره تأمین مالی',
  },
  generatedAt: {
    de: 'Erstellt',
    en: 'Generated',
    tr: 'Oluşturuldu',
    ar: 'أُنشئ',
    uk: 'Створено',
    ru: 'Создано',
    fa: 'ایجاد شده',
  },
  figure: {
    de: 'Kennzahl',
    en: 'Figure',
    tr: 'Gösterge',
    ar: 'المؤشر',
    uk: 'Показник',
    ru: 'Показатель',
    fa: 'شاخص',
  },
  value: {
    de: 'Wert',
    en: 'Value',
    tr: 'Değer',
    ar: 'القيمة',
    uk: 'Значення',
    ru: 'Значение',
    fa: 'مقدار',
  },
  count: {
    de: 'Anzahl',
    en: 'Count',
    tr: 'Sayı',
    ar: 'العدد',
    uk: 'Кількість',
    ru: 'Количество',
    fa: 'تعداد',
  },
  share: {
    de: 'Anteil',
    en: 'Share',
    tr: 'Oran',
    ar: 'النسبة',
    uk: 'Частка',
    ru: 'Доля',
    fa: 'سهم',
  },
  endedByReason: {
    de: 'Beendet nach Grund',
    en: 'Ended by reason',
    tr: 'Nedene göre sona eren',
    ar: 'المنتهية حسب السبب',
    uk: 'Завершені за причиною',
    ru: 'Завершены по причине',
    fa: 'پایان‌یافته بر اساس دلیل',
  },
  retentionChart: {
    de: 'Bestand der Tandems',
    en: 'Match retention',
    tr: 'Tandemlerin sürekliliği',
    ar: 'استمرار الثنائيات',
    uk: 'Тривалість тандемів',
    ru: 'Устойчивость тандемов',
    fa: 'ماندگاری تاندم‌ها',
  },
  endedByReasonChart: {
    de: 'Beendete Tandems nach Grund',
    en: 'Ended matches by reason',
    tr: 'Nedene göre sona eren tandemler',
    ar: 'الثنائيات المنتهية حسب السبب',
    uk: 'Завершені тандеми за причиною',
    ru: 'Завершённые тандемы по причине',
    fa: 'تاندم‌های پایان‌یافته بر اساس دلیل',
  },
  adherenceChart: {
    de: 'Termintreue der Begleitung',
    en: 'Check-in adherence',
    tr: 'Takibin zamanında oranı',
    ar: 'الالتزام بمواعيد المتابعة',
    uk: 'Дотримання термінів супроводу',
    ru: 'Соблюдение сроков сопровождения',
    fa: 'پایبندی به زمان‌بندی پیگیری',
  },
  fundingChart: {
    de: 'Fördersumme je Modell (EUR)',
    en: 'Funding amount per model (EUR)',
    tr: 'Modele göre finansman tutarı (EUR)',
    ar: 'مبلغ التمويل لكل نموذج (يورو)',
    uk: 'Сума фінансування за моделлю (EUR)',
    ru: 'Сумма финансирования по модели (EUR)',
    fa: 'مبلغ تأمین مالی برای هر مدل (یورو)',
  },
  thirdPartyChart: {
    de: 'Drittmittelanteil der Träger (Quartile)',
    en: 'Third-party share of carriers (quartiles)',
    tr: 'Kuruluşların üçüncü taraf fon oranı (çeyrekler)',
    ar: 'حصة التمويل الخارجي للجهات (الأرباع)',
    uk: 'Частка сторонніх коштів організацій (квартилі)',
    ru: 'Доля сторонних средств организаций (квартили)',
    fa: 'سهم منابع شخص ثالث سازمان‌ها (چارک‌ها)',
  },
  noData: {
    de: 'keine Daten',
    en: 'no data',
    tr: 'veri yok',
    ar: 'لا توجد بيانات',
    uk: 'немає даних',
    ru: 'нет данных',
    fa: 'داده‌ای نیست',
  },
  noEndedMatches: {
    de: 'keine beendeten Tandems',
    en: 'no ended matches',
    tr: 'sona eren tandem yok',
    ar: 'لا توجد ثنائيات منتهية',
    uk: 'немає завершених тандемів',
    ru: 'нет завершённых тандемов',
    fa: 'تاندم پایان‌یافته‌ای نیست',
  },
  noMatchOldEnough: {
    de: 'kein Tandem lange genug im Zeitraum',
    en: 'no match old enough',
    tr: 'yeterince uzun süren tandem yok',
    ar: 'لا يوجد ثنائي قديم بما يكفي',
    uk: 'немає достатньо тривалого тандему',
    ru: 'нет достаточно длительного тандема',
    fa: 'تاندمی به اندازه کافی قدیمی نیست',
  },
  noCheckInsDue: {
    de: 'keine fälligen Kontakte',
    en: 'no check-ins due',
    tr: 'vadesi gelen görüşme yok',
    ar: 'لا توجد متابعات مستحقة',
    uk: 'немає належних контактів',
    ru: 'нет положенных контактов',
    fa: 'تماس سررسیدی نیست',
  },
  suppressed: {
    de: 'unterdrückt (k-Anonymität)',
    en: 'suppressed (k-anonymity)',
    tr: 'gizlendi (k-anonimlik)',
    ar: 'محجوب (إخفاء الهوية k)',
    uk: 'приховано (k-анонімність)',
    ru: 'скрыто (k-анонимность)',
    fa: 'پنهان شده (گمنامی k)',
  },
  situationSuppressed: {
    de: 'Die Angaben zur Lage der Träger sind unterdrückt: Zu wenige Träger haben ihre Finanzierung gemeldet, um sie ohne Rückschluss auf einzelne Träger zu veröffentlichen (k-Anonymität).',
    en: 'The situation of the carriers is suppressed: too few carriers reported their funding to publish it without revealing single carriers (k-anonymity).',
  },
  suppressedNote: {
    de: 'Unterdrückte Werte zählen oder teilen durch weniger Träger als die k-Anonymität erlaubt.',
    en: 'Suppressed figures count or divide by fewer carriers than k-anonymity allows.',
  },
  inDays: {
    de: 'in Tagen',
    en: 'in days',
    tr: 'gün olarak',
    ar: 'بالأيام',
    uk: 'у днях',
    ru: 'в днях',
    fa: 'به روز',
  },
  privacy: {
    de: 'Dieser Bericht enthält keine Namen oder Kontaktdaten von Mentor:innen oder Mentees.',
    en: 'This report contains no names or contact details of mentors or mentees.',
    tr: 'Bu rapor mentorların veya menteelerin adlarını ya da iletişim bilgilerini içermez.',
    ar: 'لا يحتوي هذا التقرير على أسماء أو بيانات اتصال للمرشدين أو المتدربين.',
    uk: 'Цей звіт не містить імен чи контактних даних менторів або менті.',
    ru: 'Этот отчёт не содержит имён или контактных данных менторов или менти.',
    fa: 'این گزارش هیچ نام یا اطلاعات تماسی از منتورها یا منتی‌ها ندارد.',
  },
} as const satisfies Record<string, Label>;

/** The funder summary's comparison of funding models (SPEC §6 "Comparing funding models"). */
export const comparisonLabels = {
  section: {
    de: 'Fördermodelle: Wer bekäme mehr, wer weniger?',
    en: 'Funding models: who would get more, who less?',
  },
  intro: {
    de: 'Anteile der Trägergruppen an der Fördersumme, wenn das ganze Geld nach einem Modell verteilt würde. Heute folgt die Förderung den neuen Tandems (erste Spalte).',
    en: 'Each group’s part of the funding if all money followed one model. Today funding follows new matches (first column).',
  },
  sharesTable: { de: 'Anteile der Gruppen je Modell', en: 'Groups’ shares per model' },
  carriers: { de: 'Träger', en: 'Carriers' },
  group: { de: 'Gruppe', en: 'Group' },
  today: { de: 'heute', en: 'today' },
  all: { de: 'Alle Träger', en: 'All carriers' },
  migrantOrganisations: { de: 'Migrant:innenorganisationen', en: 'Migrant organisations' },
  otherCarriers: { de: 'Andere Träger', en: 'Other carriers' },
  withMunicipalFunds: {
    de: 'Mit kommunalen Mitteln',
    en: 'With municipal funds',
  },
  withoutMunicipalFunds: {
    de: 'Ohne kommunale Mittel',
    en: 'Without municipal funds',
  },
  reportingHint: {
    de: 'nur Träger mit Finanzierungsangaben',
    en: 'carriers reporting their funding only',
  },
  movesTable: {
    de: 'Träger, deren Anteil sich um mehr als 10 % ändert',
    en: 'Carriers whose share moves by more than 10 %',
  },
  more: { de: 'Bekämen mehr', en: 'Would get more' },
  less: { de: 'Bekämen weniger', en: 'Would get less' },
  similar: { de: 'Etwa gleich (± 10 %)', en: 'About the same (± 10 %)' },
  chart: { de: 'Anteil an der Fördersumme', en: 'Share of the funding' },
  rates: {
    de: 'Zu den Sätzen des Fördergebers',
    en: 'At the funder’s rates',
  },
  whatIf: { de: 'Eigene Sätze ausprobieren', en: 'Try your own rates' },
  whatIfIntro: {
    de: 'Euro je Einheit; Modelle lassen sich mischen. Die Rechnung läuft nur in diesem Browser, aus den Summen je Gruppe auf dieser Seite.',
    en: 'Euros per unit; models may be mixed. The calculation runs in this browser only, from the group totals on this page.',
  },
  whatIfTable: { de: 'Ergebnis mit Ihren Sätzen', en: 'Result at your rates' },
  amount: { de: 'Betrag', en: 'Amount' },
  yourShare: { de: 'Anteil', en: 'Share' },
  baselineShare: { de: 'Anteil heute', en: 'Share today' },
  whatIfInvalid: {
    de: 'Bitte Sätze ≥ 0 eingeben, mindestens einen über 0.',
    en: 'Please enter rates ≥ 0, at least one above 0.',
  },
  whatIfNoCounts: {
    de: 'Wie viele Träger mehr oder weniger bekämen, rechnet dieses Formular nicht nach: Dafür bräuchte es die Zahlen einzelner Träger, die diese Seite zum Schutz der Träger nicht enthält. Die Schnittstelle /funding-comparison beantwortet es für beliebige Sätze.',
    en: 'How many carriers would get more or less is not recomputed here: that needs single carriers’ figures, which this page leaves out to protect them. The /funding-comparison API answers it for any rates.',
  },
} as const satisfies Record<string, Label>;

/** The riskFlag figures (SPEC §6) and the words that explain them to a programme officer. */
export const riskFlagLabels = {
  section: {
    de: 'Frühwarnung: Wie gut hat der Hinweis „gefährdet“ frühe Abbrüche angekündigt?',
    en: 'Early warning: how well did the “at risk” flag anticipate early endings?',
    tr: 'Erken uyarı: “risk altında” işareti erken bitişleri ne kadar iyi öngördü?',
    ar: 'إنذار مبكر: إلى أي حد تنبأت علامة «معرّض للخطر» بالانتهاء المبكر؟',
    uk: 'Раннє попередження: наскільки добре позначка «під загрозою» передбачила ранні завершення?',
    ru: 'Раннее предупреждение: насколько хорошо отметка «под угрозой» предсказала ранние завершения?',
    fa: 'هشدار زودهنگام: نشانه «در معرض خطر» پایان‌های زودهنگام را چقدر خوب پیش‌بینی کرد؟',
  },
  evaluated: { de: 'Betrachtete Tandems', en: 'Matches evaluated' },
  flagged: {
    de: 'Davon 90 Tage nach Start als gefährdet markiert',
    en: 'Flagged 90 days after their start',
  },
  closedEarly: {
    de: 'Davon in den 180 Tagen danach früh beendet',
    en: 'Ended early within the next 180 days',
  },
  flaggedClosedEarly: { de: 'Markiert und früh beendet', en: 'Flagged and ended early' },
  sensitivity: {
    de: 'Erkannte frühe Abbrüche (Sensitivität)',
    en: 'Early endings flagged (sensitivity)',
  },
  specificity: {
    de: 'Ruhig bei Tandems, die weiterliefen (Spezifität)',
    en: 'Quiet on matches that went on (specificity)',
  },
  precision: {
    de: 'Treffer unter den Markierten (Präzision)',
    en: 'Flags followed by an early ending (precision)',
  },
  baseRate: { de: 'Früh beendet insgesamt (Basisrate)', en: 'Ended early overall (base rate)' },
  evaluatedHint: {
    de: '90 Tage nach Start noch aktiv, danach 180 Tage beobachtet',
    en: 'still active 90 days after their start, then followed for 180 days',
  },
  closedEarlyHint: {
    de: 'Rückzug von Mentor:in oder Mentee, passte nicht, Sonstiges',
    en: 'mentor or mentee withdrew, mismatch, other',
  },
  noneEvaluated: {
    de: 'In diesem Zeitraum war kein Tandem 90 Tage alt und danach 180 Tage beobachtbar; es gibt noch nichts zu messen.',
    en: 'No match in this period was 90 days old and then followed for 180 days; there is nothing to measure yet.',
  },
  suppressed: {
    de: 'Unterdrückt: Die betrachteten Tandems stammen von zu wenigen Trägern, um sie ohne Rückschluss auf einzelne Träger zu veröffentlichen (k-Anonymität).',
    en: 'Suppressed: the matches evaluated come from too few carriers to publish without revealing single carriers (k-anonymity).',
  },
  notAPrediction: {
    de: 'Der Hinweis „gefährdet“ ist eine Erinnerung, das Tandem anzurufen – keine Vorhersage. Er folgt einer lesbaren Regel: Kontakt lange überfällig, eine Sorge in den letzten 60 Tagen oder 60 Tage kein Kontakt mit der:dem Mentee.',
    en: 'The “at risk” flag is a prompt to call the pair, not a prediction. It follows a rule anyone can read: a contact long overdue, a concern in the last 60 days, or no contact with the mentee for 60 days.',
    tr: '“Risk altında” işareti bir tahmin değil, tandemi aramak için bir hatırlatmadır.',
    ar: 'علامة «معرّض للخطر» تذكير بالاتصال بالثنائي، وليست تنبؤًا.',
    uk: 'Позначка «під загрозою» — це нагадування зателефонувати тандему, а не прогноз.',
    ru: 'Отметка «под угрозой» — напоминание позвонить тандему, а не прогноз.',
    fa: 'نشانه «در معرض خطر» یادآوری برای تماس با تاندم است، نه پیش‌بینی.',
  },
} as const satisfies Record<string, Label>;

/** The four rates in words, each with the counts it divides. */
export const riskFlagSentences = {
  sensitivity: (flagged: number, of: number): Label => ({
    de: `Von den ${of} Tandems, die früh endeten, hatte der Hinweis 90 Tage nach ihrem Start bei ${flagged} gewarnt.`,
    en: `Of the matches that ended early, the flag had warned about ${flagged} of ${of}, 90 days after their start.`,
  }),
  precision: (closedEarly: number, of: number): Label => ({
    de: `Von den ${of} Tandems, bei denen der Hinweis warnte, endeten ${closedEarly} früh.`,
    en: `Of the ${of} matches the flag warned about, ${closedEarly} ended early.`,
  }),
  specificity: (quiet: number, of: number): Label => ({
    de: `Von den ${of} Tandems, die weiterliefen, blieb der Hinweis bei ${quiet} still.`,
    en: `Of the ${of} matches that went on, the flag stayed quiet for ${quiet}.`,
  }),
  baseRate: (closedEarly: number, of: number): Label => ({
    de: `${closedEarly} der ${of} betrachteten Tandems endeten früh.`,
    en: `${closedEarly} of the ${of} matches evaluated ended early.`,
  }),
};
