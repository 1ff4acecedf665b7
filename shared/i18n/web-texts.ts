import type { Language } from './languages';

/**
 * The web app's words (SPEC §9), one table per language. The sign-in e-mail and the
 * reminder digest's "contact done" link use the same entries. Placeholders: {id}, {carrier},
 * {minutes}.
 */
export interface WebTexts {
  readonly language: string;
  readonly skip: string;
  readonly signInTitle: string;
  readonly signInIntro: string;
  readonly email: string;
  readonly sendLink: string;
  readonly linkSentTitle: string;
  readonly linkSent: string;
  readonly signInMailSubject: string;
  readonly signInMailBody: string;
  readonly signInMailIgnore: string;
  readonly confirmTitle: string;
  readonly confirmIntro: string;
  readonly confirmButton: string;
  readonly linkInvalidTitle: string;
  readonly linkInvalid: string;
  readonly requestNewLink: string;
  readonly chooseCarrierTitle: string;
  readonly chooseCarrier: string;
  readonly signOut: string;
  readonly matchesTitle: string;
  readonly newMatch: string;
  readonly filters: string;
  readonly filterAll: string;
  readonly filterOverdue: string;
  readonly columns: {
    readonly matchId: string;
    readonly status: string;
    readonly startedOn: string;
    readonly lastContact: string;
    readonly nextDue: string;
    readonly overdueDays: string;
  };
  readonly status: { readonly active: string; readonly pending: string; readonly ended: string };
  readonly noMatches: string;
  readonly matchTitle: string;
  readonly checkIns: string;
  readonly noCheckIns: string;
  readonly recordCheckIn: string;
  readonly occurredOn: string;
  readonly with: string;
  readonly withValues: { readonly mentor: string; readonly mentee: string; readonly both: string };
  readonly channel: string;
  readonly channelValues: {
    readonly in_person: string;
    readonly phone: string;
    readonly video: string;
    readonly message: string;
    readonly other: string;
  };
  readonly concern: string;
  readonly save: string;
  readonly endMatch: string;
  readonly endedOn: string;
  readonly reason: string;
  readonly reasons: {
    readonly goal_reached: string;
    readonly planned_end: string;
    readonly mentor_withdrew: string;
    readonly mentee_withdrew: string;
    readonly moved_away: string;
    readonly mismatch: string;
    readonly safeguarding: string;
    readonly other: string;
  };
  readonly newMatchTitle: string;
  readonly matchIdOptional: string;
  readonly matchIdHint: string;
  readonly mentorId: string;
  readonly menteeId: string;
  readonly participantHint: string;
  readonly startedOn: string;
  readonly programme: string;
  readonly programmes: {
    readonly leisure_culture: string;
    readonly education_work: string;
    readonly reading_language: string;
    readonly everyday_housing: string;
    readonly opportunity: string;
    readonly other: string;
  };
  readonly group: string;
  readonly dateHint: string;
  readonly choose: string;
  readonly errors: {
    readonly summary: string;
    readonly date: string;
    readonly id: string;
    readonly choice: string;
    readonly email: string;
    /** A contact date after tomorrow (SPEC §2). */
    readonly occurredOnTooLate: string;
  };
  readonly saved: string;
  readonly contactDone: string;
  readonly contactDoneIntro: string;
  readonly contactDoneButton: string;
  readonly contactRecorded: string;
  readonly contactAlreadyRecorded: string;
  readonly notFound: string;
  /** A page could not be served (the table failed); 503. */
  readonly unavailable: string;
  /** The link on that page back to the page that failed. */
  readonly tryAgain: string;
  readonly backToList: string;
  /** The signed-in pages' links (list, new match, import). */
  readonly navigation: string;
  readonly importLink: string;
  readonly reportsLink: string;
  readonly fundingLink: string;
  /** The connection page's link (its own words: connect-texts.ts), for the lead. */
  readonly connectLink: string;
  /** Before the signed-in address, after the carrier's name. */
  readonly signedInAs: string;
  readonly filterRisk: string;
  readonly filterConcern: string;
  /** A check-in with a concern in the last 60 days (SPEC §9). */
  readonly recentConcern: string;
  readonly yes: string;
  readonly no: string;
  /** At risk of ending early (SPEC §5): the heading of its reasons. */
  readonly atRisk: string;
  readonly noRisk: string;
  /** Between the items of a list in running text (the Arabic comma in Arabic and Persian). */
  readonly listSeparator: string;
  readonly riskReasons: {
    readonly overdue: string;
    readonly concern: string;
    readonly mentee_not_reached: string;
  };
  /** One plain sentence per reason; {days} is the funder's `escalateAfterDays`. */
  readonly riskExplanations: {
    readonly overdue: string;
    readonly concern: string;
    readonly mentee_not_reached: string;
  };
  readonly noRiskExplained: string;
  readonly riskNote: string;
  /** A match just submitted, not yet stored (SPEC §9). */
  readonly beingSavedTitle: string;
  readonly beingSaved: string;
  readonly reload: string;
  /** The list's link to its next page. */
  readonly nextPage: string;
  readonly privacy: string;
}

