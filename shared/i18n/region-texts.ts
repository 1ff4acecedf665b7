import type { Language } from './languages';

/**
 * The words of the office's region pages (SPEC §13: `/app/office/regions…`), one table per
 * language. Placeholders: {key}, {period}, {count}, {rate}, {units}, {amount}.
 */
export interface RegionTexts {
  readonly title: string;
  readonly intro: string;
  readonly key: string;
  readonly level: string;
  readonly carriers: string;
  readonly reports: string;
  readonly tooFew: string;
  readonly none: string;
  readonly levels: { readonly land: string; readonly kreis: string; readonly gemeinde: string };
  readonly reportTitle: string;
  readonly notClosed: string;
  readonly suppressed: string;
  readonly downloads: string;
  readonly downloadJson: string;
  readonly downloadCsv: string;
  readonly downloadHtml: string;
  readonly coFunding: string;
  readonly coFundingIntro: string;
  readonly model: string;
  readonly perSupportedMonth: string;
  readonly perActiveMonth: string;
  readonly rate: string;
  readonly calculate: string;
  readonly amount: string;
  readonly rateError: string;
}

export const regionTexts: Record<Language, RegionTexts> = {
  de: {
    title: 'Regionen',
    intro:
      'Jeder Regionalschlüssel der Gemeinden der Träger: Land, Kreis und Gemeinde. Eine Region mit zu wenigen Trägern (auch im Rest einer umgebenden Region) bekommt keinen Bericht.',
    key: 'Regionalschlüssel',
    level: 'Ebene',
    carriers: 'Träger',
    reports: 'Berichte',
    tooFew: 'zu wenige',
    none: 'Noch kein Träger hat eine Gemeinde angegeben.',
    levels: { land: 'Land', kreis: 'Kreis', gemeinde: 'Gemeinde' },
    reportTitle: 'Region {key}: Zeitraum {period}',
    notClosed: 'Der Zeitraum ist noch nicht abgeschlossen: Es gibt noch keinen Bericht.',
    suppressed:
      'Für diese Region gibt es keinen Bericht: Sie oder der Rest einer umgebenden Region hat zu wenige Träger, sodass einzelne Träger erkennbar würden.',
    downloads: 'Dateien',
    downloadJson: 'JSON herunterladen',
    downloadCsv: 'CSV herunterladen',
    downloadHtml: 'Faktenblatt (HTML) herunterladen',
    coFunding: 'Was eine Mitfinanzierung kosten würde',
    coFundingIntro: 'Ein Satz je Einheit mal die Einheiten der Region in diesem Zeitraum.',
    model: 'Je',
    perSupportedMonth: 'begleitetem Tandem-Monat',
    perActiveMonth: 'aktivem Tandem-Monat',
    rate: 'Satz in Euro',
    calculate: 'Berechnen',
    amount: '{rate} × {units} = {amount}',
    rateError: 'Bitte einen Satz in Euro angeben, z. B. 25 oder 12,50.',
  },
  en: {
    title: 'Regions',
    intro:
      'Every regional key of the carriers’ municipalities: Land, Kreis and Gemeinde. A region with too few carriers (or too few in the rest of a region around it) gets no report.',
    key: 'Regional key',
    level: 'Level',
    carriers: 'Carriers',
    reports: 'Reports',
    tooFew: 'too few',
    none: 'No carrier has given a municipality yet.',
    levels: {
      land: 'Land (state)',
      kreis: 'Kreis (district)',
      gemeinde: 'Gemeinde (municipality)',
    },
    reportTitle: 'Region {key}: period {period}',
    notClosed: 'The period is not closed yet: there is no report yet.',
    suppressed:
      'There is no report for this region: it, or the rest of a region around it, has too few carriers, so single carriers could be told apart.',
    downloads: 'Files',
    downloadJson: 'Download JSON',
    downloadCsv: 'Download CSV',
    downloadHtml: 'Download the fact sheet (HTML)',
    coFunding: 'What co-funding would cost',
    coFundingIntro: 'A rate per unit times the region’s units in this period.',
    model: 'Per',
    perSupportedMonth: 'supported match month',
    perActiveMonth: 'active match month',
    rate: 'Rate in euros',
    calculate: 'Calculate',
    amount: '{rate} × {units} = {amount}',
    rateError: 'Please give a rate in euros, e.g. 25 or 12.50.',
  },
  tr: {
    title: 'Bölgeler',
    intro:
      'Kuruluşların belediyelerinin her bölge anahtarı: eyalet, ilçe ve belediye. Çok az kuruluşu olan (veya çevreleyen bölgenin geri kalanında çok az olan) bir bölgeye rapor verilmez.',
    key: 'Bölge anahtarı',
    level: 'Düzey',
    carriers: 'Kuruluşlar',
    reports: 'Raporlar',
    tooFew: 'çok az',
    none: 'Henüz hiçbir kuruluş belediye belirtmedi.',
    levels: { land: 'Eyalet', kreis: 'İlçe', gemeinde: 'Belediye' },
    reportTitle: 'Bölge {key}: dönem {period}',
    notClosed: 'Dönem henüz kapanmadı: henüz rapor yok.',
    suppressed:
      'Bu bölge için rapor yok: bölgede veya çevreleyen bölgenin geri kalanında çok az kuruluş var; tek tek kuruluşlar ayırt edilebilirdi.',
    downloads: 'Dosyalar',
    downloadJson: 'JSON indir',
    downloadCsv: 'CSV indir',
    downloadHtml: 'Bilgi notunu (HTML) indir',
    coFunding: 'Ortak finansmanın maliyeti',
    coFundingIntro: 'Birim başına oran çarpı bu dönemdeki bölge birimleri.',
    model: 'Birim',
    perSupportedMonth: 'destekli tandem ayı',
    perActiveMonth: 'aktif tandem ayı',
    rate: 'Euro olarak oran',
    calculate: 'Hesapla',
    amount: '{rate} × {units} = {amount}',
    rateError: 'Lütfen euro olarak bir oran girin, örn. 25 veya 12,50.',
  },
  ar: {
    title: 'المناطق',
    intro:
      'كل مفتاح إقليمي لبلديات الجهات الحاملة: الولاية والمقاطعة والبلدية. المنطقة التي فيها عدد قليل جدًا من الجهات (أو في بقية منطقة محيطة بها) لا تحصل على تقرير.',
    key: 'المفتاح الإقليمي',
    level: 'المستوى',
    carriers: 'الجهات الحاملة',
    reports: 'التقارير',
    tooFew: 'عدد قليل جدًا',
    none: 'لم تذكر أي جهة حاملة بلدية بعد.',
    levels: { land: 'الولاية', kreis: 'المقاطعة', gemeinde: 'البلدية' },
    reportTitle: 'المنطقة {key}: الفترة {period}',
    notClosed: 'لم تُغلق الفترة بعد: لا يوجد تقرير بعد.',
    suppressed:
      'لا يوجد تقرير لهذه المنطقة: فيها أو في بقية منطقة محيطة بها عدد قليل جدًا من الجهات الحاملة، فيمكن تمييز جهة بعينها.',
    downloads: 'الملفات',
    downloadJson: 'تنزيل JSON',
    downloadCsv: 'تنزيل CSV',
    downloadHtml: 'تنزيل ورقة الحقائق (HTML)',
    coFunding: 'كم سيكلف التمويل المشترك',
    coFundingIntro: 'معدل لكل وحدة مضروبًا في وحدات المنطقة في هذه الفترة.',
    model: 'لكل',
    perSupportedMonth: 'شهر ثنائي مدعوم',
    perActiveMonth: 'شهر ثنائي نشط',
    rate: 'المعدل باليورو',
    calculate: 'احسب',
    amount: '{rate} × {units} = {amount}',
    rateError: 'يرجى إدخال معدل باليورو، مثل 25 أو 12.50.',
  },
  uk: {
    title: 'Регіони',
    intro:
      'Кожен регіональний ключ громад організацій: земля, район і громада. Регіон із замалою кількістю організацій (або в решті регіону, що його охоплює) не отримує звіту.',
    key: 'Регіональний ключ',
    level: 'Рівень',
    carriers: 'Організації',
    reports: 'Звіти',
    tooFew: 'замало',
    none: 'Жодна організація ще не вказала громаду.',
    levels: { land: 'Земля', kreis: 'Район', gemeinde: 'Громада' },
    reportTitle: 'Регіон {key}: період {period}',
    notClosed: 'Період ще не закрито: звіту ще немає.',
    suppressed:
      'Для цього регіону звіту немає: у ньому або в решті регіону, що його охоплює, замало організацій, тож окремі організації можна було б розпізнати.',
    downloads: 'Файли',
    downloadJson: 'Завантажити JSON',
    downloadCsv: 'Завантажити CSV',
    downloadHtml: 'Завантажити інформаційний листок (HTML)',
    coFunding: 'Скільки коштувало б співфінансування',
    coFundingIntro: 'Ставка за одиницю помножена на одиниці регіону за цей період.',
    model: 'За',
    perSupportedMonth: 'місяць тандему із супроводом',
    perActiveMonth: 'активний місяць тандему',
    rate: 'Ставка в євро',
    calculate: 'Розрахувати',
    amount: '{rate} × {units} = {amount}',
    rateError: 'Будь ласка, вкажіть ставку в євро, напр. 25 або 12,50.',
  },
  ru: {
    title: 'Регионы',
    intro:
      'Каждый региональный ключ муниципалитетов организаций: земля, район и муниципалитет. Регион со слишком малым числом организаций (или в остальной части охватывающего региона) не получает отчёта.',
    key: 'Региональный ключ',
    level: 'Уровень',
    carriers: 'Организации',
    reports: 'Отчёты',
    tooFew: 'слишком мало',
    none: 'Ни одна организация ещё не указала муниципалитет.',
    levels: { land: 'Земля', kreis: 'Район', gemeinde: 'Муниципалитет' },
    reportTitle: 'Регион {key}: период {period}',
    notClosed: 'Период ещё не закрыт: отчёта пока нет.',
    suppressed:
      'Для этого региона отчёта нет: в нём или в остальной части охватывающего региона слишком мало организаций, и отдельные организации можно было бы распознать.',
    downloads: 'Файлы',
    downloadJson: 'Скачать JSON',
    downloadCsv: 'Скачать CSV',
    downloadHtml: 'Скачать информационный листок (HTML)',
    coFunding: 'Сколько стоило бы софинансирование',
    coFundingIntro: 'Ставка за единицу, умноженная на единицы региона за этот период.',
    model: 'За',
    perSupportedMonth: 'месяц тандема с сопровождением',
    perActiveMonth: 'активный месяц тандема',
    rate: 'Ставка в евро',
    calculate: 'Рассчитать',
    amount: '{rate} × {units} = {amount}',
    rateError: 'Пожалуйста, укажите ставку в евро, напр. 25 или 12,50.',
  },
  fa: {
    title: 'مناطق',
    intro:
      'هر کلید منطقه‌ای شهرداری‌های سازمان‌ها: ایالت، بخش و شهرداری. منطقه‌ای با سازمان‌های بسیار کم (یا در باقی منطقه‌ای که آن را در بر می‌گیرد) گزارشی نمی‌گیرد.',
    key: 'کلید منطقه‌ای',
    level: 'سطح',
    carriers: 'سازمان‌ها',
    reports: 'گزارش‌ها',
    tooFew: 'بسیار کم',
    none: 'هنوز هیچ سازمانی شهرداری را ذکر نکرده است.',
    levels: { land: 'ایالت', kreis: 'بخش', gemeinde: 'شهرداری' },
    reportTitle: 'منطقه {key}: دوره {period}',
    notClosed: 'دوره هنوز بسته نشده است: هنوز گزارشی نیست.',
    suppressed:
      'برای این منطقه گزارشی نیست: در آن یا در باقی منطقه‌ای که آن را در بر می‌گیرد سازمان‌های بسیار کمی هست و سازمان‌های تکی قابل تشخیص می‌شدند.',
    downloads: 'فایل‌ها',
    downloadJson: 'دریافت JSON',
    downloadCsv: 'دریافت CSV',
    downloadHtml: 'دریافت برگه اطلاعات (HTML)',
    coFunding: 'هزینه تأمین مالی مشترک',
    coFundingIntro: 'نرخ هر واحد ضرب در واحدهای منطقه در این دوره.',
    model: 'برای هر',
    perSupportedMonth: 'ماه تاندم با پیگیری',
    perActiveMonth: 'ماه فعال تاندم',
    rate: 'نرخ به یورو',
    calculate: 'محاسبه',
    amount: '{rate} × {units} = {amount}',
    rateError: 'لطفاً نرخی به یورو وارد کنید، مثلاً 25 یا 12.50.',
  },
};
