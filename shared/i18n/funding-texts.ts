import type { fundingSourceKinds } from '../schemas/webhook-vocabulary';
import type { Language } from './languages';

/**
 * The words of the coordinator's funding page (`/app/funding`, SPEC §9), one table per
 * language; apart from the reports pages' words, which its function does not serve.
 * Placeholders: {period}.
 */
export interface FundingTexts {
  readonly fundingTitle: string;
  readonly fundingIntro: string;
  readonly period: string;
  readonly sources: Record<(typeof fundingSourceKinds)[number], string>;
  readonly amountHint: string;
  readonly volunteerCount: string;
  readonly paidStaffHours: string;
  readonly countHint: string;
  readonly reportFunding: string;
  readonly lastReported: string;
  readonly notReported: string;
  readonly fundingSaved: string;
  readonly amountError: string;
  readonly countError: string;
}

const de: FundingTexts = {
  fundingTitle: 'Finanzierung melden',
  fundingIntro:
    'Melden Sie für jeden Förderzeitraum, wie Ihr Träger finanziert ist. Es zählt die letzte Meldung eines Zeitraums; die Förderin sieht nur anonymisierte Zahlen über alle Träger. Lassen Sie eine Quelle leer, wenn Sie aus ihr nichts bekommen haben.',
  period: 'Zeitraum {period}',
  sources: {
    federal_programme: 'Bundesprogramm',
    state: 'Land',
    municipal: 'Kommune',
    foundation: 'Stiftungen',
    donations: 'Spenden',
    own_funds: 'Eigenmittel',
    other_third_party: 'Andere Drittmittel',
  },
  amountHint: 'Euro im Zeitraum, z. B. 12000,50',
  volunteerCount: 'Aktive Ehrenamtliche',
  paidStaffHours: 'Bezahlte Arbeitsstunden im Zeitraum',
  countHint: 'Eine ganze Zahl, leer lassen, wenn unbekannt',
  reportFunding: 'Finanzierung melden',
  lastReported: 'Vorausgefüllt mit Ihrer letzten Meldung.',
  notReported: 'Noch nicht gemeldet.',
  fundingSaved: 'Ihre Meldung für den Zeitraum {period} ist gespeichert.',
  amountError:
    'Bitte einen Betrag in Euro mit höchstens zwei Nachkommastellen angeben, z. B. 1200,50.',
  countError: 'Bitte eine ganze Zahl von 0 bis 10.000.000 angeben.',
};

const en: FundingTexts = {
  fundingTitle: 'Report funding',
  fundingIntro:
    "Report how your organisation is funded in each funding period. A period's latest report counts; the funder sees only anonymised figures over all carriers. Leave a source empty if you received nothing from it.",
  period: 'Period {period}',
  sources: {
    federal_programme: 'Federal programme',
    state: 'State',
    municipal: 'Municipality',
    foundation: 'Foundations',
    donations: 'Donations',
    own_funds: 'Own funds',
    other_third_party: 'Other third-party funds',
  },
  amountHint: 'Euros in the period, e.g. 12000.50',
  volunteerCount: 'Active volunteers',
  paidStaffHours: 'Paid staff hours in the period',
  countHint: 'A whole number; leave empty if unknown',
  reportFunding: 'Report funding',
  lastReported: 'Filled in with your last report.',
  notReported: 'Not reported yet.',
  fundingSaved: 'Your report for the period {period} is saved.',
  amountError: 'Enter an amount in euros with at most two decimals, e.g. 1200.50.',
  countError: 'Enter a whole number from 0 to 10,000,000.',
};

const tr: FundingTexts = {
  fundingTitle: 'Finansmanı bildir',
  fundingIntro:
    'Her destek dönemi için kuruluşunuzun nasıl finanse edildiğini bildirin. Bir dönemin son bildirimi geçerlidir; destekçi yalnızca tüm kuruluşlara ait anonim rakamları görür. Hiç gelir almadığınız bir kaynağı boş bırakın.',
  period: 'Dönem {period}',
  sources: {
    federal_programme: 'Federal program',
    state: 'Eyalet',
    municipal: 'Belediye',
    foundation: 'Vakıflar',
    donations: 'Bağışlar',
    own_funds: 'Öz kaynaklar',
    other_third_party: 'Diğer dış kaynaklar',
  },
  amountHint: 'Dönemdeki euro, örn. 12000,50',
  volunteerCount: 'Aktif gönüllüler',
  paidStaffHours: 'Dönemdeki ücretli çalışma saatleri',
  countHint: 'Tam sayı; bilinmiyorsa boş bırakın',
  reportFunding: 'Finansmanı bildir',
  lastReported: 'Son bildiriminizle dolduruldu.',
  notReported: 'Henüz bildirilmedi.',
  fundingSaved: '{period} dönemi için bildiriminiz kaydedildi.',
  amountError: 'Euro cinsinden en fazla iki ondalıklı bir tutar girin, örn. 1200,50.',
  countError: '0 ile 10.000.000 arasında bir tam sayı girin.',
};