const de: WebTexts = {
  language: 'Sprache',
  skip: 'Zum Inhalt springen',
  signInTitle: 'Anmelden',
  signInIntro:
    'Geben Sie die E-Mail-Adresse ein, unter der Sie als Koordination oder Leitung eines Trägers eingetragen sind. Sie bekommen einen Link zum Anmelden, ohne Passwort.',
  email: 'E-Mail-Adresse',
  sendLink: 'Anmelde-Link senden',
  linkSentTitle: 'Bitte sehen Sie in Ihr Postfach',
  linkSent:
    'Wenn die Adresse zu einem Träger gehört, ist ein Anmelde-Link unterwegs. Er gilt {minutes} Minuten und nur einmal.',
  signInMailSubject: 'Ihr Anmelde-Link für Tandem',
  signInMailBody:
    'Mit diesem Link melden Sie sich bei Tandem an. Er gilt {minutes} Minuten und nur einmal:',
  signInMailIgnore: 'Wenn Sie keinen Link angefordert haben, können Sie diese E-Mail ignorieren.',
  confirmTitle: 'Anmeldung bestätigen',
  confirmIntro: 'Um sich anzumelden, klicken Sie auf die Schaltfläche.',
  confirmButton: 'Jetzt anmelden',
  linkInvalidTitle: 'Dieser Link gilt nicht mehr',
  linkInvalid: 'Der Link ist abgelaufen, wurde schon benutzt oder ist unbekannt.',
  requestNewLink: 'Neuen Anmelde-Link anfordern',
  chooseCarrierTitle: 'Träger wählen',
  chooseCarrier: 'Ihre Adresse gehört zu mehreren Trägern. Mit welchem möchten Sie arbeiten?',
  signOut: 'Abmelden',
  matchesTitle: 'Tandems',
  newMatch: 'Neues Tandem eintragen',
  filters: 'Filter',
  filterAll: 'Alle',
  filterOverdue: 'Überfällig',
  columns: {
    matchId: 'Tandem',
    status: 'Status',
    startedOn: 'Beginn',
    lastContact: 'Letzter Kontakt',
    nextDue: 'Kontakt fällig am',
    overdueDays: 'Tage überfällig',
  },
  status: { active: 'aktiv', pending: 'unvollständig', ended: 'beendet' },
  noMatches: 'Keine Tandems gefunden.',
  matchTitle: 'Tandem {id}',
  checkIns: 'Begleitkontakte',
  noCheckIns: 'Noch keine Begleitkontakte.',
  recordCheckIn: 'Begleitkontakt eintragen',
  occurredOn: 'Datum des Kontakts',
  with: 'Kontakt mit',
  withValues: { mentor: 'Mentor:in', mentee: 'Mentee', both: 'beiden' },
  channel: 'Art des Kontakts',
  channelValues: {
    in_person: 'persönlich',
    phone: 'Telefon',
    video: 'Video',
    message: 'Nachricht',
    other: 'anders',
  },
  concern: 'Es gibt ein Anliegen, um das wir uns kümmern',
  save: 'Speichern',
  endMatch: 'Tandem beenden',
  endedOn: 'Enddatum',
  reason: 'Grund',
  reasons: {
    goal_reached: 'Ziel erreicht',
    planned_end: 'geplantes Ende',
    mentor_withdrew: 'Mentor:in hat sich zurückgezogen',
    mentee_withdrew: 'Mentee hat sich zurückgezogen',
    moved_away: 'weggezogen',
    mismatch: 'hat nicht gepasst',
    safeguarding: 'Schutzgründe',
    other: 'anderer Grund',
  },
  newMatchTitle: 'Neues Tandem',
  matchIdOptional: 'Tandem-Kennung (freiwillig)',
  matchIdHint: 'Leer lassen, dann vergibt Tandem eine Kennung.',
  mentorId: 'Kennung Mentor:in',
  menteeId: 'Kennung Mentee',
  participantHint:
    'Ihre eigene Kennung aus Ihren Unterlagen, z. B. P-17. Bitte keine Namen eintragen.',
  startedOn: 'Beginn',
  programme: 'Programm',
  programmes: {
    leisure_culture: 'Freizeit und Kultur',
    education_work: 'Bildung und Arbeit',
    reading_language: 'Lesen und Sprache',
    everyday_housing: 'Alltag und Wohnen',
    opportunity: 'Chancen',
    other: 'anderes',
  },
  group: 'Gruppen-Tandem',
  dateHint: 'Format JJJJ-MM-TT',
  choose: 'Weiter',
  errors: {
    summary: 'Bitte korrigieren Sie die markierten Felder.',
    date: 'Bitte ein Datum im Format JJJJ-MM-TT eingeben.',
    id: 'Bitte 1 bis 64 Zeichen aus Buchstaben, Ziffern und . _ : - eingeben, keine Namen.',
    choice: 'Bitte eine Möglichkeit wählen.',
    email: 'Bitte eine gültige E-Mail-Adresse eingeben.',
    occurredOnTooLate: 'Das Datum darf höchstens morgen sein.',
  },
  saved: 'Gespeichert. Es kann einen Moment dauern, bis es hier erscheint.',
  contactDone: 'Kontakt erledigt',
  contactDoneIntro: 'Tragen Sie den Begleitkontakt für dieses Tandem ein:',
  contactDoneButton: 'Kontakt eintragen',
  contactRecorded: 'Danke, der Kontakt ist eingetragen.',
  contactAlreadyRecorded: 'Dieser Kontakt ist bereits eingetragen.',
  notFound: 'Nicht gefunden.',
  unavailable: 'Gerade nicht erreichbar. Bitte versuchen Sie es in einer Minute noch einmal.',
  tryAgain: 'Noch einmal versuchen',
  backToList: 'Zur Liste der Tandems',
  navigation: 'Bereiche',
  importLink: 'Liste importieren',
  reportsLink: 'Berichte',
  fundingLink: 'Finanzierung',
  connectLink: 'Anbindung',
  signedInAs: 'angemeldet als',
  filterRisk: 'Gefährdet',
  filterConcern: 'Mit Anliegen',
  recentConcern: 'Anliegen (letzte 60 Tage)',
  yes: 'ja',
  no: 'nein',
  atRisk: 'Gefahr eines frühen Endes',
  noRisk: 'keine',
  listSeparator: ', ',
  riskReasons: {
    overdue: 'überfällig',
    concern: 'Anliegen',
    mentee_not_reached: 'Mentee nicht erreicht',
  },
  riskExplanations: {
    overdue: 'Der nächste Kontakt ist seit mindestens {days} Tagen überfällig.',
    concern: 'Bei einem Kontakt in den letzten 60 Tagen wurde ein Anliegen vermerkt.',
    mentee_not_reached: 'In den letzten 60 Tagen gab es keinen Kontakt mit der Mentee.',
  },
  noRiskExplained: 'Keiner der Gründe für ein frühes Ende trifft zu.',
  riskNote: 'Ein Anlass, das Tandem anzurufen, keine Vorhersage.',
  beingSavedTitle: 'Wird gespeichert',
  beingSaved: 'Das Tandem wird gerade gespeichert. Laden Sie die Seite in ein paar Sekunden neu.',
  reload: 'Seite neu laden',
  nextPage: 'Weitere Tandems',
  privacy: 'Tandem speichert nur Kennungen und Daten, keine Namen.',
};

