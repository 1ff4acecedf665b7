import type { Language } from './languages';

/** The words of the web import (SPEC §10), one table per language. Placeholder: {limit}. */
export interface ImportTexts {
  readonly title: string;
  readonly intro: string;
  readonly privacy: string;
  readonly file: string;
  readonly fileHint: string;
  readonly preview: string;
  readonly previewTitle: string;
  readonly nothingStoredYet: string;
  readonly confirm: string;
  readonly chooseAnother: string;
  readonly resultTitle: string;
  readonly done: string;
  readonly rows: string;
  readonly matches: string;
  readonly checkIns: string;
  readonly created: string;
  readonly updated: string;
  readonly unchanged: string;
  readonly ended: string;
  readonly errors: string;
  readonly noErrors: string;
  readonly row: string;
  readonly column: string;
  readonly problem: string;
  readonly ignoredColumns: string;
  readonly noFile: string;
  readonly tooLarge: string;
  readonly unreadable: string;
  readonly importLink: string;
  /** The mapping step (SPEC §10): a required column not found by its header. */
  readonly mappingTitle: string;
  readonly mappingIntro: string;
  readonly mappingChoose: string;
  readonly mappingAccepted: string;
  readonly mappingSubmit: string;
  /** `overdueAtOnce` and why it matters. */
  readonly overdueAtOnce: string;
  readonly overdueExplanation: string;
}

const de: ImportTexts = {
  title: 'Liste importieren',
  intro:
    'Laden Sie Ihre Tandem- oder Begleitungsliste hoch (CSV oder Excel-Datei .xlsx, z. B. ein codo-Export). Sie sehen zuerst, was sich ändern würde.',
  privacy:
    'Spalten mit Namen, E-Mail-Adressen oder Notizen werden beim Lesen verworfen und nie gespeichert.',
  file: 'Datei (CSV oder XLSX)',
  fileHint: 'Höchstens {limit}. Größere Listen importiert die Betreuung mit „npx tandem import“.',
  preview: 'Vorschau anzeigen',
  previewTitle: 'Vorschau des Imports',
  nothingStoredYet: 'Noch ist nichts gespeichert. Prüfen Sie die Zahlen und Fehler.',
  confirm: 'Jetzt importieren',
  chooseAnother: 'Andere Datei wählen',
  resultTitle: 'Import abgeschlossen',
  done: 'Die Liste ist importiert.',
  rows: 'Zeilen',
  matches: 'Tandems',
  checkIns: 'Begleitungen',
  created: 'neu',
  updated: 'geändert',
  unchanged: 'unverändert',
  ended: 'beendet',
  errors: 'Zeilen mit Fehlern (werden übersprungen)',
  noErrors: 'Keine Fehler.',
  row: 'Zeile',
  column: 'Spalte',
  problem: 'Problem',
  ignoredColumns: 'Nicht gelesene Spalten',
  noFile: 'Bitte wählen Sie eine Datei.',
  tooLarge:
    'Die Datei ist größer als {limit}. Teilen Sie sie auf oder lassen Sie sie mit „npx tandem import“ importieren.',
  unreadable: 'Die Datei kann nicht gelesen werden:',
  importLink: 'Liste importieren',
  mappingTitle: 'Spalten zuordnen',
  mappingIntro:
    'In Ihrer Datei fehlen Spalten, die der Import braucht, oder sie heißen anders. Wählen Sie für jeden Wert die Spalte Ihrer Datei, die ihn enthält. Danach sehen Sie die Vorschau erneut.',
  mappingChoose: '– Spalte wählen –',
  mappingAccepted: 'Erkannte Überschriften:',
  mappingSubmit: 'Zuordnen und Vorschau anzeigen',
  overdueAtOnce: 'Sofort mehr als 60 Tage überfällig',
  overdueExplanation:
    'Für diese aktiven Tandems sind frühere Begleitungen noch nicht in Tandem. Sie erscheinen in der nächsten Erinnerung, außer Sie importieren ihre letzten Begleitungen oder beenden sie.',
};

