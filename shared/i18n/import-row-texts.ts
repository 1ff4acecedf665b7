import type * as z from 'zod';
import type { RowProblem, RowProblemCode } from '../import/row-problems';
import type { Language } from './languages';

// SPEC §10: a row error's words, one table per language. English is what the CLI prints and
// its tests assert, word for word. Headers, values and dates a coordinator writes into the file
// (Tandem-ID, ja/nein, 31.03.2025, Status) stay as they are written there.

type ProblemOf<C extends RowProblemCode> = Extract<RowProblem, { code: C }>;

export type ImportRowTexts = {
  readonly [C in RowProblemCode]: (problem: ProblemOf<C>) => string;
} & {
  /** A workbook's row number alone is ambiguous: the message names the sheet. */
  readonly inSheet: (sheet: string, message: string) => string;
};

const listed = (values: readonly string[]) => values.join(', ');

/** The webhook schema's own message: zod words it in the reader's language (zod-error-maps.ts). */
const schemaMessage = ({ issue }: { issue: z.core.$ZodIssue }) => issue.message;

const english: ImportRowTexts = {
  missingColumn: ({ header }) => `the column ${header} is missing`,
  empty: () => 'is empty',
  looksLikeName: () =>
    'looks like a name: ids have no spaces. Use the reference code of your own records, not a name',
  // The schema's own words (shared/schemas/primitives.ts), as the webhook API says them.
  notAnId: schemaMessage,
  notOneOf: ({ values, labels }) => `is not one of ${listed(values)} or ${listed(labels)}`,
  notYesNo: () => 'must be ja or nein (yes/no, true/false, x or empty)',
  notADate: () => 'is not a date',
  dateFormat: () => 'must be a date like 2025-03-31, 31.03.2025 or 31.3.25',
  notACalendarDate: () => 'is not a real calendar date',
  notAStatus: () => 'must be aktive Patenschaft, beendet, abgebrochen, Alumni or Pre-Match',
  preMatch: () => 'Pre-Match: not a Tandem yet, so the row is not imported',
  endMissing: () => 'is empty, but the Status says the Tandem has ended',
  endBeforeStart: () => 'lies before the start',
  occurredOnTooLate: ({ latest }) => `lies in the future: ${latest} (tomorrow) at the latest`,
  unknownTandem: ({ matchId }) =>
    `Tandem ${matchId} is neither known to Tandem nor in this file: check the id (a typing error must not create a Tandem)`,
  noColumnFor: ({ field, header, accepted }) =>
    `no column for ${header} was found (accepted: ${listed(accepted)}): choose the column of the file that holds it with --map ${field}=<header>`,
  duplicateTandem: ({ matchId, earlierRow }) =>
    `Tandem ${matchId} is already in row ${earlierRow}: each Tandem belongs in one row`,
  schema: schemaMessage,
  inSheet: (sheet, message) => `sheet ${sheet}: ${message}`,
};

const german: ImportRowTexts = {
  missingColumn: ({ header }) => `Die Spalte ${header} fehlt.`,
  empty: () => 'Die Zelle ist leer.',
  looksLikeName: () =>
    'Das sieht nach einem Namen aus: Kennungen haben keine Leerzeichen. Bitte tragen Sie den Code aus Ihren eigenen Unterlagen ein, keinen Namen.',
  notAnId: () =>
    'Eine Kennung hat 1 bis 64 Zeichen aus A-Z, a-z, 0-9 und . _ : - (keine Umlaute) und beginnt mit einem Buchstaben oder einer Ziffer.',
  notOneOf: ({ values, labels }) =>
    `Diesen Wert gibt es hier nicht. Möglich sind ${listed(values)} oder ${listed(labels)}.`,
  notYesNo: () => 'Bitte tragen Sie ja oder nein ein (auch yes/no, true/false, x oder leer).',
  notADate: () => 'Das ist kein Datum.',
  dateFormat: () => 'Bitte tragen Sie ein Datum wie 2025-03-31, 31.03.2025 oder 31.3.25 ein.',
  notACalendarDate: () => 'Dieses Datum gibt es im Kalender nicht.',
  notAStatus: () =>
    'Bitte tragen Sie aktive Patenschaft, beendet, abgebrochen, Alumni oder Pre-Match ein.',
  preMatch: () => 'Pre-Match: noch kein Tandem, daher wird die Zeile nicht importiert.',
  endMissing: () => 'Die Zelle ist leer, laut Status ist das Tandem aber beendet.',
  endBeforeStart: () => 'Das Ende liegt vor dem Beginn.',
  occurredOnTooLate: ({ latest }) =>
    `Das Datum liegt in der Zukunft: höchstens ${latest} (morgen) ist möglich.`,
  unknownTandem: ({ matchId }) =>
    `Das Tandem ${matchId} ist weder in Tandem bekannt noch in dieser Datei. Bitte prüfen Sie die Kennung (ein Tippfehler darf kein Tandem anlegen).`,
  noColumnFor: ({ header, accepted }) =>
    `Keine Spalte für ${header} gefunden (möglich: ${listed(accepted)}). Bitte wählen Sie die Spalte Ihrer Datei, die diesen Wert enthält.`,
  duplicateTandem: ({ matchId, earlierRow }) =>
    `Das Tandem ${matchId} steht schon in Zeile ${earlierRow}. Jedes Tandem gehört in genau eine Zeile.`,
  schema: schemaMessage,
  inSheet: (sheet, message) => `Tabellenblatt ${sheet}: ${message}`,
};