const ar: FundingTexts = {
  fundingTitle: 'الإبلاغ عن التمويل',
  fundingIntro:
    'أبلغوا عن كيفية تمويل منظمتكم في كل فترة تمويل. يُعتمد آخر بلاغ للفترة؛ ولا يرى المموّل إلا أرقامًا مجهولة الهوية عن جميع المنظمات. اتركوا المصدر فارغًا إذا لم تحصلوا منه على شيء.',
  period: 'الفترة {period}',
  sources: {
    federal_programme: 'برنامج اتحادي',
    state: 'الولاية',
    municipal: 'البلدية',
    foundation: 'المؤسسات',
    donations: 'التبرعات',
    own_funds: 'الأموال الذاتية',
    other_third_party: 'أموال أخرى من جهات خارجية',
  },
  amountHint: 'باليورو في الفترة، مثلًا 12000.50',
  volunteerCount: 'المتطوعون النشطون',
  paidStaffHours: 'ساعات العمل المدفوعة في الفترة',
  countHint: 'عدد صحيح؛ اتركوه فارغًا إن لم يكن معروفًا',
  reportFunding: 'الإبلاغ عن التمويل',
  lastReported: 'مُعبّأ بآخر بلاغ منكم.',
  notReported: 'لم يُبلَّغ عنه بعد.',
  fundingSaved: 'تم حفظ بلاغكم عن الفترة {period}.',
  amountError: 'أدخلوا مبلغًا باليورو بمنزلتين عشريتين على الأكثر، مثلًا 1200.50.',
  countError: 'أدخلوا عددًا صحيحًا من 0 إلى 10000000.',
};

const uk: FundingTexts = {
  fundingTitle: 'Повідомити про фінансування',
  fundingIntro:
    'Повідомте, як фінансується ваша організація в кожному періоді фінансування. Зараховується останнє повідомлення за період; фондодавець бачить лише анонімізовані дані по всіх організаціях. Залиште джерело порожнім, якщо ви нічого з нього не отримали.',
  period: 'Період {period}',
  sources: {
    federal_programme: 'Федеральна програма',
    state: 'Земля',
    municipal: 'Громада',
    foundation: 'Фонди',
    donations: 'Пожертви',
    own_funds: 'Власні кошти',
    other_third_party: 'Інші сторонні кошти',
  },
  amountHint: 'Євро за період, напр. 12000,50',
  volunteerCount: 'Активні волонтери',
  paidStaffHours: 'Оплачені робочі години за період',
  countHint: 'Ціле число; залиште порожнім, якщо невідомо',
  reportFunding: 'Повідомити про фінансування',
  lastReported: 'Заповнено вашим останнім повідомленням.',
  notReported: 'Ще не повідомлено.',
  fundingSaved: 'Ваше повідомлення за період {period} збережено.',
  amountError: 'Введіть суму в євро, не більше двох знаків після коми, напр. 1200,50.',
  countError: 'Введіть ціле число від 0 до 10 000 000.',
};

const ru: FundingTexts = {
  fundingTitle: 'Сообщить о финансировании',
  fundingIntro:
    'Сообщите, как финансируется ваша организация в каждом периоде финансирования. Учитывается последнее сообщение за период; грантодатель видит только анонимизированные данные по всем организациям. Оставьте источник пустым, если вы ничего из него не получили.',
  period: 'Период {period}',
  sources: {
    federal_programme: 'Федеральная программа',
    state: 'Земля',
    municipal: 'Муниципалитет',
    foundation: 'Фонды',
    donations: 'Пожертвования',
    own_funds: 'Собственные средства',
    other_third_party: 'Другие сторонние средства',
  },
  amountHint: 'Евро за период, напр. 12000,50',
  volunteerCount: 'Активные волонтёры',
  paidStaffHours: 'Оплаченные рабочие часы за период',
  countHint: 'Целое число; оставьте пустым, если неизвестно',
  reportFunding: 'Сообщить о финансировании',
  lastReported: 'Заполнено вашим последним сообщением.',
  notReported: 'Ещё не сообщено.',
  fundingSaved: 'Ваше сообщение за период {period} сохранено.',
  amountError: 'Введите сумму в евро, не более двух знаков после запятой, напр. 1200,50.',
  countError: 'Введите целое число от 0 до 10 000 000.',
};

const fa: FundingTexts = {
  fundingTitle: 'گزارش تأمین مالی',
  fundingIntro:
    'برای هر دوره‌ی حمایت مالی گزارش دهید که سازمان شما چگونه تأمین مالی می‌شود. آخرین گزارش هر دوره ملاک است؛ حامی مالی فقط ارقام ناشناس همه‌ی سازمان‌ها را می‌بیند. اگر از منبعی چیزی دریافت نکرده‌اید، آن را خالی بگذارید.',
  period: 'دوره‌ی {period}',
  sources: {
    federal_programme: 'برنامه‌ی فدرال',
    state: 'ایالت',
    municipal: 'شهرداری',
    foundation: 'بنیادها',
    donations: 'کمک‌های مردمی',
    own_funds: 'منابع خود سازمان',
    other_third_party: 'دیگر منابع بیرونی',
  },
  amountHint: 'یورو در این دوره، مثلاً 12000.50',
  volunteerCount: 'داوطلبان فعال',
  paidStaffHours: 'ساعات کار با دستمزد در این دوره',
  countHint: 'یک عدد صحیح؛ اگر نمی‌دانید خالی بگذارید',
  reportFunding: 'گزارش تأمین مالی',
  lastReported: 'با آخرین گزارش شما پر شده است.',
  notReported: 'هنوز گزارش نشده است.',
  fundingSaved: 'گزارش شما برای دوره‌ی {period} ذخیره شد.',
  amountError: 'مبلغی به یورو با حداکثر دو رقم اعشار وارد کنید، مثلاً 1200.50.',
  countError: 'یک عدد صحیح از 0 تا 10000000 وارد کنید.',
};

export const fundingTexts: Record<Language, FundingTexts> = { de, en, tr, ar, uk, ru, fa };