const en: WebTexts = {
  language: 'Language',
  skip: 'Skip to content',
  signInTitle: 'Sign in',
  signInIntro:
    'Enter the e-mail address under which you are registered as the coordinator or lead of a carrier. You will get a link to sign in, no password needed.',
  email: 'E-mail address',
  sendLink: 'Send sign-in link',
  linkSentTitle: 'Please check your inbox',
  linkSent:
    'If the address belongs to a carrier, a sign-in link is on its way. It is valid for {minutes} minutes and once only.',
  signInMailSubject: 'Your sign-in link for Tandem',
  signInMailBody:
    'Use this link to sign in to Tandem. It is valid for {minutes} minutes and once only:',
  signInMailIgnore: 'If you did not ask for a link, you can ignore this e-mail.',
  confirmTitle: 'Confirm sign-in',
  confirmIntro: 'To sign in, press the button.',
  confirmButton: 'Sign in now',
  linkInvalidTitle: 'This link is no longer valid',
  linkInvalid: 'The link has expired, has been used already or is unknown.',
  requestNewLink: 'Ask for a new sign-in link',
  chooseCarrierTitle: 'Choose a carrier',
  chooseCarrier: 'Your address belongs to several carriers. Which one do you want to work on?',
  signOut: 'Sign out',
  matchesTitle: 'Tandems',
  newMatch: 'Add a new tandem',
  filters: 'Filters',
  filterAll: 'All',
  filterOverdue: 'Overdue',
  columns: {
    matchId: 'Tandem',
    status: 'Status',
    startedOn: 'Start',
    lastContact: 'Last contact',
    nextDue: 'Contact due on',
    overdueDays: 'Days overdue',
  },
  status: { active: 'active', pending: 'incomplete', ended: 'ended' },
  noMatches: 'No tandems found.',
  matchTitle: 'Tandem {id}',
  checkIns: 'Support contacts',
  noCheckIns: 'No support contacts yet.',
  recordCheckIn: 'Record a support contact',
  occurredOn: 'Date of the contact',
  with: 'Contact with',
  withValues: { mentor: 'mentor', mentee: 'mentee', both: 'both' },
  channel: 'Kind of contact',
  channelValues: {
    in_person: 'in person',
    phone: 'phone',
    video: 'video',
    message: 'message',
    other: 'other',
  },
  concern: 'There is a concern we are looking after',
  save: 'Save',
  endMatch: 'End the tandem',
  endedOn: 'End date',
  reason: 'Reason',
  reasons: {
    goal_reached: 'goal reached',
    planned_end: 'planned end',
    mentor_withdrew: 'mentor withdrew',
    mentee_withdrew: 'mentee withdrew',
    moved_away: 'moved away',
    mismatch: 'did not fit',
    safeguarding: 'safeguarding',
    other: 'other reason',
  },
  newMatchTitle: 'New tandem',
  matchIdOptional: 'Tandem id (optional)',
  matchIdHint: 'Leave it empty and Tandem assigns an id.',
  mentorId: 'Mentor id',
  menteeId: 'Mentee id',
  participantHint: 'Your own reference code from your records, e.g. P-17. No names, please.',
  startedOn: 'Start',
  programme: 'Programme',
  programmes: {
    leisure_culture: 'leisure and culture',
    education_work: 'education and work',
    reading_language: 'reading and language',
    everyday_housing: 'everyday life and housing',
    opportunity: 'opportunities',
    other: 'other',
  },
  group: 'Group tandem',
  dateHint: 'Format YYYY-MM-DD',
  choose: 'Continue',
  errors: {
    summary: 'Please correct the marked fields.',
    date: 'Please enter a date as YYYY-MM-DD.',
    id: 'Please enter 1 to 64 letters, digits or . _ : -, no names.',
    choice: 'Please choose one option.',
    email: 'Please enter a valid e-mail address.',
    occurredOnTooLate: 'The date can be tomorrow at the latest.',
  },
  saved: 'Saved. It may take a moment to show here.',
  contactDone: 'Contact done',
  contactDoneIntro: 'Record the support contact for this tandem:',
  contactDoneButton: 'Record the contact',
  contactRecorded: 'Thank you, the contact is recorded.',
  contactAlreadyRecorded: 'This contact is already recorded.',
  notFound: 'Not found.',
  unavailable: 'Temporarily unavailable. Please try again in a minute.',
  tryAgain: 'Try again',
  backToList: 'To the list of tandems',
  navigation: 'Sections',
  importLink: 'Import a list',
  reportsLink: 'Reports',
  fundingLink: 'Funding',
  connectLink: 'Connection',
  signedInAs: 'signed in as',
  filterRisk: 'At risk',
  filterConcern: 'With a concern',
  recentConcern: 'Concern (last 60 days)',
  yes: 'yes',
  no: 'no',
  atRisk: 'Risk of ending early',
  noRisk: 'none',
  listSeparator: ', ',
  riskReasons: {
    overdue: 'overdue',
    concern: 'concern',
    mentee_not_reached: 'mentee not reached',
  },
  riskExplanations: {
    overdue: 'The next contact has been overdue for at least {days} days.',
    concern: 'A contact in the last 60 days noted a concern.',
    mentee_not_reached: 'There has been no contact with the mentee in the last 60 days.',
  },
  noRiskExplained: 'None of the reasons for an early end applies.',
  riskNote: 'A prompt to call the pair, not a prediction.',
  beingSavedTitle: 'Being saved',
  beingSaved: 'This Tandem is being saved. Reload the page in a few seconds.',
  reload: 'Reload the page',
  nextPage: 'More Tandems',
  privacy: 'Tandem stores only ids and dates, no names.',
};

