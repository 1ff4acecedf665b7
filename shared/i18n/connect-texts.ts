import type { Language } from './languages';

/**
 * The words of the connection page (`/app/connect`, SPEC §9), one table per language.
 * Placeholders: {id} (an API key's id), {time} (when the previous secret ends).
 */
export interface ConnectTexts {
  readonly title: string;
  readonly intro: string;
  readonly carrierId: string;
  readonly webhookUrl: string;
  readonly docsLink: string;
  readonly secretTitle: string;
  readonly secretIntro: string;
  readonly rotateSecret: string;
  readonly newSecret: string;
  readonly previousValidUntil: string;
  readonly keysTitle: string;
  readonly keysIntro: string;
  readonly noKeys: string;
  readonly keyId: string;
  readonly created: string;
  readonly expires: string;
  readonly neverExpires: string;
  readonly createKey: string;
  readonly newKey: string;
  readonly revokeKey: string;
  readonly revoked: string;
  readonly onlyLeadTitle: string;
  readonly onlyLead: string;
}

const de: ConnectTexts = {
  title: 'Anbindung Ihrer Software',
  intro:
    'Für Träger, deren eigene Software Tandem-Meldungen als Webhooks sendet: hier finden Sie, was die Software braucht.',
  carrierId: 'Träger-ID',
  webhookUrl: 'Webhook-Adresse',
  docsLink: 'Dokumentation der Schnittstelle',
  secretTitle: 'Webhook-Secret',
  secretIntro:
    'Ein neues Secret ersetzt das bisherige. Das bisherige gilt noch 24 Stunden, damit Sie Ihre Software umstellen können. Das neue wird nur einmal angezeigt.',
  rotateSecret: 'Neues Secret erzeugen',
  newSecret: 'Ihr neues Webhook-Secret. Kopieren Sie es jetzt: Es wird nicht wieder angezeigt.',
  previousValidUntil: 'Das bisherige Secret gilt bis {time}.',
  keysTitle: 'API-Schlüssel',
  keysIntro:
    'Mit einem API-Schlüssel liest Ihre Software die Tandems Ihres Trägers. Der Schlüssel selbst wird nur beim Erzeugen angezeigt.',
  noKeys: 'Ihr Träger hat keinen API-Schlüssel.',
  keyId: 'Schlüssel',
  created: 'Erzeugt',
  expires: 'Läuft ab',
  neverExpires: 'nie',
  createKey: 'Neuen API-Schlüssel erzeugen',
  newKey: 'Ihr neuer API-Schlüssel. Kopieren Sie ihn jetzt: Er wird nicht wieder angezeigt.',
  revokeKey: 'Schlüssel {id} widerrufen',
  revoked: 'Der Schlüssel {id} ist widerrufen und gilt nicht mehr.',
  onlyLeadTitle: 'Nur für die Leitung',
  onlyLead:
    'Die Anbindung Ihrer Software richtet die Leitung Ihres Trägers ein. Bitten Sie sie, sich mit ihrer Adresse anzumelden.',
};

const en: ConnectTexts = {
  title: 'Connecting your software',
  intro:
    'For carriers whose own software sends Tandem reports as webhooks: here is what the software needs.',
  carrierId: 'Carrier id',
  webhookUrl: 'Webhook address',
  docsLink: 'Documentation of the interface',
  secretTitle: 'Webhook secret',
  secretIntro:
    'A new secret replaces the current one. The current one stays valid for 24 hours, so that you can switch your software over. The new one is shown only once.',
  rotateSecret: 'Issue a new secret',
  newSecret: 'Your new webhook secret. Copy it now: it will not be shown again.',
  previousValidUntil: 'The previous secret is valid until {time}.',
  keysTitle: 'API keys',
  keysIntro:
    "With an API key your software reads your carrier's Tandems. The key itself is shown only when it is created.",
  noKeys: 'Your carrier has no API key.',
  keyId: 'Key',
  created: 'Created',
  expires: 'Expires',
  neverExpires: 'never',
  createKey: 'Create a new API key',
  newKey: 'Your new API key. Copy it now: it will not be shown again.',
  revokeKey: 'Revoke key {id}',
  revoked: 'The key {id} is revoked and no longer valid.',
  onlyLeadTitle: 'For the lead only',
  onlyLead:
    "Your carrier's lead sets up the connection of your software. Please ask them to sign in with their address.",
};

