import type { Language } from './languages';

/**
 * The words of the programme office's overview and carrier pages (SPEC §12: `/app/office`,
 * `/app/office/carriers…`), one table per language. Placeholders: {period}, {parameter}.
 */
export interface OfficeCarrierTexts {
  readonly overviewTitle: string;
  readonly carriersHeading: string;
  readonly status: { readonly invited: string; readonly active: string; readonly silent: string };
  readonly activeMatches: string;
  /** New matches of the current period against the quota (or the sum of quotas). */
  readonly newAgainstQuota: string;
  readonly currentPeriod: string;
  readonly noCurrentPeriod: string;
  readonly adherence90: string;
  readonly overdueNow: string;
  readonly atRiskNow: string;
  readonly byUmbrella: string;
  readonly umbrella: string;
  readonly withoutUmbrella: string;
  readonly carriersTitle: string;
  readonly name: string;
  readonly municipality: string;
  readonly statusLabel: string;
  readonly daysSinceLastFact: string;
  readonly lastFundingPeriod: string;
  readonly sortLabel: string;
  readonly sorts: {
    readonly silent: string;
    readonly overdue: string;
    readonly risk: string;
    readonly new: string;
    readonly name: string;
  };
  readonly all: string;
  readonly show: string;
  readonly downloadCsv: string;
  readonly noCarriers: string;
  /** A figure that the daily refresh has not computed yet, or a date that never was. */
  readonly none: string;
  readonly newCarrierLink: string;
  readonly badRequestTitle: string;
  /** {parameter}: the query parameter whose value is not one the page knows. */
  readonly badParameter: string;
  readonly figuresHeading: string;
  readonly newMatchesChart: string;
  readonly adherenceChart: string;
  readonly month: string;
  readonly newMatches: string;
  readonly dueContacts: string;
  readonly onTime: string;
  readonly adherence: string;
  readonly noMonths: string;
  readonly fundingHeading: string;
  readonly fundingReported: string;
  readonly fundingNotReported: string;
  readonly contactsHeading: string;
  readonly coordinatorEmail: string;
  readonly leadEmail: string;
  readonly leadHint: string;
  readonly saveContacts: string;
  readonly contactsSaved: string;
  readonly invitationHeading: string;
  readonly invitedNote: string;
  readonly sendInvitation: string;
  readonly invitationSent: string;
  readonly invitationNotNeeded: string;
  readonly carrierCreated: string;
  readonly newCarrierTitle: string;
  readonly newCarrierIntro: string;
  readonly language: string;
  readonly migrantOrganisation: string;
  readonly municipalityHint: string;
  readonly noUmbrella: string;
  /** The empty first choice of a select field. */
  readonly selectPlaceholder: string;
  readonly quota: string;
  readonly quotaHint: string;
  readonly optional: string;
  readonly onboard: string;
  readonly errors: {
    readonly name: string;
    readonly email: string;
    readonly language: string;
    readonly municipality: string;
    readonly umbrella: string;
    readonly quota: string;
  };
}

