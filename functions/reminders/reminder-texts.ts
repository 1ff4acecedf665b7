import type { RiskReason } from '../../shared/domain/match-risk';
import type { ReminderLevel } from '../../shared/domain/reminders';

/**
 * The reminder digest's wording, per language. Written for coordinators of small volunteer
 * organisations, whether Tandem is their only tool or their own software reports to it: what
 * is due, since when, what to do — not a scolding. Placeholders: {count}, {carrier}, {days},
 * {funder}, {contactDone} (the link's label, from the web app's texts).
 */
export interface ReminderTexts {
  readonly direction: 'ltr' | 'rtl';
  /** Between the items of a list in running text (the Arabic comma in Arabic and Persian). */
  readonly listSeparator: string;
  readonly subject: Record<ReminderLevel, string>;
  readonly greeting: string;
  readonly intro: Record<ReminderLevel, string>;
  /** The escalation list when it goes to the coordinator (a carrier without a lead). */
  readonly coordinatorEscalation: string;
  readonly columns: readonly [match: string, dueOn: string, daysOverdue: string];
  /** The column of each listed match's at-risk reasons (SPEC §5). */
  readonly riskColumn: string;
  readonly reasons: Record<RiskReason, string>;
  /** After a capped list: how many more are overdue ({count}). */
  readonly more: string;
  /** The link to the carrier's list of overdue matches in the web app. */
  readonly listLink: string;
  readonly action: string;
  readonly thanks: string;
  readonly privacy: string;
}

export const defaultLanguage = 'de';