const tr: WebTexts = {
  language: 'Dil',
  skip: 'İçeriğe geç',
  signInTitle: 'Giriş yap',
  signInIntro:
    'Bir kurumun koordinatörü veya yöneticisi olarak kayıtlı olduğunuz e-posta adresini girin. Şifresiz giriş için bir bağlantı alacaksınız.',
  email: 'E-posta adresi',
  sendLink: 'Giriş bağlantısı gönder',
  linkSentTitle: 'Lütfen gelen kutunuza bakın',
  linkSent:
    'Adres bir kuruma aitse giriş bağlantısı yolda. Bağlantı {minutes} dakika ve yalnızca bir kez geçerlidir.',
  signInMailSubject: 'Tandem giriş bağlantınız',
  signInMailBody:
    'Bu bağlantıyla Tandem’e giriş yaparsınız. {minutes} dakika ve yalnızca bir kez geçerlidir:',
  signInMailIgnore: 'Bağlantı istemediyseniz bu e-postayı dikkate almayabilirsiniz.',
  confirmTitle: 'Girişi onayla',
  confirmIntro: 'Giriş yapmak için düğmeye basın.',
  confirmButton: 'Şimdi giriş yap',
  linkInvalidTitle: 'Bu bağlantı artık geçerli değil',
  linkInvalid: 'Bağlantının süresi dolmuş, daha önce kullanılmış veya bilinmiyor.',
  requestNewLink: 'Yeni giriş bağlantısı iste',
  chooseCarrierTitle: 'Kurum seçin',
  chooseCarrier: 'Adresiniz birden fazla kuruma ait. Hangisiyle çalışmak istiyorsunuz?',
  signOut: 'Çıkış yap',
  matchesTitle: 'Tandemler',
  newMatch: 'Yeni tandem ekle',
  filters: 'Filtreler',
  filterAll: 'Tümü',
  filterOverdue: 'Gecikmiş',
  columns: {
    matchId: 'Tandem',
    status: 'Durum',
    startedOn: 'Başlangıç',
    lastContact: 'Son görüşme',
    nextDue: 'Görüşme tarihi',
    overdueDays: 'Gecikme (gün)',
  },
  status: { active: 'aktif', pending: 'eksik', ended: 'sona erdi' },
  noMatches: 'Tandem bulunamadı.',
  matchTitle: 'Tandem {id}',
  checkIns: 'Destek görüşmeleri',
  noCheckIns: 'Henüz destek görüşmesi yok.',
  recordCheckIn: 'Destek görüşmesi kaydet',
  occurredOn: 'Görüşme tarihi',
  with: 'Kiminle',
  withValues: { mentor: 'mentor', mentee: 'mentee', both: 'ikisiyle' },
  channel: 'Görüşme şekli',
  channelValues: {
    in_person: 'yüz yüze',
    phone: 'telefon',
    video: 'video',
    message: 'mesaj',
    other: 'diğer',
  },
  concern: 'İlgilendiğimiz bir sorun var',
  save: 'Kaydet',
  endMatch: 'Tandemi sonlandır',
  endedOn: 'Bitiş tarihi',
  reason: 'Neden',
  reasons: {
    goal_reached: 'hedefe ulaşıldı',
    planned_end: 'planlanan bitiş',
    mentor_withdrew: 'mentor ayrıldı',
    mentee_withdrew: 'mentee ayrıldı',
    moved_away: 'taşındı',
    mismatch: 'uyum olmadı',
    safeguarding: 'koruma gerekçesi',
    other: 'diğer neden',
  },
  newMatchTitle: 'Yeni tandem',
  matchIdOptional: 'Tandem kimliği (isteğe bağlı)',
  matchIdHint: 'Boş bırakırsanız Tandem bir kimlik verir.',
  mentorId: 'Mentor kimliği',
  menteeId: 'Mentee kimliği',
  participantHint: 'Kendi kayıtlarınızdaki kod, ör. P-17. Lütfen isim yazmayın.',
  startedOn: 'Başlangıç',
  programme: 'Program',
  programmes: {
    leisure_culture: 'boş zaman ve kültür',
    education_work: 'eğitim ve iş',
    reading_language: 'okuma ve dil',
    everyday_housing: 'gündelik yaşam ve konut',
    opportunity: 'fırsatlar',
    other: 'diğer',
  },
  group: 'Grup tandemi',
  dateHint: 'Biçim YYYY-AA-GG',
  choose: 'Devam',
  errors: {
    summary: 'Lütfen işaretli alanları düzeltin.',
    date: 'Lütfen tarihi YYYY-AA-GG biçiminde girin.',
    id: 'Lütfen harf, rakam veya . _ : - ile 1–64 karakter girin, isim yazmayın.',
    choice: 'Lütfen bir seçenek seçin.',
    email: 'Lütfen geçerli bir e-posta adresi girin.',
    occurredOnTooLate: 'Tarih en geç yarın olabilir.',
  },
  saved: 'Kaydedildi. Burada görünmesi biraz sürebilir.',
  contactDone: 'Görüşme yapıldı',
  contactDoneIntro: 'Bu tandem için destek görüşmesini kaydedin:',
  contactDoneButton: 'Görüşmeyi kaydet',
  contactRecorded: 'Teşekkürler, görüşme kaydedildi.',
  contactAlreadyRecorded: 'Bu görüşme zaten kaydedildi.',
  notFound: 'Bulunamadı.',
  unavailable: 'Şu anda kullanılamıyor. Lütfen bir dakika sonra tekrar deneyin.',
  tryAgain: 'Tekrar dene',
  backToList: 'Tandem listesine',
  navigation: 'Bölümler',
  importLink: 'Liste içe aktar',
  reportsLink: 'Raporlar',
  fundingLink: 'Finansman',
  connectLink: 'Bağlantı',
  signedInAs: 'oturum açan:',
  filterRisk: 'Risk altında',
  filterConcern: 'Endişe bildirilen',
  recentConcern: 'Endişe (son 60 gün)',
  yes: 'evet',
  no: 'hayır',
  atRisk: 'Erken bitme riski',
  noRisk: 'yok',
  listSeparator: ', ',
  riskReasons: {
    overdue: 'gecikmiş',
    concern: 'endişe',
    mentee_not_reached: 'mentiye ulaşılamadı',
  },
  riskExplanations: {
    overdue: 'Bir sonraki görüşme en az {days} gündür gecikmiş.',
    concern: 'Son 60 gün içindeki bir görüşmede endişe not edildi.',
    mentee_not_reached: 'Son 60 günde mentiyle hiç görüşme olmadı.',
  },
  noRiskExplained: 'Erken bitme nedenlerinden hiçbiri geçerli değil.',
  riskNote: 'Bir tahmin değil, çifti arama hatırlatması.',
  beingSavedTitle: 'Kaydediliyor',
  beingSaved: 'Bu Tandem şu anda kaydediliyor. Birkaç saniye sonra sayfayı yeniden yükleyin.',
  reload: 'Sayfayı yeniden yükle',
  nextPage: 'Diğer Tandemler',
  privacy: 'Tandem yalnızca kimlik numaraları ve tarihler saklar, isim saklamaz.',
};