const en: ImportTexts = {
  title: 'Import a list',
  intro:
    'Upload your list of Tandems or check-ins (CSV or Excel .xlsx, e.g. a codo export). You first see what would change.',
  privacy: 'Columns with names, e-mail addresses or notes are dropped while reading, never stored.',
  file: 'File (CSV or XLSX)',
  fileHint: 'At most {limit}. Larger lists are imported by the operator with "npx tandem import".',
  preview: 'Show preview',
  previewTitle: 'Import preview',
  nothingStoredYet: 'Nothing is stored yet. Check the counts and errors.',
  confirm: 'Import now',
  chooseAnother: 'Choose another file',
  resultTitle: 'Import done',
  done: 'The list is imported.',
  rows: 'Rows',
  matches: 'Tandems',
  checkIns: 'Check-ins',
  created: 'new',
  updated: 'changed',
  unchanged: 'unchanged',
  ended: 'ended',
  errors: 'Rows with errors (skipped)',
  noErrors: 'No errors.',
  row: 'Row',
  column: 'Column',
  problem: 'Problem',
  ignoredColumns: 'Columns not read',
  noFile: 'Please choose a file.',
  tooLarge:
    'The file is larger than {limit}. Split it, or have it imported with "npx tandem import".',
  unreadable: 'The file cannot be read:',
  importLink: 'Import a list',
  mappingTitle: 'Match the columns',
  mappingIntro:
    'Your file lacks columns the import needs, or names them differently. For each value, choose the column of your file that holds it. Then you see the preview again.',
  mappingChoose: '– choose a column –',
  mappingAccepted: 'Headers recognised:',
  mappingSubmit: 'Use these columns and show the preview',
  overdueAtOnce: 'More than 60 days overdue at once',
  overdueExplanation:
    'These active Tandems have no earlier check-ins in Tandem yet. They will appear in the next reminder digest unless you import their last check-ins or end them.',
};

const tr: ImportTexts = {
  title: 'Liste içe aktar',
  intro:
    'Tandem veya destek görüşmesi listenizi yükleyin (CSV veya Excel .xlsx, ör. bir codo dışa aktarımı). Önce neyin değişeceğini görürsünüz.',
  privacy:
    'İsim, e-posta adresi veya not içeren sütunlar okunurken atılır, hiçbir zaman saklanmaz.',
  file: 'Dosya (CSV veya XLSX)',
  fileHint: 'En fazla {limit}. Daha büyük listeleri yönetici "npx tandem import" ile aktarır.',
  preview: 'Önizlemeyi göster',
  previewTitle: 'İçe aktarma önizlemesi',
  nothingStoredYet: 'Henüz hiçbir şey kaydedilmedi. Sayıları ve hataları kontrol edin.',
  confirm: 'Şimdi içe aktar',
  chooseAnother: 'Başka dosya seç',
  resultTitle: 'İçe aktarma tamamlandı',
  done: 'Liste içe aktarıldı.',
  rows: 'Satırlar',
  matches: 'Tandemler',
  checkIns: 'Destek görüşmeleri',
  created: 'yeni',
  updated: 'değişti',
  unchanged: 'değişmedi',
  ended: 'sona erdi',
  errors: 'Hatalı satırlar (atlanır)',
  noErrors: 'Hata yok.',
  row: 'Satır',
  column: 'Sütun',
  problem: 'Sorun',
  ignoredColumns: 'Okunmayan sütunlar',
  noFile: 'Lütfen bir dosya seçin.',
  tooLarge:
    'Dosya {limit} boyutundan büyük. Dosyayı bölün veya "npx tandem import" ile aktarılmasını sağlayın.',
  unreadable: 'Dosya okunamıyor:',
  importLink: 'Liste içe aktar',
  mappingTitle: 'Sütunları eşleştir',
  mappingIntro:
    'Dosyanızda içe aktarmanın gerektirdiği sütunlar yok ya da farklı adlandırılmış. Her değer için dosyanızda onu içeren sütunu seçin. Ardından önizlemeyi yeniden görürsünüz.',
  mappingChoose: '– sütun seçin –',
  mappingAccepted: 'Tanınan başlıklar:',
  mappingSubmit: 'Bu sütunları kullan ve önizlemeyi göster',
  overdueAtOnce: 'Hemen 60 günden fazla gecikmiş',
  overdueExplanation:
    'Bu aktif tandemlerin önceki görüşmeleri henüz Tandem’de yok. Son görüşmelerini içe aktarmaz veya onları sonlandırmazsanız bir sonraki hatırlatma özetinde görünecekler.',
};