const de: OfficeCarrierTexts = {
  overviewTitle: 'Programmbüro',
  carriersHeading: 'Träger',
  status: { invited: 'eingeladen', active: 'aktiv', silent: 'still' },
  activeMatches: 'Aktive Tandems',
  newAgainstQuota: 'Neue Tandems / Quote',
  currentPeriod: 'Laufender Zeitraum {period}',
  noCurrentPeriod: 'Noch hat kein Förderzeitraum begonnen.',
  adherence90: 'Begleitung eingehalten (letzte 90 Tage)',
  overdueNow: 'Jetzt überfällig',
  atRiskNow: 'Jetzt gefährdet',
  byUmbrella: 'Nach Dachverband',
  umbrella: 'Dachverband',
  withoutUmbrella: 'Ohne Dachverband',
  carriersTitle: 'Träger',
  name: 'Name',
  municipality: 'Gemeinde (AGS)',
  statusLabel: 'Stand',
  daysSinceLastFact: 'Tage seit der letzten Meldung',
  lastFundingPeriod: 'Finanzierung zuletzt gemeldet für',
  sortLabel: 'Sortieren',
  sorts: {
    silent: 'Am längsten ohne Meldung',
    overdue: 'Die meisten überfälligen',
    risk: 'Die meisten gefährdeten',
    new: 'Die meisten neuen Tandems',
    name: 'Name',
  },
  all: 'Alle',
  show: 'Anzeigen',
  downloadCsv: 'Als CSV herunterladen',
  noCarriers: 'Keine Träger.',
  none: '–',
  newCarrierLink: 'Träger aufnehmen',
  badRequestTitle: 'Ungültige Anfrage',
  badParameter:
    'Der Wert von „{parameter}“ in der Adresse ist keiner, den diese Seite kennt. Bitte wählen Sie ihn in der Liste aus.',
  figuresHeading: 'Zahlen',
  newMatchesChart: 'Neue Tandems je Monat, Zeitraum {period}',
  adherenceChart: 'Begleitung eingehalten je Monat, Zeitraum {period}',
  month: 'Monat',
  newMatches: 'Neue Tandems',
  dueContacts: 'Fällige Kontakte',
  onTime: 'Rechtzeitig',
  adherence: 'Eingehalten',
  noMonths: 'Für diesen Zeitraum liegen noch keine Monatszahlen vor.',
  fundingHeading: 'Erhaltene Finanzierungsmeldungen',
  fundingReported: 'gemeldet',
  fundingNotReported: 'nicht gemeldet',
  contactsHeading: 'Ansprechpersonen',
  coordinatorEmail: 'E-Mail der Koordination',
  leadEmail: 'E-Mail der Leitung',
  leadHint: 'Leer lassen, wenn es keine Leitung gibt.',
  saveContacts: 'Ansprechpersonen speichern',
  contactsSaved:
    'Die Ansprechpersonen sind gespeichert. Eine entfernte Adresse kann sich nicht mehr anmelden.',
  invitationHeading: 'Einladung',
  invitedNote: 'Der Träger hat sich noch nicht angemeldet und noch nichts gemeldet.',
  sendInvitation: 'Einladung erneut senden',
  invitationSent: 'Die Einladung ist an die Koordination gesendet.',
  invitationNotNeeded:
    'Der Träger hat sich bereits angemeldet oder Daten gesendet: Eine Einladung ist nicht mehr nötig. Die Koordination kann sich jederzeit unter /app/sign-in anmelden.',
  carrierCreated:
    'Der Träger ist aufgenommen; die Koordination hat eine Einladung per E-Mail erhalten.',
  newCarrierTitle: 'Träger aufnehmen',
  newCarrierIntro:
    'Die Koordination erhält eine Einladung in der Sprache des Trägers, mit einem Anmeldelink, der 7 Tage gilt. Webhook-Geheimnis und API-Schlüssel findet der Träger selbst auf seiner Verbindungsseite; das Programmbüro sieht sie nie.',
  language: 'Sprache',
  migrantOrganisation: 'Migrantenorganisation',
  municipalityHint: 'Amtlicher Gemeindeschlüssel, 8 Ziffern, z. B. 05315000 (optional)',
  noUmbrella: 'Kein Dachverband',
  selectPlaceholder: 'Bitte wählen',
  quota: 'Quote',
  quotaHint: 'Vereinbarte neue Tandems je Zeitraum, eine ganze Zahl (optional)',
  optional: '(optional)',
  onboard: 'Träger aufnehmen',
  errors: {
    name: 'Bitte einen Namen mit 1 bis 200 Zeichen angeben.',
    email: 'Bitte eine E-Mail-Adresse wie name@beispiel.de angeben.',
    language: 'Bitte eine der Sprachen auswählen.',
    municipality: 'Bitte einen Gemeindeschlüssel aus 8 Ziffern angeben oder das Feld leer lassen.',
    umbrella: 'Bitte einen der Dachverbände auswählen.',
    quota: 'Bitte eine ganze Zahl von 0 bis 1.000.000 angeben oder das Feld leer lassen.',
  },
};

