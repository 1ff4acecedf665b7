import type { FileProblem, FileProblemCode } from '../import/file-problems';
import type { Language } from './languages';

// SPEC §10: why a file cannot be imported, one table per language. English is what the CLI
// prints and its tests assert. Headers and formats a coordinator writes or chooses (Tandem-ID,
// .xlsx, CSV) stay as they are written.

type ProblemOf<C extends FileProblemCode> = Extract<FileProblem, { code: C }>;

export type ImportFileTexts = {
  readonly [C in FileProblemCode]: (problem: ProblemOf<C>) => string;
};

/** The headers the first row must hold, named in every language as written in files. */
const headers = 'Tandem-ID, Mentor:in-ID, Mentee-ID, Beginn, Art der Patenschaft';
const checkInHeaders = 'Tandem-ID, Datum, Mit, Kanal';

const english: ImportFileTexts = {
  empty: () => 'The file is empty.',
  binary: () =>
    'The file is not a CSV text file nor an XLSX workbook (it holds binary data). Save the list as CSV or XLSX.',
  oldExcel: () =>
    'The file is in the old Excel format (.xls). Save it as "Excel workbook (.xlsx)" or as CSV.',
  notXlsx: ({ detail }) =>
    `The file could not be read as an XLSX workbook (${detail}). Save it again from Excel, or as CSV.`,
  malformedCsv: ({ line }) =>
    `The file cannot be read from line ${line} on: a quote (") is opened there and never closed. Mend the line, or save the list again from Excel.`,
  tooManyColumns: ({ columns, limit }) =>
    `The file has ${columns} columns; the import reads at most ${limit}. Delete the columns it does not need, or save only the list's columns.`,
  headerTooLong: ({ limitKilobytes }) =>
    `The first row (the headers) is longer than ${limitKilobytes} KB. Check that the first row holds only the column headers.`,
  rowTooLong: ({ line, limitKilobytes }) =>
    `Line ${line} is longer than ${limitKilobytes} KB; the import reads shorter rows only. Check the line (a quote opened and not closed makes one very long line).`,
  xlsxTooLarge: ({ limitMegabytes }) =>
    `The workbook unpacks to more than ${limitMegabytes} MB; the import reads smaller ones. Save only the sheets Tandems and Begleitungen, or save the list as CSV.`,
  xlsxTooManyCells: ({ limit }) =>
    `The workbook holds more than ${limit.toLocaleString('en')} cells; the import reads smaller ones. Save the list as CSV (any length is read), or split it.`,
  noColumns: () =>
    `No column of the import table was found. The first row must hold headers such as ${headers} (or, for check-ins, ${checkInHeaders}).`,
  noSuchFile: ({ path }) => `There is no file ${path}.`,
  notAFile: ({ path }) => `${path} is not a file.`,
  unreadableFile: ({ path, reason }) => `The file ${path} cannot be read (${reason}).`,
  unknownCarrier: ({ carrierId }) => `Unknown carrier ${carrierId}`,
};