const ar: ImportTexts = {
  title: 'استيراد قائمة',
  intro:
    'ارفع قائمة الثنائيات أو لقاءات المتابعة (CSV أو ملف Excel بصيغة xlsx، مثل تصدير من codo). سترى أولاً ما الذي سيتغير.',
  privacy:
    'الأعمدة التي تحتوي على أسماء أو عناوين بريد إلكتروني أو ملاحظات تُحذف أثناء القراءة ولا تُحفظ أبداً.',
  file: 'الملف (CSV أو XLSX)',
  fileHint: 'بحد أقصى {limit}. القوائم الأكبر يستوردها المسؤول باستخدام "npx tandem import".',
  preview: 'عرض المعاينة',
  previewTitle: 'معاينة الاستيراد',
  nothingStoredYet: 'لم يُحفظ شيء بعد. راجع الأعداد والأخطاء.',
  confirm: 'استورد الآن',
  chooseAnother: 'اختر ملفاً آخر',
  resultTitle: 'اكتمل الاستيراد',
  done: 'تم استيراد القائمة.',
  rows: 'الصفوف',
  matches: 'الثنائيات',
  checkIns: 'لقاءات المتابعة',
  created: 'جديد',
  updated: 'تغيّر',
  unchanged: 'دون تغيير',
  ended: 'انتهى',
  errors: 'صفوف فيها أخطاء (تُتخطى)',
  noErrors: 'لا توجد أخطاء.',
  row: 'الصف',
  column: 'العمود',
  problem: 'المشكلة',
  ignoredColumns: 'أعمدة لم تُقرأ',
  noFile: 'يرجى اختيار ملف.',
  tooLarge: 'الملف أكبر من {limit}. قسّمه، أو اطلب استيراده باستخدام "npx tandem import".',
  unreadable: 'لا يمكن قراءة الملف:',
  importLink: 'استيراد قائمة',
  mappingTitle: 'مطابقة الأعمدة',
  mappingIntro:
    'ملفك لا يحتوي على أعمدة يحتاجها الاستيراد، أو يسمّيها بأسماء أخرى. اختر لكل قيمة عمود ملفك الذي يحتويها، ثم تظهر المعاينة من جديد.',
  mappingChoose: '– اختر عموداً –',
  mappingAccepted: 'العناوين المعروفة:',
  mappingSubmit: 'استخدم هذه الأعمدة واعرض المعاينة',
  overdueAtOnce: 'متأخرة أكثر من 60 يوماً فوراً',
  overdueExplanation:
    'لا توجد لهذه الثنائيات النشطة متابعات سابقة في Tandem بعد. ستظهر في ملخص التذكير القادم ما لم تستورد آخر متابعاتها أو تنهِها.',
};