const turkish: ImportRowTexts = {
  missingColumn: ({ header }) => `${header} sütunu eksik.`,
  empty: () => 'Hücre boş.',
  looksLikeName: () =>
    'Bu bir isim gibi görünüyor: kimliklerde boşluk olmaz. Lütfen isim değil, kendi kayıtlarınızdaki kodu yazın.',
  notAnId: () =>
    'Kimlik 1–64 karakterden oluşur: A-Z, a-z, 0-9 ve . _ : - (Türkçe harfler olmadan); bir harf veya rakamla başlar.',
  notOneOf: ({ values, labels }) =>
    `Bu değer listede yok. Şunlardan birini yazın: ${listed(values)} veya ${listed(labels)}.`,
  notYesNo: () => 'Lütfen ja veya nein yazın (ya da yes/no, true/false, x veya boş).',
  notADate: () => 'Bu bir tarih değil.',
  dateFormat: () => 'Lütfen tarihi 2025-03-31, 31.03.2025 veya 31.3.25 gibi yazın.',
  notACalendarDate: () => 'Bu tarih takvimde yok.',
  notAStatus: () => 'Lütfen aktive Patenschaft, beendet, abgebrochen, Alumni veya Pre-Match yazın.',
  preMatch: () => 'Pre-Match: henüz bir tandem değil, bu yüzden satır içe aktarılmaz.',
  endMissing: () => 'Hücre boş, ancak Status tandemin sona erdiğini gösteriyor.',
  endBeforeStart: () => 'Bitiş tarihi başlangıçtan önce.',
  occurredOnTooLate: ({ latest }) => `Tarih gelecekte: en geç ${latest} (yarın) olabilir.`,
  unknownTandem: ({ matchId }) =>
    `Tandem ${matchId} ne Tandem'de kayıtlı ne de bu dosyada var. Lütfen kimliği kontrol edin (bir yazım hatası yeni tandem oluşturmamalı).`,
  noColumnFor: ({ header, accepted }) =>
    `${header} için sütun bulunamadı (kabul edilenler: ${listed(accepted)}). Lütfen dosyanızda bu değeri içeren sütunu seçin.`,
  duplicateTandem: ({ matchId, earlierRow }) =>
    `Tandem ${matchId} zaten ${earlierRow}. satırda var: her tandem yalnızca bir satırda yer alır.`,
  schema: schemaMessage,
  inSheet: (sheet, message) => `Sayfa ${sheet}: ${message}`,
};