const en: OfficeCarrierTexts = {
  overviewTitle: 'Programme office',
  carriersHeading: 'Carriers',
  status: { invited: 'invited', active: 'active', silent: 'silent' },
  activeMatches: 'Active matches',
  newAgainstQuota: 'New matches / quota',
  currentPeriod: 'Current period {period}',
  noCurrentPeriod: 'No funding period has started yet.',
  adherence90: 'Support adherence (last 90 days)',
  overdueNow: 'Overdue now',
  atRiskNow: 'At risk now',
  byUmbrella: 'By umbrella',
  umbrella: 'Umbrella',
  withoutUmbrella: 'Without umbrella',
  carriersTitle: 'Carriers',
  name: 'Name',
  municipality: 'Municipality (AGS)',
  statusLabel: 'Status',
  daysSinceLastFact: 'Days since the last fact',
  lastFundingPeriod: 'Funding last reported for',
  sortLabel: 'Sort by',
  sorts: {
    silent: 'Longest without a fact',
    overdue: 'Most overdue',
    risk: 'Most at risk',
    new: 'Most new matches',
    name: 'Name',
  },
  all: 'All',
  show: 'Show',
  downloadCsv: 'Download as CSV',
  noCarriers: 'No carriers.',
  none: '–',
  newCarrierLink: 'Onboard a carrier',
  badRequestTitle: 'Invalid request',
  badParameter:
    'The value of “{parameter}” in the address is not one this page knows. Please choose it from the list.',
  figuresHeading: 'Figures',
  newMatchesChart: 'New matches per month, period {period}',
  adherenceChart: 'Support adherence per month, period {period}',
  month: 'Month',
  newMatches: 'New matches',
  dueContacts: 'Contacts due',
  onTime: 'On time',
  adherence: 'Adherence',
  noMonths: 'There are no monthly figures for this period yet.',
  fundingHeading: 'Funding reports received',
  fundingReported: 'reported',
  fundingNotReported: 'not reported',
  contactsHeading: 'Contacts',
  coordinatorEmail: 'Coordinator’s e-mail',
  leadEmail: 'Lead’s e-mail',
  leadHint: 'Leave empty if there is no lead.',
  saveContacts: 'Save contacts',
  contactsSaved: 'The contacts are saved. A removed address can no longer sign in.',
  invitationHeading: 'Invitation',
  invitedNote: 'The carrier has not signed in or sent anything yet.',
  sendInvitation: 'Send the invitation again',
  invitationSent: 'The invitation was sent to the coordinator.',
  invitationNotNeeded:
    'The carrier has already signed in or sent data: no invitation is needed any more. The coordinator can sign in at /app/sign-in at any time.',
  carrierCreated: 'The carrier is onboarded; its coordinator has been sent an invitation.',
  newCarrierTitle: 'Onboard a carrier',
  newCarrierIntro:
    'The coordinator gets an invitation in the carrier’s language with a sign-in link valid for 7 days. The carrier finds its webhook secret and API keys on its own connection page; the programme office never sees them.',
  language: 'Language',
  migrantOrganisation: 'Migrant organisation',
  municipalityHint: 'Official municipality key (AGS), 8 digits, e.g. 05315000 (optional)',
  noUmbrella: 'No umbrella',
  selectPlaceholder: 'Please choose',
  quota: 'Quota',
  quotaHint: 'Agreed new matches per period, a whole number (optional)',
  optional: '(optional)',
  onboard: 'Onboard carrier',
  errors: {
    name: 'Enter a name of 1 to 200 characters.',
    email: 'Enter an e-mail address such as name@example.org.',
    language: 'Choose one of the languages.',
    municipality: 'Enter a municipality key of 8 digits, or leave the field empty.',
    umbrella: 'Choose one of the umbrellas.',
    quota: 'Enter a whole number from 0 to 1,000,000, or leave the field empty.',
  },
};