const uk: ImportTexts = {
  title: 'Імпортувати список',
  intro:
    'Завантажте свій список тандемів або супровідних контактів (CSV або Excel .xlsx, напр. експорт з codo). Спершу ви побачите, що зміниться.',
  privacy:
    'Стовпці з іменами, адресами e-mail або нотатками відкидаються під час читання й ніколи не зберігаються.',
  file: 'Файл (CSV або XLSX)',
  fileHint: 'Не більше {limit}. Більші списки імпортує адміністратор командою "npx tandem import".',
  preview: 'Показати попередній перегляд',
  previewTitle: 'Попередній перегляд імпорту',
  nothingStoredYet: 'Ще нічого не збережено. Перевірте кількості та помилки.',
  confirm: 'Імпортувати зараз',
  chooseAnother: 'Вибрати інший файл',
  resultTitle: 'Імпорт завершено',
  done: 'Список імпортовано.',
  rows: 'Рядки',
  matches: 'Тандеми',
  checkIns: 'Супровідні контакти',
  created: 'нові',
  updated: 'змінені',
  unchanged: 'без змін',
  ended: 'завершені',
  errors: 'Рядки з помилками (пропущено)',
  noErrors: 'Помилок немає.',
  row: 'Рядок',
  column: 'Стовпець',
  problem: 'Проблема',
  ignoredColumns: 'Непрочитані стовпці',
  noFile: 'Будь ласка, виберіть файл.',
  tooLarge:
    'Файл більший за {limit}. Розділіть його або попросіть імпортувати командою "npx tandem import".',
  unreadable: 'Файл неможливо прочитати:',
  importLink: 'Імпортувати список',
  mappingTitle: 'Зіставте стовпці',
  mappingIntro:
    'У вашому файлі бракує стовпців, потрібних для імпорту, або вони називаються інакше. Для кожного значення виберіть стовпець вашого файлу, що його містить. Потім ви знову побачите попередній перегляд.',
  mappingChoose: '– виберіть стовпець –',
  mappingAccepted: 'Розпізнані заголовки:',
  mappingSubmit: 'Використати ці стовпці й показати перегляд',
  overdueAtOnce: 'Одразу прострочено понад 60 днів',
  overdueExplanation:
    'Попередніх зустрічей цих активних тандемів ще немає в Tandem. Вони з’являться в наступному нагадуванні, якщо ви не імпортуєте їхні останні зустрічі або не завершите їх.',
};

const ru: ImportTexts = {
  title: 'Импортировать список',
  intro:
    'Загрузите свой список тандемов или сопровождающих контактов (CSV или Excel .xlsx, напр. экспорт из codo). Сначала вы увидите, что изменится.',
  privacy:
    'Столбцы с именами, адресами e-mail или заметками отбрасываются при чтении и никогда не сохраняются.',
  file: 'Файл (CSV или XLSX)',
  fileHint:
    'Не более {limit}. Большие списки импортирует администратор командой "npx tandem import".',
  preview: 'Показать предпросмотр',
  previewTitle: 'Предпросмотр импорта',
  nothingStoredYet: 'Пока ничего не сохранено. Проверьте количества и ошибки.',
  confirm: 'Импортировать сейчас',
  chooseAnother: 'Выбрать другой файл',
  resultTitle: 'Импорт завершён',
  done: 'Список импортирован.',
  rows: 'Строки',
  matches: 'Тандемы',
  checkIns: 'Сопровождающие контакты',
  created: 'новые',
  updated: 'изменённые',
  unchanged: 'без изменений',
  ended: 'завершённые',
  errors: 'Строки с ошибками (пропущены)',
  noErrors: 'Ошибок нет.',
  row: 'Строка',
  column: 'Столбец',
  problem: 'Проблема',
  ignoredColumns: 'Непрочитанные столбцы',
  noFile: 'Пожалуйста, выберите файл.',
  tooLarge:
    'Файл больше {limit}. Разделите его или попросите импортировать командой "npx tandem import".',
  unreadable: 'Файл невозможно прочитать:',
  importLink: 'Импортировать список',
  mappingTitle: 'Сопоставьте столбцы',
  mappingIntro:
    'В вашем файле нет столбцов, нужных для импорта, или они называются иначе. Для каждого значения выберите столбец вашего файла, в котором оно есть. Затем вы снова увидите предпросмотр.',
  mappingChoose: '– выберите столбец –',
  mappingAccepted: 'Распознаваемые заголовки:',
  mappingSubmit: 'Использовать эти столбцы и показать предпросмотр',
  overdueAtOnce: 'Сразу просрочено более чем на 60 дней',
  overdueExplanation:
    'Прежних встреч этих активных тандемов ещё нет в Tandem. Они появятся в следующем напоминании, если вы не импортируете их последние встречи или не завершите их.',
};