const ar: WebTexts = {
  language: 'اللغة',
  skip: 'انتقل إلى المحتوى',
  signInTitle: 'تسجيل الدخول',
  signInIntro:
    'أدخل عنوان البريد الإلكتروني المسجّل به بصفتك منسقاً أو مسؤولاً لدى جهة. ستصلك رسالة فيها رابط للدخول بدون كلمة مرور.',
  email: 'البريد الإلكتروني',
  sendLink: 'إرسال رابط الدخول',
  linkSentTitle: 'يرجى التحقق من بريدك',
  linkSent:
    'إذا كان العنوان تابعاً لجهة، فإن رابط الدخول في الطريق إليك. الرابط صالح {minutes} دقيقة ولمرة واحدة.',
  signInMailSubject: 'رابط الدخول إلى Tandem',
  signInMailBody: 'بهذا الرابط تدخل إلى Tandem. الرابط صالح {minutes} دقيقة ولمرة واحدة:',
  signInMailIgnore: 'إذا لم تطلب رابطاً، يمكنك تجاهل هذه الرسالة.',
  confirmTitle: 'تأكيد الدخول',
  confirmIntro: 'للدخول اضغط على الزر.',
  confirmButton: 'الدخول الآن',
  linkInvalidTitle: 'هذا الرابط لم يعد صالحاً',
  linkInvalid: 'انتهت صلاحية الرابط أو استُخدم من قبل أو أنه غير معروف.',
  requestNewLink: 'طلب رابط دخول جديد',
  chooseCarrierTitle: 'اختر الجهة',
  chooseCarrier: 'عنوانك تابع لأكثر من جهة. مع أي جهة تريد العمل؟',
  signOut: 'تسجيل الخروج',
  matchesTitle: 'الثنائيات',
  newMatch: 'إضافة ثنائي جديد',
  filters: 'عوامل التصفية',
  filterAll: 'الكل',
  filterOverdue: 'متأخر',
  columns: {
    matchId: 'الثنائي',
    status: 'الحالة',
    startedOn: 'البداية',
    lastContact: 'آخر لقاء',
    nextDue: 'موعد اللقاء',
    overdueDays: 'أيام التأخير',
  },
  status: { active: 'نشط', pending: 'غير مكتمل', ended: 'منتهٍ' },
  noMatches: 'لا توجد ثنائيات.',
  matchTitle: 'الثنائي {id}',
  checkIns: 'لقاءات المتابعة',
  noCheckIns: 'لا توجد لقاءات متابعة بعد.',
  recordCheckIn: 'تسجيل لقاء متابعة',
  occurredOn: 'تاريخ اللقاء',
  with: 'اللقاء مع',
  withValues: { mentor: 'المرشد', mentee: 'المستفيد', both: 'كليهما' },
  channel: 'نوع اللقاء',
  channelValues: {
    in_person: 'حضورياً',
    phone: 'هاتفياً',
    video: 'فيديو',
    message: 'رسالة',
    other: 'غير ذلك',
  },
  concern: 'هناك مسألة نتابعها',
  save: 'حفظ',
  endMatch: 'إنهاء الثنائي',
  endedOn: 'تاريخ الانتهاء',
  reason: 'السبب',
  reasons: {
    goal_reached: 'تحقق الهدف',
    planned_end: 'انتهاء مخطط له',
    mentor_withdrew: 'انسحب المرشد',
    mentee_withdrew: 'انسحب المستفيد',
    moved_away: 'انتقل إلى مكان آخر',
    mismatch: 'لم يحدث توافق',
    safeguarding: 'أسباب حماية',
    other: 'سبب آخر',
  },
  newMatchTitle: 'ثنائي جديد',
  matchIdOptional: 'معرّف الثنائي (اختياري)',
  matchIdHint: 'اتركه فارغاً ليعطي Tandem معرّفاً.',
  mentorId: 'معرّف المرشد',
  menteeId: 'معرّف المستفيد',
  participantHint: 'الرمز الخاص بكم من سجلاتكم، مثل P-17. لا تكتب أسماء.',
  startedOn: 'البداية',
  programme: 'البرنامج',
  programmes: {
    leisure_culture: 'الترفيه والثقافة',
    education_work: 'التعليم والعمل',
    reading_language: 'القراءة واللغة',
    everyday_housing: 'الحياة اليومية والسكن',
    opportunity: 'الفرص',
    other: 'غير ذلك',
  },
  group: 'ثنائي جماعي',
  dateHint: 'الصيغة YYYY-MM-DD',
  choose: 'متابعة',
  errors: {
    summary: 'يرجى تصحيح الحقول المعلّمة.',
    date: 'يرجى إدخال تاريخ بالصيغة YYYY-MM-DD.',
    id: 'يرجى إدخال 1 إلى 64 حرفاً لاتينياً أو رقماً أو . _ : - بدون أسماء.',
    choice: 'يرجى اختيار أحد الخيارات.',
    email: 'يرجى إدخال بريد إلكتروني صالح.',
    occurredOnTooLate: 'يمكن أن يكون التاريخ غدًا على أبعد تقدير.',
  },
  saved: 'تم الحفظ. قد يستغرق ظهوره هنا لحظة.',
  contactDone: 'تم اللقاء',
  contactDoneIntro: 'سجّل لقاء المتابعة لهذا الثنائي:',
  contactDoneButton: 'تسجيل اللقاء',
  contactRecorded: 'شكراً، تم تسجيل اللقاء.',
  contactAlreadyRecorded: 'هذا اللقاء مسجّل من قبل.',
  notFound: 'غير موجود.',
  unavailable: 'غير متاح مؤقتًا. يرجى المحاولة مرة أخرى بعد دقيقة.',
  tryAgain: 'حاول مرة أخرى',
  backToList: 'إلى قائمة الثنائيات',
  navigation: 'الأقسام',
  importLink: 'استيراد قائمة',
  reportsLink: 'التقارير',
  fundingLink: 'التمويل',
  connectLink: 'الربط',
  signedInAs: 'مسجّل الدخول باسم',
  filterRisk: 'معرّضة للخطر',
  filterConcern: 'مع ملاحظة قلق',
  recentConcern: 'قلق (آخر 60 يومًا)',
  yes: 'نعم',
  no: 'لا',
  atRisk: 'خطر الانتهاء المبكر',
  noRisk: 'لا يوجد',
  listSeparator: '، ',
  riskReasons: {
    overdue: 'متأخر',
    concern: 'قلق',
    mentee_not_reached: 'لم يتم الوصول إلى المتدرّب',
  },
  riskExplanations: {
    overdue: 'التواصل التالي متأخر منذ {days} يومًا على الأقل.',
    concern: 'سُجّلت ملاحظة قلق في تواصل خلال آخر 60 يومًا.',
    mentee_not_reached: 'لم يكن هناك أي تواصل مع المتدرّب خلال آخر 60 يومًا.',
  },
  noRiskExplained: 'لا ينطبق أيّ من أسباب الانتهاء المبكر.',
  riskNote: 'تنبيه للاتصال بالثنائي، وليس تنبؤًا.',
  beingSavedTitle: 'جارٍ الحفظ',
  beingSaved: 'يجري حفظ هذا التاندم الآن. أعد تحميل الصفحة بعد بضع ثوانٍ.',
  reload: 'إعادة تحميل الصفحة',
  nextPage: 'المزيد من التاندمات',
  privacy: 'يحفظ Tandem أرقام التعريف والتواريخ فقط، دون أسماء.',
};