export const reminderTexts: Record<string, ReminderTexts> = {
  de: {
    direction: 'ltr',
    listSeparator: ', ',
    subject: {
      1: 'Begleitkontakt fällig – Tandems: {count}',
      2: 'Weiterhin kein Begleitkontakt – Tandems: {count}',
    },
    greeting: 'Guten Tag,',
    intro: {
      1: 'bei diesen Tandems von {carrier} ist ein Begleitkontakt fällig:',
      2: 'bei diesen Tandems von {carrier} ist der Begleitkontakt seit {days} Tagen oder länger überfällig. Sie erhalten diese Nachricht als Leitung, damit Sie mit dem Team schauen können, ob es Unterstützung braucht:',
    },
    coordinatorEscalation:
      'bei diesen Tandems von {carrier} ist der Begleitkontakt seit {days} Tagen oder länger überfällig:',
    columns: ['Tandem', 'Kontakt fällig am', 'Tage überfällig'],
    riskColumn: 'Gefährdet, weil',
    reasons: {
      overdue: 'Kontakt lange überfällig',
      concern: 'Sorge gemeldet (letzte 60 Tage)',
      mentee_not_reached: 'Mentee seit 60 Tagen nicht erreicht',
    },
    more: '… und {count} weitere.',
    listLink: 'Alle überfälligen Tandems in Ihrer Liste in Tandem',
    action:
      'Was zu tun ist: Melden Sie sich bei Mentor:in und Mentee. Danach genügt ein Klick auf „{contactDone}“ beim Tandem (ohne Anmeldung), oder Sie tragen den Kontakt in der Tandem-Web-App ein. Wenn eine eigene Software Ihrer Organisation die Kontakte an Tandem meldet, genügt der Eintrag dort. Die Erinnerung erledigt sich dann von selbst.',
    thanks: 'Danke, dass Sie die Tandems begleiten. – {funder}',
    privacy: 'Diese E-Mail enthält nur Kennungen und Daten, keine Namen.',
  },
  en: {
    direction: 'ltr',
    listSeparator: ', ',
    subject: {
      1: 'Support contact due – tandems: {count}',
      2: 'Still no support contact – tandems: {count}',
    },
    greeting: 'Hello,',
    intro: {
      1: 'a support contact is due for these tandems of {carrier}:',
      2: 'for these tandems of {carrier}, the support contact has been overdue for {days} days or more. You receive this as the lead, so that you and your team can see whether support is needed:',
    },
    coordinatorEscalation:
      'for these tandems of {carrier}, the support contact has been overdue for {days} days or more:',
    columns: ['Tandem', 'Contact due on', 'Days overdue'],
    riskColumn: 'At risk because',
    reasons: {
      overdue: 'contact long overdue',
      concern: 'concern reported (last 60 days)',
      mentee_not_reached: 'mentee not reached in 60 days',
    },
    more: '… and {count} more.',
    listLink: 'All overdue tandems in your list in Tandem',
    action:
      'What to do: get in touch with the mentor and the mentee. Then one click on "{contactDone}" next to the tandem records it (no sign-in needed), or record the contact in the Tandem web app. If your organisation’s own software reports its contacts to Tandem, recording it there is enough. The reminder then clears by itself.',
    thanks: 'Thank you for supporting the tandems. – {funder}',
    privacy: 'This e-mail contains only ids and dates, no names.',
  },
  tr: {
    direction: 'ltr',
    listSeparator: ', ',
    subject: {
      1: 'Destek görüşmesi zamanı – tandem sayısı: {count}',
      2: 'Destek görüşmesi hâlâ yapılmadı – tandem sayısı: {count}',
    },
    greeting: 'Merhaba,',
    intro: {
      1: '{carrier} kurumunun şu tandemleri için bir destek görüşmesi zamanı geldi:',
      2: '{carrier} kurumunun şu tandemleri için destek görüşmesi {days} gün veya daha uzun süredir gecikmiş durumda. Bu mesajı yönetici olarak alıyorsunuz; ekibinizle birlikte desteğe ihtiyaç olup olmadığına bakabilirsiniz:',
    },
    coordinatorEscalation:
      '{carrier} kurumunun şu tandemleri için destek görüşmesi {days} gün veya daha uzun süredir gecikmiş durumda:',
    columns: ['Tandem', 'Görüşme tarihi', 'Gecikme (gün)'],
    riskColumn: 'Risk nedeni',
    reasons: {
      overdue: 'görüşme uzun süredir gecikmiş',
      concern: 'endişe bildirildi (son 60 gün)',
      mentee_not_reached: 'mentee’ye 60 gündür ulaşılamadı',
    },
    more: '… ve {count} tandem daha.',
    listLink: 'Geciken tüm tandemler Tandem’deki listenizde',
    action:
      'Yapılacaklar: Mentor ve mentee ile iletişime geçin. Ardından tandemin yanındaki "{contactDone}" bağlantısına bir tıklama yeterli (giriş gerekmez) ya da görüşmeyi Tandem web uygulamasına kaydedin. Kurumunuzun kendi yazılımı görüşmeleri Tandem’e iletiyorsa, oraya kaydetmeniz yeterlidir. Hatırlatma ardından kendiliğinden kapanır.',
    thanks: 'Tandemlere verdiğiniz destek için teşekkürler. – {funder}',
    privacy: 'Bu e-posta yalnızca kimlik numaraları ve tarihler içerir, isim içermez.',
  },
  ar: {
    direction: 'rtl',
    listSeparator: '، ',
    subject: {
      1: 'حان موعد لقاء المتابعة – عدد الثنائيات: {count}',
      2: 'لم يتم لقاء المتابعة بعد – عدد الثنائيات: {count}',
    },
    greeting: 'مرحباً،',
    intro: {
      1: 'حان موعد لقاء متابعة للثنائيات التالية لدى {carrier}:',
      2: 'تأخر لقاء المتابعة للثنائيات التالية لدى {carrier} مدة {days} يوماً أو أكثر. تصلك هذه الرسالة بصفتك مسؤولاً، لتتمكن مع فريقك من معرفة ما إذا كانت هناك حاجة إلى دعم:',
    },
    coordinatorEscalation:
      'تأخر لقاء المتابعة للثنائيات التالية لدى {carrier} مدة {days} يوماً أو أكثر:',
    columns: ['الثنائي', 'موعد اللقاء', 'أيام التأخير'],
    riskColumn: 'سبب الخطر',
    reasons: {
      overdue: 'تأخر اللقاء كثيراً',
      concern: 'أُبلغ عن قلق (آخر 60 يوماً)',
      mentee_not_reached: 'لم يتم التواصل مع المستفيد منذ 60 يوماً',
    },
    more: '… و{count} ثنائيات أخرى.',
    listLink: 'جميع الثنائيات المتأخرة في قائمتك على Tandem',
    action:
      'ما المطلوب: تواصل مع المرشد والمستفيد. بعد ذلك تكفي نقرة على «{contactDone}» بجانب الثنائي (دون تسجيل دخول)، أو سجّل اللقاء في تطبيق Tandem على الويب. إذا كان برنامج مؤسستك الخاص يرسل اللقاءات إلى Tandem، فيكفي تسجيله هناك. ينتهي التذكير بعد ذلك تلقائياً.',
    thanks: 'شكراً لمرافقتكم الثنائيات. – {funder}',
    privacy: 'تحتوي هذه الرسالة على أرقام تعريف وتواريخ فقط، دون أسماء.',
  },
  uk: {
    direction: 'ltr',
    listSeparator: ', ',
    subject: {
      1: 'Час для супровідного контакту – тандемів: {count}',
      2: 'Супровідного контакту досі немає – тандемів: {count}',
    },
    greeting: 'Добрий день,',
    intro: {
      1: 'для цих тандемів організації {carrier} настав час супровідного контакту:',
      2: 'для цих тандемів організації {carrier} супровідний контакт прострочено на {days} днів або більше. Ви отримуєте цей лист як керівництво, щоб разом із командою з’ясувати, чи потрібна підтримка:',
    },
    coordinatorEscalation:
      'для цих тандемів організації {carrier} супровідний контакт прострочено на {days} днів або більше:',
    columns: ['Тандем', 'Контакт до', 'Днів прострочено'],
    riskColumn: 'Під загрозою, бо',
    reasons: {
      overdue: 'контакт давно прострочено',
      concern: 'повідомлено про занепокоєння (останні 60 днів)',
      mentee_not_reached: 'з менті не було контакту 60 днів',
    },
    more: '… і ще {count}.',
    listLink: 'Усі прострочені тандеми — у вашому списку в Tandem',
    action:
      'Що робити: зв’яжіться з ментором і менті. Потім достатньо одного натискання «{contactDone}» біля тандему (без входу), або внесіть контакт у вебзастосунок Tandem. Якщо власна програма вашої організації передає контакти в Tandem, достатньо внести його там. Після цього нагадування зникне само.',
    thanks: 'Дякуємо, що супроводжуєте тандеми. – {funder}',
    privacy: 'Цей лист містить лише ідентифікатори та дати, без імен.',
  },
  ru: {
    direction: 'ltr',
    listSeparator: ', ',
    subject: {
      1: 'Пора провести сопровождающий контакт – тандемов: {count}',
      2: 'Сопровождающего контакта всё ещё нет – тандемов: {count}',
    },
    greeting: 'Здравствуйте,',
    intro: {
      1: 'для этих тандемов организации {carrier} пора провести сопровождающий контакт:',
      2: 'для этих тандемов организации {carrier} сопровождающий контакт просрочен на {days} дней или больше. Вы получаете это письмо как руководство, чтобы вместе с командой понять, нужна ли поддержка:',
    },
    coordinatorEscalation:
      'для этих тандемов организации {carrier} сопровождающий контакт просрочен на {days} дней или больше:',
    columns: ['Тандем', 'Контакт до', 'Дней просрочено'],
    riskColumn: 'Под угрозой, так как',
    reasons: {
      overdue: 'контакт давно просрочен',
      concern: 'сообщено о тревоге (последние 60 дней)',
      mentee_not_reached: 'с подопечным не было контакта 60 дней',
    },
    more: '… и ещё {count}.',
    listLink: 'Все просроченные тандемы — в вашем списке в Tandem',
    action:
      'Что сделать: свяжитесь с наставником и подопечным. Затем достаточно одного нажатия «{contactDone}» рядом с тандемом (без входа), или внесите контакт в веб-приложение Tandem. Если собственная программа вашей организации передаёт контакты в Tandem, достаточно внести его там. После этого напоминание исчезнет само.',
    thanks: 'Спасибо, что сопровождаете тандемы. – {funder}',
    privacy: 'Это письмо содержит только идентификаторы и даты, без имён.',
  },
  fa: {
    direction: 'rtl',
    listSeparator: '، ',
    subject: {
      1: 'زمان تماس پیگیری فرا رسیده است – تعداد تاندم‌ها: {count}',
      2: 'هنوز تماس پیگیری انجام نشده است – تعداد تاندم‌ها: {count}',
    },
    greeting: 'سلام،',
    intro: {
      1: 'برای این تاندم‌های {carrier} زمان تماس پیگیری فرا رسیده است:',
      2: 'تماس پیگیری برای این تاندم‌های {carrier} دست‌کم {days} روز عقب افتاده است. این پیام را به‌عنوان مدیر دریافت می‌کنید تا همراه با تیم ببینید آیا به پشتیبانی نیاز است:',
    },
    coordinatorEscalation:
      'تماس پیگیری برای این تاندم‌های {carrier} دست‌کم {days} روز عقب افتاده است:',
    columns: ['تاندم', 'موعد تماس', 'روزهای تأخیر'],
    riskColumn: 'در معرض خطر، چون',
    reasons: {
      overdue: 'تماس مدت‌هاست عقب افتاده',
      concern: 'نگرانی گزارش شده (60 روز اخیر)',
      mentee_not_reached: '60 روز با منتی تماسی نبوده',
    },
    more: '… و {count} تاندم دیگر.',
    listLink: 'همه تاندم‌های عقب‌افتاده در فهرست شما در Tandem',
    action:
      'کار لازم: با منتور و منتی تماس بگیرید. سپس یک کلیک روی «{contactDone}» کنار تاندم کافی است (بدون ورود)، یا تماس را در برنامه وب Tandem ثبت کنید. اگر نرم‌افزار خود سازمان شما تماس‌ها را به Tandem گزارش می‌دهد، ثبت آن در همان‌جا کافی است. یادآوری سپس خودبه‌خود برطرف می‌شود.',
    thanks: 'از همراهی شما با تاندم‌ها سپاسگزاریم. – {funder}',
    privacy: 'این ایمیل فقط شامل شناسه‌ها و تاریخ‌هاست و هیچ نامی در آن نیست.',
  },
};
