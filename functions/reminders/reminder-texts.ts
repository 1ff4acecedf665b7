import type { ReminderLevel } from '../../shared/domain/reminders';

/**
 * The reminder digest's wording, per language. Written for coordinators of small volunteer
 * organisations: what is due, since when, what to do — not a scolding. Placeholders:
 * {count}, {carrier}, {days}, {funder}.
 */
export interface ReminderTexts {
  readonly direction: 'ltr' | 'rtl';
  readonly subject: Record<ReminderLevel, string>;
  readonly greeting: string;
  readonly intro: Record<ReminderLevel, string>;
  /** The escalation list when it goes to the coordinator (a carrier without a lead). */
  readonly coordinatorEscalation: string;
  readonly columns: readonly [match: string, dueOn: string, daysOverdue: string];
  readonly action: string;
  readonly thanks: string;
  readonly privacy: string;
}

export const defaultLanguage = 'de';

export const reminderTexts: Record<string, ReminderTexts> = {
  de: {
    direction: 'ltr',
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
    action:
      'Was zu tun ist: Melden Sie sich bei Mentor:in und Mentee und tragen Sie den Kontakt wie gewohnt in Ihr System ein. Tandem übernimmt ihn automatisch, und die Erinnerung erledigt sich.',
    thanks: 'Danke, dass Sie die Tandems begleiten. – {funder}',
    privacy: 'Diese E-Mail enthält nur Kennungen und Daten, keine Namen.',
  },
  en: {
    direction: 'ltr',
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
    action:
      'What to do: get in touch with the mentor and the mentee, then record the contact in your system as usual. Tandem picks it up automatically and the reminder clears.',
    thanks: 'Thank you for supporting the tandems. – {funder}',
    privacy: 'This e-mail contains only ids and dates, no names.',
  },
  tr: {
    direction: 'ltr',
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
    action:
      'Yapılacaklar: Mentor ve mentee ile iletişime geçin, ardından görüşmeyi her zamanki gibi kendi sisteminize kaydedin. Tandem bunu otomatik olarak alır ve hatırlatma kendiliğinden kapanır.',
    thanks: 'Tandemlere verdiğiniz destek için teşekkürler. – {funder}',
    privacy: 'Bu e-posta yalnızca kimlik numaraları ve tarihler içerir, isim içermez.',
  },
  ar: {
    direction: 'rtl',
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
    action:
      'ما المطلوب: تواصل مع المرشد والمستفيد، ثم سجّل اللقاء في نظامك كالمعتاد. يستلمه Tandem تلقائياً وينتهي التذكير.',
    thanks: 'شكراً لمرافقتكم الثنائيات. – {funder}',
    privacy: 'تحتوي هذه الرسالة على أرقام تعريف وتواريخ فقط، دون أسماء.',
  },
  uk: {
    direction: 'ltr',
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
    action:
      'Що робити: зв’яжіться з ментором і менті, а потім, як зазвичай, внесіть контакт у свою систему. Tandem підхопить його автоматично, і нагадування зникне.',
    thanks: 'Дякуємо, що супроводжуєте тандеми. – {funder}',
    privacy: 'Цей лист містить лише ідентифікатори та дати, без імен.',
  },
  ru: {
    direction: 'ltr',
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
    action:
      'Что сделать: свяжитесь с наставником и подопечным, затем, как обычно, внесите контакт в свою систему. Tandem подхватит его автоматически, и напоминание исчезнет.',
    thanks: 'Спасибо, что сопровождаете тандемы. – {funder}',
    privacy: 'Это письмо содержит только идентификаторы и даты, без имён.',
  },
  fa: {
    direction: 'rtl',
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
    action:
      'کار لازم: با منتور و منتی تماس بگیرید و سپس تماس را طبق معمول در سیستم خود ثبت کنید. Tandem آن را خودکار دریافت می‌کند و یادآوری برطرف می‌شود.',
    thanks: 'از همراهی شما با تاندم‌ها سپاسگزاریم. – {funder}',
    privacy: 'این ایمیل فقط شامل شناسه‌ها و تاریخ‌هاست و هیچ نامی در آن نیست.',
  },
};