const uk: WebTexts = {
  language: 'Мова',
  skip: 'Перейти до змісту',
  signInTitle: 'Увійти',
  signInIntro:
    'Введіть адресу електронної пошти, за якою ви зареєстровані як координатор або керівництво організації. Ви отримаєте посилання для входу без пароля.',
  email: 'Електронна пошта',
  sendLink: 'Надіслати посилання для входу',
  linkSentTitle: 'Перевірте свою пошту',
  linkSent:
    'Якщо адреса належить організації, посилання для входу вже надіслано. Воно дійсне {minutes} хвилин і лише один раз.',
  signInMailSubject: 'Ваше посилання для входу в Tandem',
  signInMailBody:
    'За цим посиланням ви увійдете в Tandem. Воно дійсне {minutes} хвилин і лише один раз:',
  signInMailIgnore: 'Якщо ви не запитували посилання, просто проігноруйте цей лист.',
  confirmTitle: 'Підтвердити вхід',
  confirmIntro: 'Щоб увійти, натисніть кнопку.',
  confirmButton: 'Увійти зараз',
  linkInvalidTitle: 'Це посилання вже недійсне',
  linkInvalid: 'Термін дії посилання минув, його вже використано або воно невідоме.',
  requestNewLink: 'Запросити нове посилання',
  chooseCarrierTitle: 'Оберіть організацію',
  chooseCarrier: 'Ваша адреса належить кільком організаціям. З якою ви хочете працювати?',
  signOut: 'Вийти',
  matchesTitle: 'Тандеми',
  newMatch: 'Додати новий тандем',
  filters: 'Фільтри',
  filterAll: 'Усі',
  filterOverdue: 'Прострочені',
  columns: {
    matchId: 'Тандем',
    status: 'Статус',
    startedOn: 'Початок',
    lastContact: 'Останній контакт',
    nextDue: 'Контакт до',
    overdueDays: 'Днів прострочено',
  },
  status: { active: 'активний', pending: 'неповний', ended: 'завершений' },
  noMatches: 'Тандемів не знайдено.',
  matchTitle: 'Тандем {id}',
  checkIns: 'Супровідні контакти',
  noCheckIns: 'Супровідних контактів ще немає.',
  recordCheckIn: 'Внести супровідний контакт',
  occurredOn: 'Дата контакту',
  with: 'Контакт з',
  withValues: { mentor: 'ментором', mentee: 'менті', both: 'обома' },
  channel: 'Вид контакту',
  channelValues: {
    in_person: 'особисто',
    phone: 'телефон',
    video: 'відео',
    message: 'повідомлення',
    other: 'інше',
  },
  concern: 'Є питання, яким ми займаємося',
  save: 'Зберегти',
  endMatch: 'Завершити тандем',
  endedOn: 'Дата завершення',
  reason: 'Причина',
  reasons: {
    goal_reached: 'мету досягнуто',
    planned_end: 'заплановане завершення',
    mentor_withdrew: 'ментор вибув',
    mentee_withdrew: 'менті вибув',
    moved_away: 'переїзд',
    mismatch: 'не підійшли одне одному',
    safeguarding: 'з міркувань захисту',
    other: 'інша причина',
  },
  newMatchTitle: 'Новий тандем',
  matchIdOptional: 'Ідентифікатор тандему (необов’язково)',
  matchIdHint: 'Залиште порожнім, і Tandem призначить ідентифікатор.',
  mentorId: 'Ідентифікатор ментора',
  menteeId: 'Ідентифікатор менті',
  participantHint: 'Ваш власний код із ваших записів, напр. P-17. Будь ласка, без імен.',
  startedOn: 'Початок',
  programme: 'Програма',
  programmes: {
    leisure_culture: 'дозвілля і культура',
    education_work: 'освіта і робота',
    reading_language: 'читання і мова',
    everyday_housing: 'побут і житло',
    opportunity: 'можливості',
    other: 'інше',
  },
  group: 'Груповий тандем',
  dateHint: 'Формат РРРР-ММ-ДД',
  choose: 'Далі',
  errors: {
    summary: 'Будь ласка, виправте позначені поля.',
    date: 'Будь ласка, введіть дату у форматі РРРР-ММ-ДД.',
    id: 'Будь ласка, введіть від 1 до 64 латинських літер, цифр або . _ : -, без імен.',
    choice: 'Будь ласка, оберіть один варіант.',
    email: 'Будь ласка, введіть дійсну адресу електронної пошти.',
    occurredOnTooLate: 'Дата може бути не пізніше завтрашнього дня.',
  },
  saved: 'Збережено. Може минути мить, поки це з’явиться тут.',
  contactDone: 'Контакт відбувся',
  contactDoneIntro: 'Внесіть супровідний контакт для цього тандему:',
  contactDoneButton: 'Внести контакт',
  contactRecorded: 'Дякуємо, контакт внесено.',
  contactAlreadyRecorded: 'Цей контакт уже внесено.',
  notFound: 'Не знайдено.',
  unavailable: 'Тимчасово недоступно. Спробуйте ще раз за хвилину.',
  tryAgain: 'Спробувати ще раз',
  backToList: 'До списку тандемів',
  navigation: 'Розділи',
  importLink: 'Імпортувати список',
  reportsLink: 'Звіти',
  fundingLink: 'Фінансування',
  connectLink: 'Підключення',
  signedInAs: 'вхід як',
  filterRisk: 'Під загрозою',
  filterConcern: 'Із занепокоєнням',
  recentConcern: 'Занепокоєння (останні 60 днів)',
  yes: 'так',
  no: 'ні',
  atRisk: 'Ризик раннього завершення',
  noRisk: 'немає',
  listSeparator: ', ',
  riskReasons: {
    overdue: 'прострочено',
    concern: 'занепокоєння',
    mentee_not_reached: 'немає зв’язку з менті',
  },
  riskExplanations: {
    overdue: 'Наступний контакт прострочено щонайменше на {days} днів.',
    concern: 'Під час контакту за останні 60 днів зафіксовано занепокоєння.',
    mentee_not_reached: 'За останні 60 днів не було жодного контакту з менті.',
  },
  noRiskExplained: 'Жодна з причин раннього завершення не діє.',
  riskNote: 'Привід зателефонувати парі, а не прогноз.',
  beingSavedTitle: 'Зберігається',
  beingSaved: 'Цей тандем зараз зберігається. Оновіть сторінку за кілька секунд.',
  reload: 'Оновити сторінку',
  nextPage: 'Інші тандеми',
  privacy: 'Tandem зберігає лише ідентифікатори та дати, без імен.',
};