const tr: ConnectTexts = {
  title: 'Yazılımınızın bağlantısı',
  intro:
    'Kendi yazılımı Tandem bildirimlerini webhook olarak gönderen kurumlar için: yazılımın ihtiyaç duyduğu bilgiler burada.',
  carrierId: 'Kurum kimliği',
  webhookUrl: 'Webhook adresi',
  docsLink: 'Arayüz belgeleri',
  secretTitle: 'Webhook gizli anahtarı',
  secretIntro:
    'Yeni bir gizli anahtar mevcut olanın yerini alır. Yazılımınızı geçirebilmeniz için mevcut anahtar 24 saat daha geçerlidir. Yeni anahtar yalnızca bir kez gösterilir.',
  rotateSecret: 'Yeni gizli anahtar oluştur',
  newSecret: 'Yeni webhook gizli anahtarınız. Şimdi kopyalayın: tekrar gösterilmeyecek.',
  previousValidUntil: 'Önceki gizli anahtar {time} tarihine kadar geçerlidir.',
  keysTitle: 'API anahtarları',
  keysIntro:
    'Yazılımınız bir API anahtarıyla kurumunuzun Tandemlerini okur. Anahtarın kendisi yalnızca oluşturulduğunda gösterilir.',
  noKeys: 'Kurumunuzun API anahtarı yok.',
  keyId: 'Anahtar',
  created: 'Oluşturulma',
  expires: 'Geçerlilik sonu',
  neverExpires: 'yok',
  createKey: 'Yeni API anahtarı oluştur',
  newKey: 'Yeni API anahtarınız. Şimdi kopyalayın: tekrar gösterilmeyecek.',
  revokeKey: '{id} anahtarını iptal et',
  revoked: '{id} anahtarı iptal edildi ve artık geçerli değil.',
  onlyLeadTitle: 'Yalnızca yönetim için',
  onlyLead:
    'Yazılımınızın bağlantısını kurumunuzun yönetimi kurar. Lütfen kendi adresiyle giriş yapmasını isteyin.',
};

const ar: ConnectTexts = {
  title: 'ربط برنامجك',
  intro: 'للجهات التي يرسل برنامجها الخاص بلاغات Tandem كـ Webhooks: هنا تجد ما يحتاجه البرنامج.',
  carrierId: 'معرّف الجهة',
  webhookUrl: 'عنوان الـ Webhook',
  docsLink: 'توثيق الواجهة',
  secretTitle: 'المفتاح السري للـ Webhook',
  secretIntro:
    'المفتاح السري الجديد يحل محل الحالي. يبقى الحالي صالحًا 24 ساعة أخرى لتتمكن من تحويل برنامجك. يُعرض الجديد مرة واحدة فقط.',
  rotateSecret: 'إنشاء مفتاح سري جديد',
  newSecret: 'مفتاحك السري الجديد للـ Webhook. انسخه الآن: لن يُعرض مرة أخرى.',
  previousValidUntil: 'يبقى المفتاح السري السابق صالحًا حتى {time}.',
  keysTitle: 'مفاتيح API',
  keysIntro:
    'بمفتاح API يقرأ برنامجك ثنائيات Tandem الخاصة بجهتك. يُعرض المفتاح نفسه عند إنشائه فقط.',
  noKeys: 'ليس لدى جهتك مفتاح API.',
  keyId: 'المفتاح',
  created: 'أُنشئ',
  expires: 'ينتهي',
  neverExpires: 'أبدًا',
  createKey: 'إنشاء مفتاح API جديد',
  newKey: 'مفتاح API الجديد. انسخه الآن: لن يُعرض مرة أخرى.',
  revokeKey: 'إلغاء المفتاح {id}',
  revoked: 'أُلغي المفتاح {id} ولم يعد صالحًا.',
  onlyLeadTitle: 'للإدارة فقط',
  onlyLead: 'تتولى إدارة جهتك ربط برنامجك. يُرجى أن تطلب منها تسجيل الدخول بعنوانها.',
};

const uk: ConnectTexts = {
  title: 'Підключення вашої програми',
  intro:
    'Для організацій, чия власна програма надсилає повідомлення Tandem як вебхуки: тут усе, що потрібно програмі.',
  carrierId: 'Ідентифікатор організації',
  webhookUrl: 'Адреса вебхука',
  docsLink: 'Документація інтерфейсу',
  secretTitle: 'Секрет вебхука',
  secretIntro:
    'Новий секрет замінює поточний. Поточний діє ще 24 години, щоб ви встигли переналаштувати програму. Новий показується лише один раз.',
  rotateSecret: 'Створити новий секрет',
  newSecret: 'Ваш новий секрет вебхука. Скопіюйте його зараз: його більше не буде показано.',
  previousValidUntil: 'Попередній секрет діє до {time}.',
  keysTitle: 'Ключі API',
  keysIntro:
    'З ключем API ваша програма читає тандеми вашої організації. Сам ключ показується лише під час створення.',
  noKeys: 'У вашої організації немає ключа API.',
  keyId: 'Ключ',
  created: 'Створено',
  expires: 'Спливає',
  neverExpires: 'ніколи',
  createKey: 'Створити новий ключ API',
  newKey: 'Ваш новий ключ API. Скопіюйте його зараз: його більше не буде показано.',
  revokeKey: 'Відкликати ключ {id}',
  revoked: 'Ключ {id} відкликано, він більше не діє.',
  onlyLeadTitle: 'Лише для керівництва',
  onlyLead:
    'Підключення вашої програми налаштовує керівництво вашої організації. Попросіть його увійти зі своєю адресою.',
};