const arabic: ImportRowTexts = {
  missingColumn: ({ header }) => `العمود ${header} غير موجود.`,
  empty: () => 'الخلية فارغة.',
  looksLikeName: () =>
    'يبدو هذا اسماً: المعرّفات لا تحتوي على مسافات. اكتب الرمز المستخدم في سجلاتكم، لا الاسم.',
  notAnId: () => 'يتكوّن المعرّف من 1 إلى 64 رمزاً من A-Z أو a-z أو 0-9 أو . _ : - ويبدأ بحرف أو رقم.',
  notOneOf: ({ values, labels }) =>
    `هذه القيمة غير مقبولة. اكتب إحدى القيم: ${listed(values)} أو ${listed(labels)}.`,
  notYesNo: () => 'اكتب ja أو nein (أو yes/no أو true/false أو x، أو اترك الخلية فارغة).',
  notADate: () => 'هذا ليس تاريخاً.',
  dateFormat: () => 'اكتب التاريخ بصيغة مثل 2025-03-31 أو 31.03.2025 أو 31.3.25.',
  notACalendarDate: () => 'هذا التاريخ غير موجود في التقويم.',
  notAStatus: () =>
    'اكتب إحدى القيم: aktive Patenschaft أو beendet أو abgebrochen أو Alumni أو Pre-Match.',
  preMatch: () => 'Pre-Match: لم يتكوّن الثنائي بعد، لذلك لا يُستورد هذا الصف.',
  endMissing: () => 'الخلية فارغة، لكن Status يشير إلى أن الثنائي قد انتهى.',
  endBeforeStart: () => 'تاريخ الانتهاء يسبق تاريخ البداية.',
  occurredOnTooLate: ({ latest }) =>
    `التاريخ في المستقبل: يمكن أن يكون ${latest} (غدًا) على أبعد تقدير.`,
  unknownTandem: ({ matchId }) =>
    `الثنائي ${matchId} غير معروف في Tandem وغير موجود في هذا الملف. تحقّق من المعرّف (خطأ في الكتابة لا ينبغي أن ينشئ ثنائياً).`,
  noColumnFor: ({ header, accepted }) =>
    `لم يُعثر على عمود لـ ${header} (المقبول: ${listed(accepted)}). اختر عمود ملفك الذي يحتوي هذه القيمة.`,
  duplicateTandem: ({ matchId, earlierRow }) =>
    `الثنائي ${matchId} موجود من قبل في الصف ${earlierRow}: لكل ثنائي صف واحد فقط.`,
  schema: schemaMessage,
  inSheet: (sheet, message) => `الورقة ${sheet}: ${message}`,
};

const ukrainian: ImportRowTexts = {
  missingColumn: ({ header }) => `Бракує стовпця ${header}.`,
  empty: () => 'Клітинка порожня.',
  looksLikeName: () =>
    'Схоже на ім’я: в ідентифікаторах немає пробілів. Впишіть код із власних записів, а не ім’я.',
  notAnId: () =>
    'Ідентифікатор має 1–64 символи з A-Z, a-z, 0-9 та . _ : - і починається з літери або цифри.',
  notOneOf: ({ values, labels }) =>
    `Такого значення немає у списку. Можливі: ${listed(values)} або ${listed(labels)}.`,
  notYesNo: () => 'Впишіть ja або nein (також yes/no, true/false, x або залиште порожнім).',
  notADate: () => 'Це не дата.',
  dateFormat: () => 'Впишіть дату у вигляді 2025-03-31, 31.03.2025 або 31.3.25.',
  notACalendarDate: () => 'Такої дати немає в календарі.',
  notAStatus: () => 'Впишіть aktive Patenschaft, beendet, abgebrochen, Alumni або Pre-Match.',
  preMatch: () => 'Pre-Match: це ще не тандем, тому рядок не імпортується.',
  endMissing: () => 'Клітинка порожня, але за Status тандем завершено.',
  endBeforeStart: () => 'Дата завершення раніша за початок.',
  occurredOnTooLate: ({ latest }) => `Дата в майбутньому: не пізніше ніж ${latest} (завтра).`,
  unknownTandem: ({ matchId }) =>
    `Тандема ${matchId} немає ні в Tandem, ні в цьому файлі. Перевірте ідентифікатор (помилка друку не повинна створювати тандем).`,
  noColumnFor: ({ header, accepted }) =>
    `Не знайдено стовпця для ${header} (можливі: ${listed(accepted)}). Виберіть стовпець вашого файлу, що містить це значення.`,
  duplicateTandem: ({ matchId, earlierRow }) =>
    `Тандем ${matchId} уже є в рядку ${earlierRow}: кожен тандем має бути лише в одному рядку.`,
  schema: schemaMessage,
  inSheet: (sheet, message) => `Аркуш ${sheet}: ${message}`,
};