const ru: WebTexts = {
  language: 'Язык',
  skip: 'Перейти к содержанию',
  signInTitle: 'Войти',
  signInIntro:
    'Введите адрес электронной почты, под которым вы зарегистрированы как координатор или руководство организации. Вы получите ссылку для входа без пароля.',
  email: 'Электронная почта',
  sendLink: 'Отправить ссылку для входа',
  linkSentTitle: 'Проверьте свою почту',
  linkSent:
    'Если адрес принадлежит организации, ссылка для входа уже отправлена. Она действует {minutes} минут и только один раз.',
  signInMailSubject: 'Ваша ссылка для входа в Tandem',
  signInMailBody:
    'По этой ссылке вы войдёте в Tandem. Она действует {minutes} минут и только один раз:',
  signInMailIgnore: 'Если вы не запрашивали ссылку, просто проигнорируйте это письмо.',
  confirmTitle: 'Подтвердить вход',
  confirmIntro: 'Чтобы войти, нажмите кнопку.',
  confirmButton: 'Войти сейчас',
  linkInvalidTitle: 'Эта ссылка больше не действует',
  linkInvalid: 'Срок действия ссылки истёк, она уже использована или неизвестна.',
  requestNewLink: 'Запросить новую ссылку',
  chooseCarrierTitle: 'Выберите организацию',
  chooseCarrier: 'Ваш адрес относится к нескольким организациям. С какой вы хотите работать?',
  signOut: 'Выйти',
  matchesTitle: 'Тандемы',
  newMatch: 'Добавить новый тандем',
  filters: 'Фильтры',
  filterAll: 'Все',
  filterOverdue: 'Просроченные',
  columns: {
    matchId: 'Тандем',
    status: 'Статус',
    startedOn: 'Начало',
    lastContact: 'Последний контакт',
    nextDue: 'Контакт до',
    overdueDays: 'Дней просрочено',
  },
  status: { active: 'активный', pending: 'неполный', ended: 'завершён' },
  noMatches: 'Тандемы не найдены.',
  matchTitle: 'Тандем {id}',
  checkIns: 'Сопровождающие контакты',
  noCheckIns: 'Сопровождающих контактов пока нет.',
  recordCheckIn: 'Внести сопровождающий контакт',
  occurredOn: 'Дата контакта',
  with: 'Контакт с',
  withValues: { mentor: 'наставником', mentee: 'подопечным', both: 'обоими' },
  channel: 'Вид контакта',
  channelValues: {
    in_person: 'лично',
    phone: 'телефон',
    video: 'видео',
    message: 'сообщение',
    other: 'другое',
  },
  concern: 'Есть вопрос, которым мы занимаемся',
  save: 'Сохранить',
  endMatch: 'Завершить тандем',
  endedOn: 'Дата завершения',
  reason: 'Причина',
  reasons: {
    goal_reached: 'цель достигнута',
    planned_end: 'плановое завершение',
    mentor_withdrew: 'наставник выбыл',
    mentee_withdrew: 'подопечный выбыл',
    moved_away: 'переезд',
    mismatch: 'не подошли друг другу',
    safeguarding: 'по соображениям защиты',
    other: 'другая причина',
  },
  newMatchTitle: 'Новый тандем',
  matchIdOptional: 'Идентификатор тандема (необязательно)',
  matchIdHint: 'Оставьте пустым, и Tandem назначит идентификатор.',
  mentorId: 'Идентификатор наставника',
  menteeId: 'Идентификатор подопечного',
  participantHint: 'Ваш собственный код из ваших записей, напр. P-17. Пожалуйста, без имён.',
  startedOn: 'Начало',
  programme: 'Программа',
  programmes: {
    leisure_culture: 'досуг и культура',
    education_work: 'образование и работа',
    reading_language: 'чтение и язык',
    everyday_housing: 'быт и жильё',
    opportunity: 'возможности',
    other: 'другое',
  },
  group: 'Групповой тандем',
  dateHint: 'Формат ГГГГ-ММ-ДД',
  choose: 'Далее',
  errors: {
    summary: 'Пожалуйста, исправьте отмеченные поля.',
    date: 'Пожалуйста, введите дату в формате ГГГГ-ММ-ДД.',
    id: 'Пожалуйста, введите от 1 до 64 латинских букв, цифр или . _ : -, без имён.',
    choice: 'Пожалуйста, выберите один вариант.',
    email: 'Пожалуйста, введите действительный адрес электронной почты.',
    occurredOnTooLate: 'Дата может быть не позднее завтрашнего дня.',
  },
  saved: 'Сохранено. Может пройти немного времени, пока это появится здесь.',
  contactDone: 'Контакт состоялся',
  contactDoneIntro: 'Внесите сопровождающий контакт для этого тандема:',
  contactDoneButton: 'Внести контакт',
  contactRecorded: 'Спасибо, контакт внесён.',
  contactAlreadyRecorded: 'Этот контакт уже внесён.',
  notFound: 'Не найдено.',
  unavailable: 'Временно недоступно. Попробуйте ещё раз через минуту.',
  tryAgain: 'Попробовать ещё раз',
  backToList: 'К списку тандемов',
  navigation: 'Разделы',
  importLink: 'Импортировать список',
  reportsLink: 'Отчёты',
  fundingLink: 'Финансирование',
  connectLink: 'Подключение',
  signedInAs: 'вход как',
  filterRisk: 'Под угрозой',
  filterConcern: 'С опасениями',
  recentConcern: 'Опасения (последние 60 дней)',
  yes: 'да',
  no: 'нет',
  atRisk: 'Риск раннего завершения',
  noRisk: 'нет',
  listSeparator: ', ',
  riskReasons: {
    overdue: 'просрочено',
    concern: 'опасения',
    mentee_not_reached: 'нет связи с менти',
  },
  riskExplanations: {
    overdue: 'Следующий контакт просрочен не менее чем на {days} дней.',
    concern: 'При контакте за последние 60 дней отмечены опасения.',
    mentee_not_reached: 'За последние 60 дней не было ни одного контакта с менти.',
  },
  noRiskExplained: 'Ни одна из причин раннего завершения не действует.',
  riskNote: 'Повод позвонить паре, а не прогноз.',
  beingSavedTitle: 'Сохраняется',
  beingSaved: 'Этот тандем сейчас сохраняется. Обновите страницу через несколько секунд.',
  reload: 'Обновить страницу',
  nextPage: 'Другие тандемы',
  privacy: 'Tandem хранит только идентификаторы и даты, без имён.',
};