const tr: OfficeCarrierTexts = {
  overviewTitle: 'Program ofisi',
  carriersHeading: 'Kuruluşlar',
  status: { invited: 'davet edildi', active: 'etkin', silent: 'sessiz' },
  activeMatches: 'Etkin eşleşmeler',
  newAgainstQuota: 'Yeni eşleşmeler / kota',
  currentPeriod: 'Geçerli dönem {period}',
  noCurrentPeriod: 'Henüz hiçbir destek dönemi başlamadı.',
  adherence90: 'Destek uyumu (son 90 gün)',
  overdueNow: 'Şu an gecikmiş',
  atRiskNow: 'Şu an risk altında',
  byUmbrella: 'Çatı kuruluşa göre',
  umbrella: 'Çatı kuruluş',
  withoutUmbrella: 'Çatı kuruluşu olmayan',
  carriersTitle: 'Kuruluşlar',
  name: 'Ad',
  municipality: 'Belediye (AGS)',
  statusLabel: 'Durum',
  daysSinceLastFact: 'Son bildirimden bu yana gün',
  lastFundingPeriod: 'Finansmanın en son bildirildiği dönem',
  sortLabel: 'Sırala',
  sorts: {
    silent: 'En uzun süre bildirimsiz',
    overdue: 'En çok gecikmiş',
    risk: 'En çok risk altında',
    new: 'En çok yeni eşleşme',
    name: 'Ad',
  },
  all: 'Tümü',
  show: 'Göster',
  downloadCsv: 'CSV olarak indir',
  noCarriers: 'Kuruluş yok.',
  none: '–',
  newCarrierLink: 'Kuruluş ekle',
  badRequestTitle: 'Geçersiz istek',
  badParameter:
    'Adresteki “{parameter}” değeri bu sayfanın tanıdığı bir değer değil. Lütfen listeden seçin.',
  figuresHeading: 'Rakamlar',
  newMatchesChart: 'Aylık yeni eşleşmeler, dönem {period}',
  adherenceChart: 'Aylık destek uyumu, dönem {period}',
  month: 'Ay',
  newMatches: 'Yeni eşleşmeler',
  dueContacts: 'Vadesi gelen görüşmeler',
  onTime: 'Zamanında',
  adherence: 'Uyum',
  noMonths: 'Bu dönem için henüz aylık rakam yok.',
  fundingHeading: 'Alınan finansman bildirimleri',
  fundingReported: 'bildirildi',
  fundingNotReported: 'bildirilmedi',
  contactsHeading: 'İrtibat kişileri',
  coordinatorEmail: 'Koordinatörün e-postası',
  leadEmail: 'Yöneticinin e-postası',
  leadHint: 'Yönetici yoksa boş bırakın.',
  saveContacts: 'İrtibat kişilerini kaydet',
  contactsSaved: 'İrtibat kişileri kaydedildi. Kaldırılan bir adres artık giriş yapamaz.',
  invitationHeading: 'Davet',
  invitedNote: 'Kuruluş henüz giriş yapmadı ve hiçbir şey göndermedi.',
  sendInvitation: 'Daveti yeniden gönder',
  invitationSent: 'Davet koordinatöre gönderildi.',
  invitationNotNeeded:
    'Kuruluş zaten giriş yaptı veya veri gönderdi: artık davete gerek yok. Koordinatör istediği zaman /app/sign-in adresinden giriş yapabilir.',
  carrierCreated: 'Kuruluş eklendi; koordinatörüne bir davet gönderildi.',
  newCarrierTitle: 'Kuruluş ekle',
  newCarrierIntro:
    'Koordinatör, kuruluşun dilinde, 7 gün geçerli bir giriş bağlantısı içeren bir davet alır. Webhook sırrını ve API anahtarlarını kuruluş kendi bağlantı sayfasında bulur; program ofisi bunları asla görmez.',
  language: 'Dil',
  migrantOrganisation: 'Göçmen örgütü',
  municipalityHint: 'Resmî belediye anahtarı (AGS), 8 rakam, ör. 05315000 (isteğe bağlı)',
  noUmbrella: 'Çatı kuruluş yok',
  selectPlaceholder: 'Lütfen seçin',
  quota: 'Kota',
  quotaHint: 'Dönem başına kararlaştırılan yeni eşleşme sayısı, tam sayı (isteğe bağlı)',
  optional: '(isteğe bağlı)',
  onboard: 'Kuruluşu ekle',
  errors: {
    name: 'Lütfen 1 ile 200 karakter arasında bir ad girin.',
    email: 'Lütfen ad@ornek.org gibi bir e-posta adresi girin.',
    language: 'Lütfen dillerden birini seçin.',
    municipality: 'Lütfen 8 rakamlı bir belediye anahtarı girin veya alanı boş bırakın.',
    umbrella: 'Lütfen çatı kuruluşlardan birini seçin.',
    quota: 'Lütfen 0 ile 1.000.000 arasında bir tam sayı girin veya alanı boş bırakın.',
  },
};