const russian: ImportRowTexts = {
  missingColumn: ({ header }) => `Нет столбца ${header}.`,
  empty: () => 'Ячейка пуста.',
  looksLikeName: () =>
    'Похоже на имя: в идентификаторах нет пробелов. Впишите код из ваших собственных записей, а не имя.',
  notAnId: () =>
    'Идентификатор — это 1–64 символа из A-Z, a-z, 0-9 и . _ : -, первым идёт буква или цифра.',
  notOneOf: ({ values, labels }) =>
    `Такого значения нет в списке. Возможны: ${listed(values)} или ${listed(labels)}.`,
  notYesNo: () => 'Впишите ja или nein (также yes/no, true/false, x или оставьте пустым).',
  notADate: () => 'Это не дата.',
  dateFormat: () => 'Впишите дату в виде 2025-03-31, 31.03.2025 или 31.3.25.',
  notACalendarDate: () => 'Такой даты нет в календаре.',
  notAStatus: () => 'Впишите aktive Patenschaft, beendet, abgebrochen, Alumni или Pre-Match.',
  preMatch: () => 'Pre-Match: это ещё не тандем, поэтому строка не импортируется.',
  endMissing: () => 'Ячейка пуста, но по Status тандем завершён.',
  endBeforeStart: () => 'Дата завершения раньше начала.',
  occurredOnTooLate: ({ latest }) => `Дата в будущем: не позднее ${latest} (завтра).`,
  unknownTandem: ({ matchId }) =>
    `Тандема ${matchId} нет ни в Tandem, ни в этом файле. Проверьте идентификатор (опечатка не должна создавать тандем).`,
  noColumnFor: ({ header, accepted }) =>
    `Не найден столбец для ${header} (возможны: ${listed(accepted)}). Выберите столбец вашего файла, в котором это значение.`,
  duplicateTandem: ({ matchId, earlierRow }) =>
    `Тандем ${matchId} уже есть в строке ${earlierRow}: каждый тандем должен быть только в одной строке.`,
  schema: schemaMessage,
  inSheet: (sheet, message) => `Лист ${sheet}: ${message}`,
};

const persian: ImportRowTexts = {
  missingColumn: ({ header }) => `ستون ${header} وجود ندارد.`,
  empty: () => 'خانه خالی است.',
  looksLikeName: () =>
    'این شبیه یک نام است: شناسه‌ها فاصله ندارند. لطفاً کد سوابق خودتان را بنویسید، نه نام را.',
  notAnId: () =>
    'شناسه ۱ تا ۶۴ نویسه از A-Z، a-z، 0-9 و . _ : - دارد و با یک حرف یا رقم شروع می‌شود.',
  notOneOf: ({ values, labels }) =>
    `این مقدار در فهرست نیست. یکی از این‌ها را بنویسید: ${listed(values)} یا ${listed(labels)}.`,
  notYesNo: () => 'لطفاً ja یا nein بنویسید (یا yes/no، true/false، x، یا خانه را خالی بگذارید).',
  notADate: () => 'این یک تاریخ نیست.',
  dateFormat: () => 'لطفاً تاریخ را مانند 2025-03-31، 31.03.2025 یا 31.3.25 بنویسید.',
  notACalendarDate: () => 'این تاریخ در تقویم وجود ندارد.',
  notAStatus: () =>
    'لطفاً یکی از این‌ها را بنویسید: aktive Patenschaft، beendet، abgebrochen، Alumni یا Pre-Match.',
  preMatch: () => 'Pre-Match: هنوز تاندمی شکل نگرفته است، پس این ردیف وارد نمی‌شود.',
  endMissing: () => 'خانه خالی است، اما طبق Status تاندم پایان یافته است.',
  endBeforeStart: () => 'تاریخ پایان پیش از تاریخ شروع است.',
  occurredOnTooLate: ({ latest }) => `تاریخ در آینده است: حداکثر ${latest} (فردا) ممکن است.`,
  unknownTandem: ({ matchId }) =>
    `تاندم ${matchId} نه در Tandem ثبت شده و نه در این فایل هست. لطفاً شناسه را بررسی کنید (یک اشتباه تایپی نباید تاندم بسازد).`,
  noColumnFor: ({ header, accepted }) =>
    `ستونی برای ${header} پیدا نشد (قابل قبول: ${listed(accepted)}). ستونی از فایل خود را که این مقدار را دارد انتخاب کنید.`,
  duplicateTandem: ({ matchId, earlierRow }) =>
    `تاندم ${matchId} پیش‌تر در ردیف ${earlierRow} آمده است: هر تاندم فقط در یک ردیف می‌آید.`,
  schema: schemaMessage,
  inSheet: (sheet, message) => `برگه ${sheet}: ${message}`,
};

export const importRowTexts: Record<Language, ImportRowTexts> = {
  de: german,
  en: english,
  tr: turkish,
  ar: arabic,
  uk: ukrainian,
  ru: russian,
  fa: persian,
};

/** A row problem in words of `language`. */
export function rowProblemText(language: Language, problem: RowProblem): string {
  // A switch would repeat every code; the table's type already pairs each code with its text.
  const text = importRowTexts[language][problem.code] as (problem: RowProblem) => string;
  return text(problem);
}