const fa: WebTexts = {
  language: 'زبان',
  skip: 'رفتن به محتوا',
  signInTitle: 'ورود',
  signInIntro:
    'نشانی ایمیلی را وارد کنید که با آن به‌عنوان هماهنگ‌کننده یا مدیر یک نهاد ثبت شده‌اید. پیوندی برای ورود بدون رمز عبور دریافت می‌کنید.',
  email: 'نشانی ایمیل',
  sendLink: 'ارسال پیوند ورود',
  linkSentTitle: 'لطفاً صندوق ایمیل خود را ببینید',
  linkSent:
    'اگر این نشانی متعلق به یک نهاد باشد، پیوند ورود در راه است. این پیوند {minutes} دقیقه و فقط یک بار معتبر است.',
  signInMailSubject: 'پیوند ورود شما به Tandem',
  signInMailBody:
    'با این پیوند وارد Tandem می‌شوید. این پیوند {minutes} دقیقه و فقط یک بار معتبر است:',
  signInMailIgnore: 'اگر پیوندی درخواست نکرده‌اید، این ایمیل را نادیده بگیرید.',
  confirmTitle: 'تأیید ورود',
  confirmIntro: 'برای ورود دکمه را بزنید.',
  confirmButton: 'اکنون وارد شوید',
  linkInvalidTitle: 'این پیوند دیگر معتبر نیست',
  linkInvalid: 'این پیوند منقضی شده، قبلاً استفاده شده یا ناشناخته است.',
  requestNewLink: 'درخواست پیوند ورود جدید',
  chooseCarrierTitle: 'انتخاب نهاد',
  chooseCarrier: 'نشانی شما متعلق به چند نهاد است. با کدام می‌خواهید کار کنید؟',
  signOut: 'خروج',
  matchesTitle: 'تاندم‌ها',
  newMatch: 'افزودن تاندم جدید',
  filters: 'فیلترها',
  filterAll: 'همه',
  filterOverdue: 'عقب‌افتاده',
  columns: {
    matchId: 'تاندم',
    status: 'وضعیت',
    startedOn: 'شروع',
    lastContact: 'آخرین تماس',
    nextDue: 'موعد تماس',
    overdueDays: 'روزهای تأخیر',
  },
  status: { active: 'فعال', pending: 'ناقص', ended: 'پایان‌یافته' },
  noMatches: 'تاندمی پیدا نشد.',
  matchTitle: 'تاندم {id}',
  checkIns: 'تماس‌های پیگیری',
  noCheckIns: 'هنوز تماس پیگیری ثبت نشده است.',
  recordCheckIn: 'ثبت تماس پیگیری',
  occurredOn: 'تاریخ تماس',
  with: 'تماس با',
  withValues: { mentor: 'منتور', mentee: 'منتی', both: 'هر دو' },
  channel: 'نوع تماس',
  channelValues: {
    in_person: 'حضوری',
    phone: 'تلفنی',
    video: 'تصویری',
    message: 'پیام',
    other: 'دیگر',
  },
  concern: 'موضوعی هست که پیگیری می‌کنیم',
  save: 'ذخیره',
  endMatch: 'پایان دادن به تاندم',
  endedOn: 'تاریخ پایان',
  reason: 'دلیل',
  reasons: {
    goal_reached: 'هدف محقق شد',
    planned_end: 'پایان برنامه‌ریزی‌شده',
    mentor_withdrew: 'منتور کناره گرفت',
    mentee_withdrew: 'منتی کناره گرفت',
    moved_away: 'نقل مکان',
    mismatch: 'با هم جور نبودند',
    safeguarding: 'دلایل حفاظتی',
    other: 'دلیل دیگر',
  },
  newMatchTitle: 'تاندم جدید',
  matchIdOptional: 'شناسه تاندم (اختیاری)',
  matchIdHint: 'خالی بگذارید تا Tandem شناسه‌ای بدهد.',
  mentorId: 'شناسه منتور',
  menteeId: 'شناسه منتی',
  participantHint: 'کد خودتان از سوابقتان، مثلاً P-17. لطفاً نام ننویسید.',
  startedOn: 'شروع',
  programme: 'برنامه',
  programmes: {
    leisure_culture: 'اوقات فراغت و فرهنگ',
    education_work: 'آموزش و کار',
    reading_language: 'خواندن و زبان',
    everyday_housing: 'زندگی روزمره و مسکن',
    opportunity: 'فرصت‌ها',
    other: 'دیگر',
  },
  group: 'تاندم گروهی',
  dateHint: 'قالب YYYY-MM-DD',
  choose: 'ادامه',
  errors: {
    summary: 'لطفاً فیلدهای علامت‌خورده را اصلاح کنید.',
    date: 'لطفاً تاریخ را به قالب YYYY-MM-DD وارد کنید.',
    id: 'لطفاً ۱ تا ۶۴ حرف لاتین، رقم یا . _ : - وارد کنید، بدون نام.',
    choice: 'لطفاً یک گزینه را انتخاب کنید.',
    email: 'لطفاً یک نشانی ایمیل معتبر وارد کنید.',
    occurredOnTooLate: 'تاریخ حداکثر می‌تواند فردا باشد.',
  },
  saved: 'ذخیره شد. ممکن است کمی طول بکشد تا اینجا نمایش داده شود.',
  contactDone: 'تماس انجام شد',
  contactDoneIntro: 'تماس پیگیری این تاندم را ثبت کنید:',
  contactDoneButton: 'ثبت تماس',
  contactRecorded: 'سپاس، تماس ثبت شد.',
  contactAlreadyRecorded: 'این تماس قبلاً ثبت شده است.',
  notFound: 'پیدا نشد.',
  unavailable: 'موقتاً در دسترس نیست. لطفاً یک دقیقه دیگر دوباره امتحان کنید.',
  tryAgain: 'دوباره امتحان کنید',
  backToList: 'به فهرست تاندم‌ها',
  navigation: 'بخش‌ها',
  importLink: 'وارد کردن فهرست',
  reportsLink: 'گزارش‌ها',
  fundingLink: 'تأمین مالی',
  connectLink: 'اتصال',
  signedInAs: 'واردشده با',
  filterRisk: 'در معرض خطر',
  filterConcern: 'با نگرانی',
  recentConcern: 'نگرانی (۶۰ روز اخیر)',
  yes: 'بله',
  no: 'خیر',
  atRisk: 'خطر پایان زودهنگام',
  noRisk: 'هیچ',
  listSeparator: '، ',
  riskReasons: {
    overdue: 'عقب‌افتاده',
    concern: 'نگرانی',
    mentee_not_reached: 'عدم دسترسی به منتی',
  },
  riskExplanations: {
    overdue: 'تماس بعدی دست‌کم {days} روز عقب افتاده است.',
    concern: 'در تماسی در ۶۰ روز اخیر نگرانی ثبت شده است.',
    mentee_not_reached: 'در ۶۰ روز اخیر هیچ تماسی با منتی نبوده است.',
  },
  noRiskExplained: 'هیچ‌یک از دلایل پایان زودهنگام صدق نمی‌کند.',
  riskNote: 'یادآوری برای تماس با این زوج، نه پیش‌بینی.',
  beingSavedTitle: 'در حال ذخیره',
  beingSaved: 'این تاندم در حال ذخیره شدن است. چند ثانیه دیگر صفحه را دوباره بارگیری کنید.',
  reload: 'بارگیری دوبارهٔ صفحه',
  nextPage: 'تاندم‌های بیشتر',
  privacy: 'Tandem فقط شناسه‌ها و تاریخ‌ها را نگه می‌دارد، نه نام‌ها.',
};

export const webTexts: Record<Language, WebTexts> = { de, en, tr, ar, uk, ru, fa };

export const fill = (template: string, values: Record<string, string>): string =>
  template.replace(/\{(\w+)\}/g, (placeholder, name: string) => values[name] ?? placeholder);