const ru: ConnectTexts = {
  title: 'Подключение вашей программы',
  intro:
    'Для организаций, чья собственная программа отправляет сообщения Tandem как вебхуки: здесь всё, что нужно программе.',
  carrierId: 'Идентификатор организации',
  webhookUrl: 'Адрес вебхука',
  docsLink: 'Документация интерфейса',
  secretTitle: 'Секрет вебхука',
  secretIntro:
    'Новый секрет заменяет текущий. Текущий действует ещё 24 часа, чтобы вы успели перенастроить программу. Новый показывается только один раз.',
  rotateSecret: 'Создать новый секрет',
  newSecret: 'Ваш новый секрет вебхука. Скопируйте его сейчас: он больше не будет показан.',
  previousValidUntil: 'Предыдущий секрет действует до {time}.',
  keysTitle: 'Ключи API',
  keysIntro:
    'С ключом API ваша программа читает тандемы вашей организации. Сам ключ показывается только при создании.',
  noKeys: 'У вашей организации нет ключа API.',
  keyId: 'Ключ',
  created: 'Создан',
  expires: 'Истекает',
  neverExpires: 'никогда',
  createKey: 'Создать новый ключ API',
  newKey: 'Ваш новый ключ API. Скопируйте его сейчас: он больше не будет показан.',
  revokeKey: 'Отозвать ключ {id}',
  revoked: 'Ключ {id} отозван и больше не действует.',
  onlyLeadTitle: 'Только для руководства',
  onlyLead:
    'Подключение вашей программы настраивает руководство вашей организации. Попросите его войти со своим адресом.',
};

const fa: ConnectTexts = {
  title: 'اتصال نرم‌افزار شما',
  intro:
    'برای نهادهایی که نرم‌افزار خودشان گزارش‌های Tandem را به صورت Webhook می‌فرستد: آنچه نرم‌افزار لازم دارد اینجاست.',
  carrierId: 'شناسهٔ نهاد',
  webhookUrl: 'نشانی Webhook',
  docsLink: 'مستندات رابط',
  secretTitle: 'کلید محرمانهٔ Webhook',
  secretIntro:
    'کلید محرمانهٔ جدید جای کلید فعلی را می‌گیرد. کلید فعلی ۲۴ ساعت دیگر معتبر می‌ماند تا بتوانید نرم‌افزارتان را تغییر دهید. کلید جدید فقط یک بار نشان داده می‌شود.',
  rotateSecret: 'ساختن کلید محرمانهٔ جدید',
  newSecret: 'کلید محرمانهٔ جدید Webhook شما. همین حالا آن را کپی کنید: دوباره نشان داده نمی‌شود.',
  previousValidUntil: 'کلید محرمانهٔ قبلی تا {time} معتبر است.',
  keysTitle: 'کلیدهای API',
  keysIntro:
    'نرم‌افزار شما با کلید API تاندم‌های نهاد شما را می‌خواند. خود کلید فقط هنگام ساختن نشان داده می‌شود.',
  noKeys: 'نهاد شما کلید API ندارد.',
  keyId: 'کلید',
  created: 'ساخته شده',
  expires: 'انقضا',
  neverExpires: 'هرگز',
  createKey: 'ساختن کلید API جدید',
  newKey: 'کلید API جدید شما. همین حالا آن را کپی کنید: دوباره نشان داده نمی‌شود.',
  revokeKey: 'لغو کلید {id}',
  revoked: 'کلید {id} لغو شد و دیگر معتبر نیست.',
  onlyLeadTitle: 'فقط برای مدیریت',
  onlyLead:
    'اتصال نرم‌افزار شما را مدیریت نهادتان برقرار می‌کند. لطفاً از او بخواهید با نشانی خودش وارد شود.',
};

export const connectTexts: Record<Language, ConnectTexts> = { de, en, tr, ar, uk, ru, fa };