const ar: OfficeCarrierTexts = {
  overviewTitle: 'مكتب البرنامج',
  carriersHeading: 'الجهات المنفذة',
  status: { invited: 'مدعوة', active: 'نشطة', silent: 'صامتة' },
  activeMatches: 'الثنائيات النشطة',
  newAgainstQuota: 'الثنائيات الجديدة / الحصة',
  currentPeriod: 'الفترة الحالية {period}',
  noCurrentPeriod: 'لم تبدأ أي فترة تمويل بعد.',
  adherence90: 'الالتزام بالمتابعة (آخر 90 يومًا)',
  overdueNow: 'متأخرة الآن',
  atRiskNow: 'معرّضة للخطر الآن',
  byUmbrella: 'حسب المنظمة الأم',
  umbrella: 'المنظمة الأم',
  withoutUmbrella: 'بدون منظمة أم',
  carriersTitle: 'الجهات المنفذة',
  name: 'الاسم',
  municipality: 'البلدية (AGS)',
  statusLabel: 'الحالة',
  daysSinceLastFact: 'أيام منذ آخر بيان',
  lastFundingPeriod: 'آخر فترة أُبلغ فيها عن التمويل',
  sortLabel: 'الترتيب',
  sorts: {
    silent: 'الأطول دون بيان',
    overdue: 'الأكثر تأخرًا',
    risk: 'الأكثر عرضة للخطر',
    new: 'الأكثر ثنائيات جديدة',
    name: 'الاسم',
  },
  all: 'الكل',
  show: 'عرض',
  downloadCsv: 'تنزيل بصيغة CSV',
  noCarriers: 'لا توجد جهات منفذة.',
  none: '–',
  newCarrierLink: 'إضافة جهة منفذة',
  badRequestTitle: 'طلب غير صالح',
  badParameter:
    'قيمة «{parameter}» في العنوان ليست قيمة تعرفها هذه الصفحة. يرجى اختيارها من القائمة.',
  figuresHeading: 'الأرقام',
  newMatchesChart: 'الثنائيات الجديدة شهريًا، الفترة {period}',
  adherenceChart: 'الالتزام بالمتابعة شهريًا، الفترة {period}',
  month: 'الشهر',
  newMatches: 'الثنائيات الجديدة',
  dueContacts: 'اللقاءات المستحقة',
  onTime: 'في موعدها',
  adherence: 'الالتزام',
  noMonths: 'لا توجد أرقام شهرية لهذه الفترة بعد.',
  fundingHeading: 'بلاغات التمويل المستلمة',
  fundingReported: 'تم الإبلاغ',
  fundingNotReported: 'لم يتم الإبلاغ',
  contactsHeading: 'جهات الاتصال',
  coordinatorEmail: 'البريد الإلكتروني للمنسق',
  leadEmail: 'البريد الإلكتروني للإدارة',
  leadHint: 'اتركه فارغًا إذا لم تكن هناك إدارة.',
  saveContacts: 'حفظ جهات الاتصال',
  contactsSaved: 'تم حفظ جهات الاتصال. لم يعد بإمكان العنوان المحذوف تسجيل الدخول.',
  invitationHeading: 'الدعوة',
  invitedNote: 'لم تسجّل الجهة المنفذة الدخول ولم ترسل شيئًا بعد.',
  sendInvitation: 'إرسال الدعوة مرة أخرى',
  invitationSent: 'أُرسلت الدعوة إلى المنسق.',
  invitationNotNeeded:
    'سجّلت الجهة المنفذة الدخول أو أرسلت بيانات بالفعل: لم تعد هناك حاجة إلى دعوة. يمكن للمنسق تسجيل الدخول في أي وقت عبر /app/sign-in.',
  carrierCreated: 'تمت إضافة الجهة المنفذة؛ وأُرسلت دعوة إلى منسقها.',
  newCarrierTitle: 'إضافة جهة منفذة',
  newCarrierIntro:
    'يتلقى المنسق دعوة بلغة الجهة المنفذة مع رابط تسجيل دخول صالح لمدة 7 أيام. تجد الجهة المنفذة سرّ الـWebhook ومفاتيح الـAPI في صفحة الاتصال الخاصة بها؛ ولا يراها مكتب البرنامج أبدًا.',
  language: 'اللغة',
  migrantOrganisation: 'منظمة مهاجرين',
  municipalityHint: 'المفتاح الرسمي للبلدية (AGS)، 8 أرقام، مثل 05315000 (اختياري)',
  noUmbrella: 'بدون منظمة أم',
  selectPlaceholder: 'يرجى الاختيار',
  quota: 'الحصة',
  quotaHint: 'عدد الثنائيات الجديدة المتفق عليه لكل فترة، عدد صحيح (اختياري)',
  optional: '(اختياري)',
  onboard: 'إضافة الجهة المنفذة',
  errors: {
    name: 'يرجى إدخال اسم من 1 إلى 200 حرف.',
    email: 'يرجى إدخال عنوان بريد إلكتروني مثل name@example.org.',
    language: 'يرجى اختيار إحدى اللغات.',
    municipality: 'يرجى إدخال مفتاح بلدية من 8 أرقام أو ترك الحقل فارغًا.',
    umbrella: 'يرجى اختيار إحدى المنظمات الأم.',
    quota: 'يرجى إدخال عدد صحيح من 0 إلى 1000000 أو ترك الحقل فارغًا.',
  },
};