const german: ImportFileTexts = {
  empty: () => 'Die Datei ist leer.',
  binary: () =>
    'Die Datei ist weder eine CSV-Textdatei noch eine XLSX-Arbeitsmappe. Bitte speichern Sie die Liste als CSV oder XLSX.',
  oldExcel: () =>
    'Die Datei hat das alte Excel-Format (.xls). Bitte speichern Sie sie als „Excel-Arbeitsmappe (.xlsx)“ oder als CSV.',
  notXlsx: () =>
    'Die Datei lässt sich nicht als XLSX-Arbeitsmappe lesen. Bitte speichern Sie sie in Excel neu oder als CSV.',
  malformedCsv: ({ line }) =>
    `Die Datei lässt sich ab Zeile ${line} nicht lesen: Dort wird ein Anführungszeichen (") geöffnet und nie geschlossen. Bitte korrigieren Sie die Zeile oder speichern Sie die Liste neu aus Excel.`,
  tooManyColumns: ({ columns, limit }) =>
    `Die Datei hat ${columns} Spalten; der Import liest höchstens ${limit}. Bitte löschen Sie nicht benötigte Spalten oder speichern Sie nur die Spalten der Liste.`,
  headerTooLong: ({ limitKilobytes }) =>
    `Die erste Zeile (die Überschriften) ist länger als ${limitKilobytes} KB. Bitte prüfen Sie, ob die erste Zeile nur die Spaltenüberschriften enthält.`,
  rowTooLong: ({ line, limitKilobytes }) =>
    `Zeile ${line} ist länger als ${limitKilobytes} KB; der Import liest nur kürzere Zeilen. Bitte prüfen Sie die Zeile (ein nicht geschlossenes Anführungszeichen macht eine sehr lange Zeile).`,
  xlsxTooLarge: ({ limitMegabytes }) =>
    `Die Arbeitsmappe ist entpackt größer als ${limitMegabytes} MB; der Import liest kleinere. Bitte speichern Sie nur die Blätter Tandems und Begleitungen oder die Liste als CSV.`,
  xlsxTooManyCells: ({ limit }) =>
    `Die Arbeitsmappe enthält mehr als ${limit.toLocaleString('de')} Zellen; der Import liest kleinere. Bitte speichern Sie die Liste als CSV (jede Länge wird gelesen) oder teilen Sie sie auf.`,
  noColumns: () =>
    `Keine Spalte der Importtabelle gefunden. Die erste Zeile braucht Überschriften wie ${headers} (für Begleitungen: ${checkInHeaders}).`,
  noSuchFile: ({ path }) => `Die Datei ${path} gibt es nicht.`,
  notAFile: ({ path }) => `${path} ist keine Datei.`,
  unreadableFile: ({ path, reason }) => `Die Datei ${path} kann nicht gelesen werden (${reason}).`,
  unknownCarrier: ({ carrierId }) => `Unbekannter Träger ${carrierId}`,
};

const turkish: ImportFileTexts = {
  empty: () => 'Dosya boş.',
  binary: () =>
    'Dosya bir CSV metin dosyası ya da XLSX çalışma kitabı değil. Lütfen listeyi CSV veya XLSX olarak kaydedin.',
  oldExcel: () =>
    'Dosya eski Excel biçiminde (.xls). Lütfen “Excel çalışma kitabı (.xlsx)” veya CSV olarak kaydedin.',
  notXlsx: () =>
    'Dosya XLSX çalışma kitabı olarak okunamadı. Lütfen Excel’de yeniden veya CSV olarak kaydedin.',
  malformedCsv: ({ line }) =>
    `Dosya ${line}. satırdan itibaren okunamıyor: orada açılan bir tırnak işareti (") hiç kapatılmıyor. Lütfen satırı düzeltin veya listeyi Excel’den yeniden kaydedin.`,
  tooManyColumns: ({ columns, limit }) =>
    `Dosyada ${columns} sütun var; içe aktarma en fazla ${limit} sütun okur. Lütfen gerekmeyen sütunları silin veya yalnızca listenin sütunlarını kaydedin.`,
  headerTooLong: ({ limitKilobytes }) =>
    `İlk satır (başlıklar) ${limitKilobytes} KB’tan uzun. Lütfen ilk satırın yalnızca sütun başlıklarını içerdiğini kontrol edin.`,
  rowTooLong: ({ line, limitKilobytes }) =>
    `${line}. satır ${limitKilobytes} KB’tan uzun; içe aktarma yalnızca daha kısa satırları okur. Lütfen satırı kontrol edin (kapatılmayan bir tırnak işareti çok uzun bir satır oluşturur).`,
  xlsxTooLarge: ({ limitMegabytes }) =>
    `Çalışma kitabı açıldığında ${limitMegabytes} MB’tan büyük; içe aktarma daha küçüklerini okur. Lütfen yalnızca Tandems ve Begleitungen sayfalarını kaydedin veya listeyi CSV olarak kaydedin.`,
  xlsxTooManyCells: ({ limit }) =>
    `Çalışma kitabında ${limit.toLocaleString('tr')} hücreden fazla var; içe aktarma daha küçüklerini okur. Lütfen listeyi CSV olarak kaydedin (her uzunluk okunur) veya bölün.`,
  noColumns: () =>
    `İçe aktarma tablosunun hiçbir sütunu bulunamadı. İlk satırda ${headers} gibi başlıklar olmalı (görüşmeler için: ${checkInHeaders}).`,
  noSuchFile: ({ path }) => `${path} adlı dosya yok.`,
  notAFile: ({ path }) => `${path} bir dosya değil.`,
  unreadableFile: ({ path, reason }) => `${path} dosyası okunamıyor (${reason}).`,
  unknownCarrier: ({ carrierId }) => `Bilinmeyen kuruluş ${carrierId}`,
};

