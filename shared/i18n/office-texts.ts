import type { Language } from './languages';

/**
 * The programme office's shared words (SPEC §12), one table per language: its navigation,
 * the names of the staff scopes (in the header and on the choice after sign-in) and the
 * invitation e-mail. The areas' own words are in their own tables. Placeholders: {name} (an
 * umbrella), {key} (a region key), {funder}, {carrier}, {days}.
 */
export interface OfficeTexts {
  readonly officeTitle: string;
  readonly navigation: string;
  readonly nav: {
    readonly overview: string;
    readonly carriers: string;
    readonly umbrellas: string;
    readonly staff: string;
    readonly periods: string;
    readonly regions: string;
  };
  readonly scope: { readonly funder: string; readonly umbrella: string; readonly region: string };
  /** The choice page's heading above the staff scopes, beside the carriers. */
  readonly chooseScope: string;
  readonly inviteSubject: string;
  readonly inviteBody: string;
  readonly inviteValid: string;
}

const de: OfficeTexts = {
  officeTitle: 'Programmbüro',
  navigation: 'Programmbüro',
  nav: {
    overview: 'Übersicht',
    carriers: 'Träger',
    umbrellas: 'Dachverbände',
    staff: 'Mitarbeitende',
    periods: 'Förderzeiträume',
    regions: 'Regionen',
  },
  scope: {
    funder: 'Programmbüro (Fördergeber)',
    umbrella: 'Dachverband {name}',
    region: 'Region {key}',
  },
  chooseScope: 'Im Programmbüro:',
  inviteSubject: 'Einladung zu Tandem',
  inviteBody:
    '{funder} lädt {carrier} ein, die Tandems (Patenschaften) mit Tandem zu begleiten. Mit diesem Link melden Sie sich an:',
  inviteValid:
    'Der Link gilt {days} Tage und nur einmal; danach können Sie auf der Anmeldeseite einen neuen anfordern.',
};

const en: OfficeTexts = {
  officeTitle: 'Programme office',
  navigation: 'Programme office',
  nav: {
    overview: 'Overview',
    carriers: 'Carriers',
    umbrellas: 'Umbrellas',
    staff: 'Staff',
    periods: 'Funding periods',
    regions: 'Regions',
  },
  scope: {
    funder: 'Programme office (funder)',
    umbrella: 'Umbrella {name}',
    region: 'Region {key}',
  },
  chooseScope: 'In the programme office:',
  inviteSubject: 'Invitation to Tandem',
  inviteBody:
    '{funder} invites {carrier} to follow its mentoring matches with Tandem. Sign in with this link:',
  inviteValid:
    'The link is valid for {days} days and once only; after that, ask for a new one on the sign-in page.',
};

const tr: OfficeTexts = {
  officeTitle: 'Program ofisi',
  navigation: 'Program ofisi',
  nav: {
    overview: 'Genel bakış',
    carriers: 'Kuruluşlar',
    umbrellas: 'Çatı kuruluşlar',
    staff: 'Çalışanlar',
    periods: 'Destek dönemleri',
    regions: 'Bölgeler',
  },
  scope: {
    funder: 'Program ofisi (destekleyen)',
    umbrella: 'Çatı kuruluş {name}',
    region: 'Bölge {key}',
  },
  chooseScope: 'Program ofisinde:',
  inviteSubject: 'Tandem davetiyesi',
  inviteBody:
    '{funder}, {carrier} kuruluşunu mentorluk eşleşmelerini Tandem ile izlemeye davet ediyor. Bu bağlantıyla giriş yapın:',
  inviteValid:
    'Bağlantı {days} gün ve yalnızca bir kez geçerlidir; sonra giriş sayfasından yenisini isteyebilirsiniz.',
};

const ar: OfficeTexts = {
  officeTitle: 'مكتب البرنامج',
  navigation: 'مكتب البرنامج',
  nav: {
    overview: 'نظرة عامة',
    carriers: 'الجهات',
    umbrellas: 'المنظمات الأم',
    staff: 'الموظفون',
    periods: 'فترات التمويل',
    regions: 'المناطق',
  },
  scope: {
    funder: 'مكتب البرنامج (الجهة الممولة)',
    umbrella: 'المنظمة الأم {name}',
    region: 'المنطقة {key}',
  },
  chooseScope: 'في مكتب البرنامج:',
  inviteSubject: 'دعوة إلى Tandem',
  inviteBody:
    'تدعو {funder} الجهة {carrier} إلى متابعة ثنائيات الإرشاد باستخدام Tandem. سجّل الدخول بهذا الرابط:',
  inviteValid:
    'الرابط صالح لمدة {days} أيام ولمرة واحدة فقط؛ بعد ذلك اطلب رابطًا جديدًا من صفحة تسجيل الدخول.',
};

const uk: OfficeTexts = {
  officeTitle: 'Офіс програми',
  navigation: 'Офіс програми',
  nav: {
    overview: 'Огляд',
    carriers: 'Організації',
    umbrellas: 'Головні організації',
    staff: 'Співробітники',
    periods: 'Періоди фінансування',
    regions: 'Регіони',
  },
  scope: {
    funder: 'Офіс програми (донор)',
    umbrella: 'Головна організація {name}',
    region: 'Регіон {key}',
  },
  chooseScope: 'В офісі програми:',
  inviteSubject: 'Запрошення до Tandem',
  inviteBody:
    '{funder} запрошує {carrier} супроводжувати наставницькі пари за допомогою Tandem. Увійдіть за цим посиланням:',
  inviteValid:
    'Посилання дійсне {days} днів і лише один раз; потім попросіть нове на сторінці входу.',
};

const ru: OfficeTexts = {
  officeTitle: 'Офис программы',
  navigation: 'Офис программы',
  nav: {
    overview: 'Обзор',
    carriers: 'Организации',
    umbrellas: 'Головные организации',
    staff: 'Сотрудники',
    periods: 'Периоды финансирования',
    regions: 'Регионы',
  },
  scope: {
    funder: 'Офис программы (грантодатель)',
    umbrella: 'Головная организация {name}',
    region: 'Регион {key}',
  },
  chooseScope: 'В офисе программы:',
  inviteSubject: 'Приглашение в Tandem',
  inviteBody:
    '{funder} приглашает {carrier} сопровождать наставнические пары с помощью Tandem. Войдите по этой ссылке:',
  inviteValid:
    'Ссылка действительна {days} дней и только один раз; затем запросите новую на странице входа.',
};

const fa: OfficeTexts = {
  officeTitle: 'دفتر برنامه',
  navigation: 'دفتر برنامه',
  nav: {
    overview: 'نمای کلی',
    carriers: 'نهادها',
    umbrellas: 'سازمان‌های مادر',
    staff: 'کارکنان',
    periods: 'دوره‌های تأمین مالی',
    regions: 'مناطق',
  },
  scope: {
    funder: 'دفتر برنامه (تأمین‌کننده مالی)',
    umbrella: 'سازمان مادر {name}',
    region: 'منطقه {key}',
  },
  chooseScope: 'در دفتر برنامه:',
  inviteSubject: 'دعوت به Tandem',
  inviteBody:
    '{funder} نهاد {carrier} را دعوت می‌کند تا زوج‌های راهنمایی را با Tandem پیگیری کند. با این پیوند وارد شوید:',
  inviteValid:
    'این پیوند {days} روز و فقط یک بار معتبر است؛ پس از آن از صفحهٔ ورود پیوند تازه بخواهید.',
};

export const officeTexts: Record<Language, OfficeTexts> = { de, en, tr, ar, uk, ru, fa };