const uk: OfficeCarrierTexts = {
  overviewTitle: 'Офіс програми',
  carriersHeading: 'Організації',
  status: { invited: 'запрошена', active: 'активна', silent: 'мовчить' },
  activeMatches: 'Активні пари',
  newAgainstQuota: 'Нові пари / квота',
  currentPeriod: 'Поточний період {period}',
  noCurrentPeriod: 'Жоден період фінансування ще не почався.',
  adherence90: 'Дотримання супроводу (останні 90 днів)',
  overdueNow: 'Прострочені зараз',
  atRiskNow: 'Під загрозою зараз',
  byUmbrella: 'За головною організацією',
  umbrella: 'Головна організація',
  withoutUmbrella: 'Без головної організації',
  carriersTitle: 'Організації',
  name: 'Назва',
  municipality: 'Громада (AGS)',
  statusLabel: 'Стан',
  daysSinceLastFact: 'Днів від останнього повідомлення',
  lastFundingPeriod: 'Фінансування востаннє повідомлено за',
  sortLabel: 'Сортувати',
  sorts: {
    silent: 'Найдовше без повідомлень',
    overdue: 'Найбільше прострочених',
    risk: 'Найбільше під загрозою',
    new: 'Найбільше нових пар',
    name: 'Назва',
  },
  all: 'Усі',
  show: 'Показати',
  downloadCsv: 'Завантажити як CSV',
  noCarriers: 'Немає організацій.',
  none: '–',
  newCarrierLink: 'Додати організацію',
  badRequestTitle: 'Недійсний запит',
  badParameter:
    'Значення «{parameter}» в адресі не є відомим цій сторінці. Будь ласка, виберіть його зі списку.',
  figuresHeading: 'Показники',
  newMatchesChart: 'Нові пари за місяцями, період {period}',
  adherenceChart: 'Дотримання супроводу за місяцями, період {period}',
  month: 'Місяць',
  newMatches: 'Нові пари',
  dueContacts: 'Належні контакти',
  onTime: 'Вчасно',
  adherence: 'Дотримання',
  noMonths: 'Для цього періоду ще немає місячних показників.',
  fundingHeading: 'Отримані повідомлення про фінансування',
  fundingReported: 'повідомлено',
  fundingNotReported: 'не повідомлено',
  contactsHeading: 'Контактні особи',
  coordinatorEmail: 'Ел. пошта координатора',
  leadEmail: 'Ел. пошта керівника',
  leadHint: 'Залиште порожнім, якщо керівника немає.',
  saveContacts: 'Зберегти контактних осіб',
  contactsSaved: 'Контактних осіб збережено. Вилучена адреса більше не може увійти.',
  invitationHeading: 'Запрошення',
  invitedNote: 'Організація ще не входила і нічого не надсилала.',
  sendInvitation: 'Надіслати запрошення ще раз',
  invitationSent: 'Запрошення надіслано координатору.',
  invitationNotNeeded:
    'Організація вже увійшла або надіслала дані: запрошення більше не потрібне. Координатор може будь-коли увійти на /app/sign-in.',
  carrierCreated: 'Організацію додано; її координатору надіслано запрошення.',
  newCarrierTitle: 'Додати організацію',
  newCarrierIntro:
    'Координатор отримує запрошення мовою організації з посиланням для входу, дійсним 7 днів. Секрет вебхука та ключі API організація знаходить на своїй сторінці підключення; офіс програми їх ніколи не бачить.',
  language: 'Мова',
  migrantOrganisation: 'Організація мігрантів',
  municipalityHint: 'Офіційний ключ громади (AGS), 8 цифр, напр. 05315000 (необов’язково)',
  noUmbrella: 'Без головної організації',
  selectPlaceholder: 'Будь ласка, виберіть',
  quota: 'Квота',
  quotaHint: 'Узгоджена кількість нових пар за період, ціле число (необов’язково)',
  optional: '(необов’язково)',
  onboard: 'Додати організацію',
  errors: {
    name: 'Введіть назву від 1 до 200 символів.',
    email: 'Введіть адресу ел. пошти, напр. name@example.org.',
    language: 'Виберіть одну з мов.',
    municipality: 'Введіть ключ громади з 8 цифр або залиште поле порожнім.',
    umbrella: 'Виберіть одну з головних організацій.',
    quota: 'Введіть ціле число від 0 до 1 000 000 або залиште поле порожнім.',
  },
};