const arabic: ImportFileTexts = {
  empty: () => 'الملف فارغ.',
  binary: () => 'الملف ليس ملف نص CSV ولا مصنف XLSX. يرجى حفظ القائمة بصيغة CSV أو XLSX.',
  oldExcel: () =>
    'الملف بصيغة Excel القديمة (.xls). يرجى حفظه بصيغة „Excel workbook (.xlsx)“ أو CSV.',
  notXlsx: () => 'تعذّرت قراءة الملف كمصنف XLSX. يرجى حفظه من جديد في Excel أو بصيغة CSV.',
  malformedCsv: ({ line }) =>
    `لا يمكن قراءة الملف ابتداءً من السطر ${line}: تُفتح هناك علامة اقتباس (") ولا تُغلق. يرجى تصحيح السطر أو حفظ القائمة من جديد من Excel.`,
  tooManyColumns: ({ columns, limit }) =>
    `يحتوي الملف على ${columns} عمودًا؛ يقرأ الاستيراد ${limit} عمودًا على الأكثر. يرجى حذف الأعمدة غير المطلوبة أو حفظ أعمدة القائمة فقط.`,
  headerTooLong: ({ limitKilobytes }) =>
    `الصف الأول (العناوين) أطول من ${limitKilobytes} كيلوبايت. يرجى التحقق من أن الصف الأول يحتوي على عناوين الأعمدة فقط.`,
  rowTooLong: ({ line, limitKilobytes }) =>
    `السطر ${line} أطول من ${limitKilobytes} كيلوبايت؛ يقرأ الاستيراد الأسطر الأقصر فقط. يرجى التحقق من السطر (علامة اقتباس لا تُغلق تجعل السطر طويلًا جدًا).`,
  xlsxTooLarge: ({ limitMegabytes }) =>
    `حجم المصنف بعد فك الضغط أكبر من ${limitMegabytes} ميغابايت؛ يقرأ الاستيراد الأصغر منه. يرجى حفظ الورقتين Tandems وBegleitungen فقط، أو حفظ القائمة بصيغة CSV.`,
  xlsxTooManyCells: ({ limit }) =>
    `يحتوي المصنف على أكثر من ${limit.toLocaleString('en')} خلية؛ يقرأ الاستيراد الأصغر منه. يرجى حفظ القائمة بصيغة CSV (يُقرأ أي طول) أو تقسيمها.`,
  noColumns: () =>
    `لم يُعثر على أي عمود من جدول الاستيراد. يجب أن يحتوي الصف الأول على عناوين مثل ${headers} (وللمتابعات: ${checkInHeaders}).`,
  noSuchFile: ({ path }) => `لا يوجد ملف ${path}.`,
  notAFile: ({ path }) => `${path} ليس ملفًا.`,
  unreadableFile: ({ path, reason }) => `لا يمكن قراءة الملف ${path} (${reason}).`,
  unknownCarrier: ({ carrierId }) => `جهة غير معروفة ${carrierId}`,
};