const fa: ImportTexts = {
  title: 'وارد کردن فهرست',
  intro:
    'فهرست تاندم‌ها یا تماس‌های پیگیری خود را بارگذاری کنید (CSV یا فایل Excel با پسوند xlsx، مثلاً خروجی codo). ابتدا می‌بینید چه چیزی تغییر می‌کند.',
  privacy:
    'ستون‌های دارای نام، نشانی ایمیل یا یادداشت هنگام خواندن کنار گذاشته می‌شوند و هرگز ذخیره نمی‌شوند.',
  file: 'فایل (CSV یا XLSX)',
  fileHint: 'حداکثر {limit}. فهرست‌های بزرگ‌تر را مسئول سامانه با "npx tandem import" وارد می‌کند.',
  preview: 'نمایش پیش‌نمایش',
  previewTitle: 'پیش‌نمایش ورود',
  nothingStoredYet: 'هنوز چیزی ذخیره نشده است. تعدادها و خطاها را بررسی کنید.',
  confirm: 'اکنون وارد کن',
  chooseAnother: 'انتخاب فایل دیگر',
  resultTitle: 'ورود انجام شد',
  done: 'فهرست وارد شد.',
  rows: 'ردیف‌ها',
  matches: 'تاندم‌ها',
  checkIns: 'تماس‌های پیگیری',
  created: 'جدید',
  updated: 'تغییرکرده',
  unchanged: 'بدون تغییر',
  ended: 'پایان‌یافته',
  errors: 'ردیف‌های دارای خطا (رد می‌شوند)',
  noErrors: 'خطایی نیست.',
  row: 'ردیف',
  column: 'ستون',
  problem: 'مشکل',
  ignoredColumns: 'ستون‌های خوانده‌نشده',
  noFile: 'لطفاً یک فایل انتخاب کنید.',
  tooLarge:
    'فایل بزرگ‌تر از {limit} است. آن را تقسیم کنید یا بخواهید با "npx tandem import" وارد شود.',
  unreadable: 'فایل خوانده نمی‌شود:',
  importLink: 'وارد کردن فهرست',
  mappingTitle: 'تطبیق ستون‌ها',
  mappingIntro:
    'فایل شما ستون‌هایی را که وارد کردن لازم دارد ندارد، یا نام دیگری برای آن‌ها دارد. برای هر مقدار، ستونی از فایل خود را که آن را دارد انتخاب کنید. سپس پیش‌نمایش را دوباره می‌بینید.',
  mappingChoose: '– یک ستون انتخاب کنید –',
  mappingAccepted: 'سرستون‌های شناخته‌شده:',
  mappingSubmit: 'این ستون‌ها را به کار ببر و پیش‌نمایش را نشان بده',
  overdueAtOnce: 'بلافاصله بیش از ۶۰ روز عقب‌افتاده',
  overdueExplanation:
    'دیدارهای پیشین این تاندم‌های فعال هنوز در Tandem نیستند. آن‌ها در خلاصهٔ یادآوری بعدی می‌آیند، مگر آخرین دیدارهایشان را وارد کنید یا آن‌ها را پایان دهید.',
};

export const importTexts: Record<Language, ImportTexts> = { de, en, tr, ar, uk, ru, fa };