const ru: OfficeCarrierTexts = {
  overviewTitle: 'Офис программы',
  carriersHeading: 'Организации',
  status: { invited: 'приглашена', active: 'активна', silent: 'молчит' },
  activeMatches: 'Активные пары',
  newAgainstQuota: 'Новые пары / квота',
  currentPeriod: 'Текущий период {period}',
  noCurrentPeriod: 'Ни один период финансирования ещё не начался.',
  adherence90: 'Соблюдение сопровождения (последние 90 дней)',
  overdueNow: 'Просрочены сейчас',
  atRiskNow: 'Под угрозой сейчас',
  byUmbrella: 'По головной организации',
  umbrella: 'Головная организация',
  withoutUmbrella: 'Без головной организации',
  carriersTitle: 'Организации',
  name: 'Название',
  municipality: 'Муниципалитет (AGS)',
  statusLabel: 'Состояние',
  daysSinceLastFact: 'Дней с последнего сообщения',
  lastFundingPeriod: 'Финансирование последний раз сообщено за',
  sortLabel: 'Сортировать',
  sorts: {
    silent: 'Дольше всех без сообщений',
    overdue: 'Больше всего просроченных',
    risk: 'Больше всего под угрозой',
    new: 'Больше всего новых пар',
    name: 'Название',
  },
  all: 'Все',
  show: 'Показать',
  downloadCsv: 'Скачать как CSV',
  noCarriers: 'Нет организаций.',
  none: '–',
  newCarrierLink: 'Добавить организацию',
  badRequestTitle: 'Недопустимый запрос',
  badParameter:
    'Значение «{parameter}» в адресе не известно этой странице. Пожалуйста, выберите его из списка.',
  figuresHeading: 'Показатели',
  newMatchesChart: 'Новые пары по месяцам, период {period}',
  adherenceChart: 'Соблюдение сопровождения по месяцам, период {period}',
  month: 'Месяц',
  newMatches: 'Новые пары',
  dueContacts: 'Положенные контакты',
  onTime: 'Вовремя',
  adherence: 'Соблюдение',
  noMonths: 'Для этого периода ещё нет месячных показателей.',
  fundingHeading: 'Полученные сообщения о финансировании',
  fundingReported: 'сообщено',
  fundingNotReported: 'не сообщено',
  contactsHeading: 'Контактные лица',
  coordinatorEmail: 'Эл. почта координатора',
  leadEmail: 'Эл. почта руководителя',
  leadHint: 'Оставьте пустым, если руководителя нет.',
  saveContacts: 'Сохранить контактных лиц',
  contactsSaved: 'Контактные лица сохранены. Удалённый адрес больше не может войти.',
  invitationHeading: 'Приглашение',
  invitedNote: 'Организация ещё не входила и ничего не отправляла.',
  sendInvitation: 'Отправить приглашение ещё раз',
  invitationSent: 'Приглашение отправлено координатору.',
  invitationNotNeeded:
    'Организация уже вошла или отправила данные: приглашение больше не нужно. Координатор может в любое время войти на /app/sign-in.',
  carrierCreated: 'Организация добавлена; её координатору отправлено приглашение.',
  newCarrierTitle: 'Добавить организацию',
  newCarrierIntro:
    'Координатор получает приглашение на языке организации со ссылкой для входа, действительной 7 дней. Секрет вебхука и ключи API организация находит на своей странице подключения; офис программы их никогда не видит.',
  language: 'Язык',
  migrantOrganisation: 'Организация мигрантов',
  municipalityHint: 'Официальный ключ муниципалитета (AGS), 8 цифр, напр. 05315000 (необязательно)',
  noUmbrella: 'Без головной организации',
  selectPlaceholder: 'Пожалуйста, выберите',
  quota: 'Квота',
  quotaHint: 'Согласованное число новых пар за период, целое число (необязательно)',
  optional: '(необязательно)',
  onboard: 'Добавить организацию',
  errors: {
    name: 'Введите название от 1 до 200 символов.',
    email: 'Введите адрес эл. почты, напр. name@example.org.',
    language: 'Выберите один из языков.',
    municipality: 'Введите ключ муниципалитета из 8 цифр или оставьте поле пустым.',
    umbrella: 'Выберите одну из головных организаций.',
    quota: 'Введите целое число от 0 до 1 000 000 или оставьте поле пустым.',
  },
};