const ukrainian: ImportFileTexts = {
  empty: () => 'Файл порожній.',
  binary: () =>
    'Файл не є ні текстовим файлом CSV, ні книгою XLSX. Збережіть список як CSV або XLSX.',
  oldExcel: () =>
    'Файл у старому форматі Excel (.xls). Збережіть його як «Книга Excel (.xlsx)» або як CSV.',
  notXlsx: () =>
    'Файл не вдається прочитати як книгу XLSX. Збережіть його знову в Excel або як CSV.',
  malformedCsv: ({ line }) =>
    `Файл неможливо прочитати, починаючи з рядка ${line}: там відкриваються лапки ("), які ніде не закриваються. Виправте рядок або збережіть список знову з Excel.`,
  tooManyColumns: ({ columns, limit }) =>
    `У файлі ${columns} стовпців; імпорт читає щонайбільше ${limit}. Видаліть непотрібні стовпці або збережіть лише стовпці списку.`,
  headerTooLong: ({ limitKilobytes }) =>
    `Перший рядок (заголовки) довший за ${limitKilobytes} КБ. Перевірте, чи перший рядок містить лише заголовки стовпців.`,
  rowTooLong: ({ line, limitKilobytes }) =>
    `Рядок ${line} довший за ${limitKilobytes} КБ; імпорт читає лише коротші рядки. Перевірте рядок (незакриті лапки роблять рядок дуже довгим).`,
  xlsxTooLarge: ({ limitMegabytes }) =>
    `Розпакована книга більша за ${limitMegabytes} МБ; імпорт читає менші. Збережіть лише аркуші Tandems і Begleitungen або збережіть список як CSV.`,
  xlsxTooManyCells: ({ limit }) =>
    `Книга містить понад ${limit.toLocaleString('uk')} клітинок; імпорт читає менші. Збережіть список як CSV (читається будь-яка довжина) або розділіть його.`,
  noColumns: () =>
    `Не знайдено жодного стовпця таблиці імпорту. Перший рядок має містити заголовки, як-от ${headers} (для супроводу: ${checkInHeaders}).`,
  noSuchFile: ({ path }) => `Файлу ${path} немає.`,
  notAFile: ({ path }) => `${path} не є файлом.`,
  unreadableFile: ({ path, reason }) => `Файл ${path} неможливо прочитати (${reason}).`,
  unknownCarrier: ({ carrierId }) => `Невідома організація ${carrierId}`,
};

const russian: ImportFileTexts = {
  empty: () => 'Файл пуст.',
  binary: () =>
    'Файл не является ни текстовым файлом CSV, ни книгой XLSX. Сохраните список как CSV или XLSX.',
  oldExcel: () =>
    'Файл в старом формате Excel (.xls). Сохраните его как «Книга Excel (.xlsx)» или как CSV.',
  notXlsx: () =>
    'Файл не удаётся прочитать как книгу XLSX. Сохраните его заново в Excel или как CSV.',
  malformedCsv: ({ line }) =>
    `Файл невозможно прочитать, начиная со строки ${line}: там открываются кавычки ("), которые нигде не закрываются. Исправьте строку или сохраните список заново из Excel.`,
  tooManyColumns: ({ columns, limit }) =>
    `В файле ${columns} столбцов; импорт читает не более ${limit}. Удалите ненужные столбцы или сохраните только столбцы списка.`,
  headerTooLong: ({ limitKilobytes }) =>
    `Первая строка (заголовки) длиннее ${limitKilobytes} КБ. Проверьте, что первая строка содержит только заголовки столбцов.`,
  rowTooLong: ({ line, limitKilobytes }) =>
    `Строка ${line} длиннее ${limitKilobytes} КБ; импорт читает только более короткие строки. Проверьте строку (незакрытые кавычки делают строку очень длинной).`,
  xlsxTooLarge: ({ limitMegabytes }) =>
    `Распакованная книга больше ${limitMegabytes} МБ; импорт читает книги меньшего размера. Сохраните только листы Tandems и Begleitungen или сохраните список как CSV.`,
  xlsxTooManyCells: ({ limit }) =>
    `Книга содержит более ${limit.toLocaleString('ru')} ячеек; импорт читает книги меньшего размера. Сохраните список как CSV (читается любая длина) или разделите его.`,
  noColumns: () =>
    `Не найдено ни одного столбца таблицы импорта. В первой строке должны быть заголовки, например ${headers} (для сопровождения: ${checkInHeaders}).`,
  noSuchFile: ({ path }) => `Файла ${path} нет.`,
  notAFile: ({ path }) => `${path} не является файлом.`,
  unreadableFile: ({ path, reason }) => `Файл ${path} невозможно прочитать (${reason}).`,
  unknownCarrier: ({ carrierId }) => `Неизвестная организация ${carrierId}`,
};