const fa: OfficeCarrierTexts = {
  overviewTitle: 'دفتر برنامه',
  carriersHeading: 'سازمان‌های مجری',
  status: { invited: 'دعوت‌شده', active: 'فعال', silent: 'خاموش' },
  activeMatches: 'جفت‌های فعال',
  newAgainstQuota: 'جفت‌های جدید / سهمیه',
  currentPeriod: 'دورهٔ جاری {period}',
  noCurrentPeriod: 'هنوز هیچ دورهٔ تأمین مالی آغاز نشده است.',
  adherence90: 'پایبندی به همراهی (۹۰ روز گذشته)',
  overdueNow: 'اکنون عقب‌افتاده',
  atRiskNow: 'اکنون در خطر',
  byUmbrella: 'بر اساس سازمان مادر',
  umbrella: 'سازمان مادر',
  withoutUmbrella: 'بدون سازمان مادر',
  carriersTitle: 'سازمان‌های مجری',
  name: 'نام',
  municipality: 'شهرداری (AGS)',
  statusLabel: 'وضعیت',
  daysSinceLastFact: 'روز از آخرین گزارش',
  lastFundingPeriod: 'آخرین دوره‌ای که تأمین مالی گزارش شد',
  sortLabel: 'مرتب‌سازی',
  sorts: {
    silent: 'طولانی‌ترین زمان بدون گزارش',
    overdue: 'بیشترین عقب‌افتاده',
    risk: 'بیشترین در خطر',
    new: 'بیشترین جفت جدید',
    name: 'نام',
  },
  all: 'همه',
  show: 'نمایش',
  downloadCsv: 'دریافت به صورت CSV',
  noCarriers: 'هیچ سازمان مجری‌ای نیست.',
  none: '–',
  newCarrierLink: 'افزودن سازمان مجری',
  badRequestTitle: 'درخواست نامعتبر',
  badParameter:
    'مقدار «{parameter}» در نشانی، مقداری نیست که این صفحه بشناسد. لطفاً آن را از فهرست انتخاب کنید.',
  figuresHeading: 'ارقام',
  newMatchesChart: 'جفت‌های جدید در هر ماه، دورهٔ {period}',
  adherenceChart: 'پایبندی به همراهی در هر ماه، دورهٔ {period}',
  month: 'ماه',
  newMatches: 'جفت‌های جدید',
  dueContacts: 'تماس‌های موعددار',
  onTime: 'به‌موقع',
  adherence: 'پایبندی',
  noMonths: 'هنوز برای این دوره رقم ماهانه‌ای وجود ندارد.',
  fundingHeading: 'گزارش‌های تأمین مالی دریافت‌شده',
  fundingReported: 'گزارش شده',
  fundingNotReported: 'گزارش نشده',
  contactsHeading: 'افراد تماس',
  coordinatorEmail: 'ایمیل هماهنگ‌کننده',
  leadEmail: 'ایمیل مدیر',
  leadHint: 'اگر مدیری نیست، خالی بگذارید.',
  saveContacts: 'ذخیرهٔ افراد تماس',
  contactsSaved: 'افراد تماس ذخیره شدند. نشانی حذف‌شده دیگر نمی‌تواند وارد شود.',
  invitationHeading: 'دعوت‌نامه',
  invitedNote: 'سازمان مجری هنوز وارد نشده و چیزی نفرستاده است.',
  sendInvitation: 'ارسال دوبارهٔ دعوت‌نامه',
  invitationSent: 'دعوت‌نامه برای هماهنگ‌کننده فرستاده شد.',
  invitationNotNeeded:
    'سازمان مجری قبلاً وارد شده یا داده فرستاده است: دیگر نیازی به دعوت‌نامه نیست. هماهنگ‌کننده هر زمان می‌تواند از /app/sign-in وارد شود.',
  carrierCreated: 'سازمان مجری افزوده شد؛ برای هماهنگ‌کننده‌اش دعوت‌نامه فرستاده شد.',
  newCarrierTitle: 'افزودن سازمان مجری',
  newCarrierIntro:
    'هماهنگ‌کننده دعوت‌نامه‌ای به زبان سازمان مجری با پیوند ورودی که ۷ روز معتبر است دریافت می‌کند. سازمان مجری رمز Webhook و کلیدهای API را در صفحهٔ اتصال خود می‌یابد؛ دفتر برنامه هرگز آن‌ها را نمی‌بیند.',
  language: 'زبان',
  migrantOrganisation: 'سازمان مهاجران',
  municipalityHint: 'کلید رسمی شهرداری (AGS)، ۸ رقم، مثلاً 05315000 (اختیاری)',
  noUmbrella: 'بدون سازمان مادر',
  selectPlaceholder: 'لطفاً انتخاب کنید',
  quota: 'سهمیه',
  quotaHint: 'تعداد توافق‌شدهٔ جفت‌های جدید در هر دوره، یک عدد صحیح (اختیاری)',
  optional: '(اختیاری)',
  onboard: 'افزودن سازمان مجری',
  errors: {
    name: 'لطفاً نامی بین ۱ تا ۲۰۰ نویسه وارد کنید.',
    email: 'لطفاً نشانی ایمیلی مانند name@example.org وارد کنید.',
    language: 'لطفاً یکی از زبان‌ها را انتخاب کنید.',
    municipality: 'لطفاً کلید شهرداری ۸ رقمی وارد کنید یا فیلد را خالی بگذارید.',
    umbrella: 'لطفاً یکی از سازمان‌های مادر را انتخاب کنید.',
    quota: 'لطفاً عددی صحیح از ۰ تا ۱٬۰۰۰٬۰۰۰ وارد کنید یا فیلد را خالی بگذارید.',
  },
};

export const officeCarrierTexts: Record<Language, OfficeCarrierTexts> = {
  de,
  en,
  tr,
  ar,
  uk,
  ru,
  fa,
};