const persian: ImportFileTexts = {
  empty: () => 'فایل خالی است.',
  binary: () =>
    'فایل نه یک فایل متنی CSV است و نه یک کارپوشه XLSX. لطفاً فهرست را به صورت CSV یا XLSX ذخیره کنید.',
  oldExcel: () =>
    'فایل در قالب قدیمی Excel (.xls) است. لطفاً آن را به صورت «Excel workbook (.xlsx)» یا CSV ذخیره کنید.',
  notXlsx: () =>
    'فایل به عنوان کارپوشه XLSX خوانده نشد. لطفاً آن را دوباره در Excel یا به صورت CSV ذخیره کنید.',
  malformedCsv: ({ line }) =>
    `فایل از سطر ${line} به بعد خوانده نمی‌شود: در آنجا یک علامت نقل‌قول (") باز شده و هرگز بسته نشده است. لطفاً سطر را اصلاح کنید یا فهرست را دوباره از Excel ذخیره کنید.`,
  tooManyColumns: ({ columns, limit }) =>
    `فایل ${columns} ستون دارد؛ ورود داده حداکثر ${limit} ستون را می‌خواند. لطفاً ستون‌های غیرضروری را حذف کنید یا فقط ستون‌های فهرست را ذخیره کنید.`,
  headerTooLong: ({ limitKilobytes }) =>
    `ردیف اول (سرستون‌ها) طولانی‌تر از ${limitKilobytes} کیلوبایت است. لطفاً بررسی کنید که ردیف اول فقط سرستون‌ها را داشته باشد.`,
  rowTooLong: ({ line, limitKilobytes }) =>
    `سطر ${line} طولانی‌تر از ${limitKilobytes} کیلوبایت است؛ ورود داده فقط سطرهای کوتاه‌تر را می‌خواند. لطفاً سطر را بررسی کنید (علامت نقل‌قولی که بسته نشده یک سطر بسیار طولانی می‌سازد).`,
  xlsxTooLarge: ({ limitMegabytes }) =>
    `کارپوشه پس از باز شدن بزرگ‌تر از ${limitMegabytes} مگابایت است؛ ورود داده کوچک‌ترها را می‌خواند. لطفاً فقط برگه‌های Tandems و Begleitungen را ذخیره کنید یا فهرست را به صورت CSV ذخیره کنید.`,
  xlsxTooManyCells: ({ limit }) =>
    `کارپوشه بیش از ${limit.toLocaleString('en')} خانه دارد؛ ورود داده کوچک‌ترها را می‌خواند. لطفاً فهرست را به صورت CSV ذخیره کنید (هر طولی خوانده می‌شود) یا آن را تقسیم کنید.`,
  noColumns: () =>
    `هیچ ستونی از جدول ورود پیدا نشد. ردیف اول باید سرستون‌هایی مانند ${headers} داشته باشد (برای پیگیری‌ها: ${checkInHeaders}).`,
  noSuchFile: ({ path }) => `فایل ${path} وجود ندارد.`,
  notAFile: ({ path }) => `${path} یک فایل نیست.`,
  unreadableFile: ({ path, reason }) => `فایل ${path} خوانده نمی‌شود (${reason}).`,
  unknownCarrier: ({ carrierId }) => `سازمان ناشناخته ${carrierId}`,
};

export const importFileTexts: Record<Language, ImportFileTexts> = {
  de: german,
  en: english,
  tr: turkish,
  ar: arabic,
  uk: ukrainian,
  ru: russian,
  fa: persian,
};

/** A file problem in words of `language`. */
export function fileProblemText(language: Language, problem: FileProblem): string {
  // The table's type pairs each code with its text; a switch would repeat every code.
  const text = importFileTexts[language][problem.code] as (problem: FileProblem) => string;
  return text(problem);
}
