import type { Language } from './languages';

/**
 * The words of the programme office's umbrellas, staff and periods pages (SPEC §12:
 * `/app/office/umbrellas`, `/app/office/staff`, `/app/office/periods…`), one table per
 * language. A scope's figures take their labels from the carrier pages' table
 * (office-carrier-texts.ts). Placeholders: {period}, {carrier}, {date}, {revision}.
 */
export interface OfficeAdminTexts {
  readonly problemsHeading: string;
  readonly cancel: string;
  readonly createdAt: string;
  readonly umbrellas: {
    readonly title: string;
    readonly none: string;
    readonly carriersLink: string;
    readonly addHeading: string;
    readonly name: string;
    readonly add: string;
    readonly added: string;
    readonly nameError: string;
  };
  readonly staff: {
    readonly title: string;
    readonly intro: string;
    readonly staffId: string;
    readonly role: string;
    readonly scope: string;
    readonly roles: { readonly funder: string; readonly umbrella: string; readonly region: string };
    readonly wholeProgramme: string;
    readonly you: string;
    readonly addHeading: string;
    readonly email: string;
    readonly chooseRole: string;
    readonly umbrella: string;
    readonly umbrellaHint: string;
    readonly chooseUmbrella: string;
    readonly region: string;
    readonly regionHint: string;
    readonly add: string;
    readonly added: string;
    readonly remove: string;
    readonly removeTitle: string;
    readonly removeText: string;
    readonly removeSelfWarning: string;
    readonly confirmRemove: string;
    readonly removed: string;
    readonly lastFunderTitle: string;
    readonly lastFunder: string;
    readonly errors: {
      readonly email: string;
      readonly role: string;
      readonly umbrellaId: string;
      readonly unknownUmbrella: string;
      readonly region: string;
      readonly notForRole: string;
    };
  };
  readonly periods: {
    readonly title: string;
    readonly period: string;
    readonly state: string;
    readonly states: { readonly open: string; readonly ended: string; readonly closed: string };
    readonly closedOn: string;
    readonly revision: string;
    readonly closeNow: string;
    readonly summaryLink: string;
    readonly fundingLink: string;
    readonly closeTitle: string;
    readonly closeText: string;
    readonly closeAgainText: string;
    readonly confirmClose: string;
    readonly closeStarted: string;
    readonly notEndedTitle: string;
    readonly notEnded: string;
  };
  readonly summary: {
    readonly funderTitle: string;
    readonly umbrellaTitle: string;
    readonly carrierTitle: string;
    readonly notClosed: string;
    readonly noReport: string;
    readonly downloads: string;
    readonly downloadJson: string;
    readonly downloadCsv: string;
    readonly downloadHtml: string;
    readonly figuresNote: string;
    readonly carriersHeading: string;
    readonly noCarriers: string;
  };
  readonly funding: {
    readonly title: string;
    readonly intro: string;
    readonly ratesHeading: string;
    readonly rates: {
      readonly per_new_match: string;
      readonly per_active_month: string;
      readonly per_supported_month: string;
    };
    readonly rateHint: string;
    readonly compare: string;
    readonly total: string;
    readonly baselineTotal: string;
    readonly groupsHeading: string;
    readonly group: string;
    readonly groups: {
      readonly all: string;
      readonly migrantOrganisations: string;
      readonly otherCarriers: string;
      readonly withMunicipalFunds: string;
      readonly withoutMunicipalFunds: string;
    };
    readonly carriers: string;
    readonly amount: string;
    readonly share: string;
    readonly baselineShare: string;
    readonly tooFew: string;
    readonly movesHeading: string;
    readonly more: string;
    readonly less: string;
    readonly similar: string;
    readonly umbrellasHeading: string;
    readonly umbrella: string;
    readonly badRatesTitle: string;
    readonly rateError: string;
    readonly noRateError: string;
  };
}

const de: OfficeAdminTexts = {
  problemsHeading: 'Bitte korrigieren Sie:',
  cancel: 'Abbrechen',
  createdAt: 'Angelegt am',
  umbrellas: {
    title: 'Dachverbände',
    none: 'Noch kein Dachverband.',
    carriersLink: 'Seine Träger',
    addHeading: 'Dachverband anlegen',
    name: 'Name des Dachverbands',
    add: 'Anlegen',
    added: 'Der Dachverband ist angelegt.',
    nameError: 'Bitte geben Sie einen Namen mit 1 bis 200 Zeichen an.',
  },
  staff: {
    title: 'Mitarbeitende',
    intro:
      'Adressen werden nicht im Klartext gespeichert: Jede Person erscheint mit ihrer Kennung. Neue Mitarbeitende melden sich auf der Anmeldeseite mit ihrer Adresse an.',
    staffId: 'Kennung',
    role: 'Rolle',
    scope: 'Bereich',
    roles: { funder: 'Fördergeber', umbrella: 'Dachverband', region: 'Region' },
    wholeProgramme: 'Das ganze Programm',
    you: '(Sie)',
    addHeading: 'Person hinzufügen',
    email: 'E-Mail-Adresse',
    chooseRole: 'Rolle wählen',
    umbrella: 'Dachverband',
    umbrellaHint: 'Nur für die Rolle Dachverband.',
    chooseUmbrella: 'Keiner',
    region: 'Regionalschlüssel (AGS)',
    regionHint: 'Nur für die Rolle Region: 2, 5 oder 8 Ziffern.',
    add: 'Hinzufügen',
    added: 'Die Person ist hinzugefügt und kann sich jetzt anmelden.',
    remove: 'Entfernen',
    removeTitle: 'Person entfernen',
    removeText:
      'Die Person {staff} kann sich danach nicht mehr anmelden; ihre offenen Sitzungen enden sofort.',
    removeSelfWarning:
      'Das sind Sie selbst: Nach dem Entfernen sind Sie abgemeldet und können sich nicht wieder anmelden.',
    confirmRemove: 'Ja, entfernen',
    removed: 'Die Person ist entfernt.',
    lastFunderTitle: 'Nicht möglich',
    lastFunder:
      'Das ist die letzte Person mit der Rolle Fördergeber. Fügen Sie zuerst eine weitere hinzu.',
    errors: {
      email: 'Bitte geben Sie eine gültige E-Mail-Adresse an.',
      role: 'Bitte wählen Sie eine Rolle.',
      umbrellaId: 'Bitte wählen Sie für die Rolle Dachverband einen Dachverband.',
      unknownUmbrella: 'Diesen Dachverband gibt es nicht.',
      region: 'Bitte geben Sie für die Rolle Region einen Schlüssel mit 2, 5 oder 8 Ziffern an.',
      notForRole: 'Das gehört nicht zu dieser Rolle; bitte leer lassen.',
    },
  },
  periods: {
    title: 'Förderzeiträume',
    period: 'Zeitraum {period}',
    state: 'Stand',
    states: { open: 'läuft', ended: 'beendet, nicht abgeschlossen', closed: 'abgeschlossen' },
    closedOn: 'Abgeschlossen am {date}',
    revision: 'Fassung',
    closeNow: 'Jetzt abschließen',
    summaryLink: 'Zusammenfassung und Berichte',
    fundingLink: 'Finanzierungsmodelle vergleichen',
    closeTitle: 'Zeitraum {period} abschließen',
    closeText:
      'Der Abschluss erstellt für jeden Träger einen Bericht und die Zusammenfassungen, wie „periods close“. Das dauert einige Minuten.',
    closeAgainText:
      'Der Zeitraum ist schon abgeschlossen: Ein neuer Abschluss erstellt eine neue Fassung; die bisherigen Berichte bleiben erhalten.',
    confirmClose: 'Ja, jetzt abschließen',
    closeStarted:
      'Der Abschluss hat begonnen. Die Berichte erscheinen hier, sobald sie geschrieben sind.',
    notEndedTitle: 'Noch nicht beendet',
    notEnded: 'Dieser Zeitraum läuft noch; abschließen lässt er sich erst nach seinem Ende.',
  },
  summary: {
    funderTitle: 'Zusammenfassung {period}',
    umbrellaTitle: 'Zusammenfassung des Dachverbands {period}',
    carrierTitle: 'Bericht {period}: {carrier}',
    notClosed: 'Dieser Zeitraum ist noch nicht abgeschlossen: Es gibt noch keine Berichte.',
    noReport: 'Für diesen Träger gibt es in diesem Zeitraum keinen Bericht.',
    downloads: 'Herunterladen',
    downloadJson: 'Daten (JSON)',
    downloadCsv: 'Tabelle (CSV)',
    downloadHtml: 'Seite (HTML)',
    figuresNote: 'Die Zahlen, wie sie beim Abschluss des Zeitraums erstellt wurden.',
    carriersHeading: 'Berichte der Träger',
    noCarriers: 'Keine Träger in diesem Abschluss.',
  },
  funding: {
    title: 'Finanzierungsmodelle {period}',
    intro:
      'Was andere Sätze den Trägern gegeben hätten, berechnet aus dem Abschluss des Zeitraums, verglichen mit heute (nur je neuem Tandem).',
    ratesHeading: 'Sätze in Euro',
    rates: {
      per_new_match: 'Je neuem Tandem',
      per_active_month: 'Je aktivem Monat',
      per_supported_month: 'Je begleitetem Monat',
    },
    rateHint: 'Ein leeres Feld zählt als 0.',
    compare: 'Vergleichen',
    total: 'Summe',
    baselineTotal: 'Summe heute',
    groupsHeading: 'Anteile der Gruppen',
    group: 'Gruppe',
    groups: {
      all: 'Alle Träger',
      migrantOrganisations: 'Migrantenorganisationen',
      otherCarriers: 'Andere Träger',
      withMunicipalFunds: 'Mit kommunalen Mitteln',
      withoutMunicipalFunds: 'Ohne kommunale Mittel',
    },
    carriers: 'Träger',
    amount: 'Betrag',
    share: 'Anteil',
    baselineShare: 'Anteil heute',
    tooFew: 'zu wenige Träger',
    movesHeading: 'Träger, deren Anteil sich ändert',
    more: 'mehr',
    less: 'weniger',
    similar: 'etwa gleich',
    umbrellasHeading: 'Nach Dachverband',
    umbrella: 'Dachverband',
    badRatesTitle: 'Ungültige Sätze',
    rateError: 'Bitte eine Zahl ≥ 0 angeben (z. B. 15 oder 12.50).',
    noRateError: 'Mindestens ein Satz muss größer als 0 sein.',
  },
};

const en: OfficeAdminTexts = {
  problemsHeading: 'Please correct:',
  cancel: 'Cancel',
  createdAt: 'Added on',
  umbrellas: {
    title: 'Umbrellas',
    none: 'No umbrella yet.',
    carriersLink: 'Its carriers',
    addHeading: 'Add an umbrella',
    name: 'Name of the umbrella',
    add: 'Add',
    added: 'The umbrella is added.',
    nameError: 'Please give a name of 1 to 200 characters.',
  },
  staff: {
    title: 'Staff',
    intro:
      'Addresses are not stored in clear: each member is shown by their id. New members sign in on the sign-in page with their address.',
    staffId: 'Id',
    role: 'Role',
    scope: 'Scope',
    roles: { funder: 'Funder', umbrella: 'Umbrella', region: 'Region' },
    wholeProgramme: 'The whole programme',
    you: '(you)',
    addHeading: 'Add a member',
    email: 'E-mail address',
    chooseRole: 'Choose a role',
    umbrella: 'Umbrella',
    umbrellaHint: 'For the umbrella role only.',
    chooseUmbrella: 'None',
    region: 'Regional key (AGS)',
    regionHint: 'For the region role only: 2, 5 or 8 digits.',
    add: 'Add',
    added: 'The member is added and can sign in now.',
    remove: 'Remove',
    removeTitle: 'Remove a member',
    removeText: 'Member {staff} can no longer sign in afterwards; their open sessions end at once.',
    removeSelfWarning: 'This is you: once removed, you are signed out and cannot sign in again.',
    confirmRemove: 'Yes, remove',
    removed: 'The member is removed.',
    lastFunderTitle: 'Not possible',
    lastFunder: 'This is the last member with the funder role. Add another one first.',
    errors: {
      email: 'Please give a valid e-mail address.',
      role: 'Please choose a role.',
      umbrellaId: 'Please choose an umbrella for the umbrella role.',
      unknownUmbrella: 'There is no such umbrella.',
      region: 'Please give a key of 2, 5 or 8 digits for the region role.',
      notForRole: 'This does not belong to this role; please leave it empty.',
    },
  },
  periods: {
    title: 'Funding periods',
    period: 'Period {period}',
    state: 'State',
    states: { open: 'open', ended: 'ended, not closed', closed: 'closed' },
    closedOn: 'Closed on {date}',
    revision: 'Revision',
    closeNow: 'Close now',
    summaryLink: 'Summary and reports',
    fundingLink: 'Compare funding models',
    closeTitle: 'Close period {period}',
    closeText:
      'The close writes a report for every carrier and the summaries, as “periods close” does. This takes a few minutes.',
    closeAgainText:
      'The period is already closed: closing again makes a new revision; the earlier reports stay.',
    confirmClose: 'Yes, close now',
    closeStarted: 'The close has started. The reports appear here once they are written.',
    notEndedTitle: 'Not ended yet',
    notEnded: 'This period is still open; it can be closed only after its end.',
  },
  summary: {
    funderTitle: 'Summary {period}',
    umbrellaTitle: 'Umbrella summary {period}',
    carrierTitle: 'Report {period}: {carrier}',
    notClosed: 'This period is not closed yet: there are no reports yet.',
    noReport: 'There is no report of this carrier for this period.',
    downloads: 'Download',
    downloadJson: 'Data (JSON)',
    downloadCsv: 'Table (CSV)',
    downloadHtml: 'Page (HTML)',
    figuresNote: 'The figures as they were produced when the period closed.',
    carriersHeading: 'The carriers’ reports',
    noCarriers: 'No carriers in this close.',
  },
  funding: {
    title: 'Funding models {period}',
    intro:
      'What other rates would have given the carriers, from the close of the period, against today’s practice (per new match only).',
    ratesHeading: 'Rates in euros',
    rates: {
      per_new_match: 'Per new match',
      per_active_month: 'Per active month',
      per_supported_month: 'Per supported month',
    },
    rateHint: 'An empty field counts as 0.',
    compare: 'Compare',
    total: 'Total',
    baselineTotal: 'Total today',
    groupsHeading: 'The groups’ shares',
    group: 'Group',
    groups: {
      all: 'All carriers',
      migrantOrganisations: 'Migrant organisations',
      otherCarriers: 'Other carriers',
      withMunicipalFunds: 'With municipal funds',
      withoutMunicipalFunds: 'Without municipal funds',
    },
    carriers: 'Carriers',
    amount: 'Amount',
    share: 'Share',
    baselineShare: 'Share today',
    tooFew: 'too few carriers',
    movesHeading: 'Carriers whose share moves',
    more: 'more',
    less: 'less',
    similar: 'about the same',
    umbrellasHeading: 'By umbrella',
    umbrella: 'Umbrella',
    badRatesTitle: 'Invalid rates',
    rateError: 'Please give a number ≥ 0 (e.g. 15 or 12.50).',
    noRateError: 'At least one rate must be greater than 0.',
  },
};

const tr: OfficeAdminTexts = {
  problemsHeading: 'Lütfen düzeltin:',
  cancel: 'Vazgeç',
  createdAt: 'Eklenme tarihi',
  umbrellas: {
    title: 'Çatı kuruluşlar',
    none: 'Henüz çatı kuruluş yok.',
    carriersLink: 'Kuruluşları',
    addHeading: 'Çatı kuruluş ekle',
    name: 'Çatı kuruluşun adı',
    add: 'Ekle',
    added: 'Çatı kuruluş eklendi.',
    nameError: 'Lütfen 1 ile 200 karakter arasında bir ad girin.',
  },
  staff: {
    title: 'Çalışanlar',
    intro:
      'Adresler açık olarak saklanmaz: her kişi kimliğiyle gösterilir. Yeni çalışanlar giriş sayfasında adresleriyle giriş yapar.',
    staffId: 'Kimlik',
    role: 'Rol',
    scope: 'Kapsam',
    roles: { funder: 'Destekleyen', umbrella: 'Çatı kuruluş', region: 'Bölge' },
    wholeProgramme: 'Tüm program',
    you: '(siz)',
    addHeading: 'Kişi ekle',
    email: 'E-posta adresi',
    chooseRole: 'Rol seçin',
    umbrella: 'Çatı kuruluş',
    umbrellaHint: 'Yalnızca çatı kuruluş rolü için.',
    chooseUmbrella: 'Yok',
    region: 'Bölge anahtarı (AGS)',
    regionHint: 'Yalnızca bölge rolü için: 2, 5 veya 8 rakam.',
    add: 'Ekle',
    added: 'Kişi eklendi ve artık giriş yapabilir.',
    remove: 'Kaldır',
    removeTitle: 'Kişiyi kaldır',
    removeText: '{staff} bundan sonra giriş yapamaz; açık oturumları hemen sona erer.',
    removeSelfWarning:
      'Bu sizsiniz: kaldırıldıktan sonra oturumunuz kapanır ve yeniden giriş yapamazsınız.',
    confirmRemove: 'Evet, kaldır',
    removed: 'Kişi kaldırıldı.',
    lastFunderTitle: 'Mümkün değil',
    lastFunder: 'Bu, destekleyen rolündeki son kişi. Önce başka birini ekleyin.',
    errors: {
      email: 'Lütfen geçerli bir e-posta adresi girin.',
      role: 'Lütfen bir rol seçin.',
      umbrellaId: 'Lütfen çatı kuruluş rolü için bir çatı kuruluş seçin.',
      unknownUmbrella: 'Böyle bir çatı kuruluş yok.',
      region: 'Lütfen bölge rolü için 2, 5 veya 8 rakamlı bir anahtar girin.',
      notForRole: 'Bu, bu role ait değil; lütfen boş bırakın.',
    },
  },
  periods: {
    title: 'Destek dönemleri',
    period: 'Dönem {period}',
    state: 'Durum',
    states: { open: 'açık', ended: 'bitti, kapanmadı', closed: 'kapandı' },
    closedOn: '{date} tarihinde kapandı',
    revision: 'Sürüm',
    closeNow: 'Şimdi kapat',
    summaryLink: 'Özet ve raporlar',
    fundingLink: 'Finansman modellerini karşılaştır',
    closeTitle: '{period} dönemini kapat',
    closeText:
      'Kapanış, “periods close” gibi her kuruluş için bir rapor ve özetleri yazar. Bu birkaç dakika sürer.',
    closeAgainText:
      'Dönem zaten kapandı: yeniden kapatmak yeni bir sürüm oluşturur; önceki raporlar kalır.',
    confirmClose: 'Evet, şimdi kapat',
    closeStarted: 'Kapanış başladı. Raporlar yazıldıkça burada görünür.',
    notEndedTitle: 'Henüz bitmedi',
    notEnded: 'Bu dönem hâlâ açık; ancak bittikten sonra kapatılabilir.',
  },
  summary: {
    funderTitle: 'Özet {period}',
    umbrellaTitle: 'Çatı kuruluş özeti {period}',
    carrierTitle: 'Rapor {period}: {carrier}',
    notClosed: 'Bu dönem henüz kapanmadı: henüz rapor yok.',
    noReport: 'Bu kuruluşun bu dönem için raporu yok.',
    downloads: 'İndir',
    downloadJson: 'Veri (JSON)',
    downloadCsv: 'Tablo (CSV)',
    downloadHtml: 'Sayfa (HTML)',
    figuresNote: 'Rakamlar, dönem kapandığında oluşturuldukları haliyle.',
    carriersHeading: 'Kuruluşların raporları',
    noCarriers: 'Bu kapanışta kuruluş yok.',
  },
  funding: {
    title: 'Finansman modelleri {period}',
    intro:
      'Başka oranların kuruluşlara ne vereceği, dönemin kapanışından hesaplanarak bugünkü uygulamayla (yalnızca yeni eşleşme başına) karşılaştırılır.',
    ratesHeading: 'Euro cinsinden oranlar',
    rates: {
      per_new_match: 'Yeni eşleşme başına',
      per_active_month: 'Aktif ay başına',
      per_supported_month: 'Destek verilen ay başına',
    },
    rateHint: 'Boş alan 0 sayılır.',
    compare: 'Karşılaştır',
    total: 'Toplam',
    baselineTotal: 'Bugünkü toplam',
    groupsHeading: 'Grupların payları',
    group: 'Grup',
    groups: {
      all: 'Tüm kuruluşlar',
      migrantOrganisations: 'Göçmen örgütleri',
      otherCarriers: 'Diğer kuruluşlar',
      withMunicipalFunds: 'Belediye fonlu',
      withoutMunicipalFunds: 'Belediye fonsuz',
    },
    carriers: 'Kuruluşlar',
    amount: 'Tutar',
    share: 'Pay',
    baselineShare: 'Bugünkü pay',
    tooFew: 'çok az kuruluş',
    movesHeading: 'Payı değişen kuruluşlar',
    more: 'daha fazla',
    less: 'daha az',
    similar: 'yaklaşık aynı',
    umbrellasHeading: 'Çatı kuruluşa göre',
    umbrella: 'Çatı kuruluş',
    badRatesTitle: 'Geçersiz oranlar',
    rateError: 'Lütfen ≥ 0 bir sayı girin (ör. 15 veya 12.50).',
    noRateError: 'En az bir oran 0’dan büyük olmalı.',
  },
};

const ar: OfficeAdminTexts = {
  problemsHeading: 'يرجى التصحيح:',
  cancel: 'إلغاء',
  createdAt: 'أضيف في',
  umbrellas: {
    title: 'المنظمات الأم',
    none: 'لا توجد منظمة أم بعد.',
    carriersLink: 'جهاتها',
    addHeading: 'إضافة منظمة أم',
    name: 'اسم المنظمة الأم',
    add: 'إضافة',
    added: 'تمت إضافة المنظمة الأم.',
    nameError: 'يرجى إدخال اسم من 1 إلى 200 حرف.',
  },
  staff: {
    title: 'الموظفون',
    intro:
      'لا تُحفظ العناوين بنص واضح: يظهر كل شخص بمعرّفه. يسجّل الموظفون الجدد الدخول بعناوينهم في صفحة تسجيل الدخول.',
    staffId: 'المعرّف',
    role: 'الدور',
    scope: 'النطاق',
    roles: { funder: 'الجهة الممولة', umbrella: 'منظمة أم', region: 'منطقة' },
    wholeProgramme: 'البرنامج كله',
    you: '(أنت)',
    addHeading: 'إضافة شخص',
    email: 'البريد الإلكتروني',
    chooseRole: 'اختر دورًا',
    umbrella: 'المنظمة الأم',
    umbrellaHint: 'لدور المنظمة الأم فقط.',
    chooseUmbrella: 'لا شيء',
    region: 'المفتاح الإقليمي (AGS)',
    regionHint: 'لدور المنطقة فقط: 2 أو 5 أو 8 أرقام.',
    add: 'إضافة',
    added: 'تمت إضافة الشخص ويمكنه تسجيل الدخول الآن.',
    remove: 'إزالة',
    removeTitle: 'إزالة شخص',
    removeText: 'لن يتمكن {staff} من تسجيل الدخول بعد ذلك؛ تنتهي جلساته المفتوحة فورًا.',
    removeSelfWarning: 'هذا أنت: بعد الإزالة يتم تسجيل خروجك ولا يمكنك تسجيل الدخول مجددًا.',
    confirmRemove: 'نعم، أزل',
    removed: 'تمت إزالة الشخص.',
    lastFunderTitle: 'غير ممكن',
    lastFunder: 'هذا آخر شخص بدور الجهة الممولة. أضف شخصًا آخر أولًا.',
    errors: {
      email: 'يرجى إدخال عنوان بريد إلكتروني صالح.',
      role: 'يرجى اختيار دور.',
      umbrellaId: 'يرجى اختيار منظمة أم لدور المنظمة الأم.',
      unknownUmbrella: 'لا توجد منظمة أم كهذه.',
      region: 'يرجى إدخال مفتاح من 2 أو 5 أو 8 أرقام لدور المنطقة.',
      notForRole: 'هذا لا يخص هذا الدور؛ يرجى تركه فارغًا.',
    },
  },
  periods: {
    title: 'فترات التمويل',
    period: 'الفترة {period}',
    state: 'الحالة',
    states: { open: 'مفتوحة', ended: 'انتهت ولم تُغلق', closed: 'مغلقة' },
    closedOn: 'أُغلقت في {date}',
    revision: 'النسخة',
    closeNow: 'أغلق الآن',
    summaryLink: 'الملخص والتقارير',
    fundingLink: 'قارن نماذج التمويل',
    closeTitle: 'إغلاق الفترة {period}',
    closeText:
      'يكتب الإغلاق تقريرًا لكل جهة والملخصات، كما يفعل “periods close”. يستغرق ذلك بضع دقائق.',
    closeAgainText: 'الفترة مغلقة بالفعل: الإغلاق مجددًا ينشئ نسخة جديدة؛ وتبقى التقارير السابقة.',
    confirmClose: 'نعم، أغلق الآن',
    closeStarted: 'بدأ الإغلاق. تظهر التقارير هنا بمجرد كتابتها.',
    notEndedTitle: 'لم تنته بعد',
    notEnded: 'هذه الفترة ما زالت مفتوحة؛ لا يمكن إغلاقها إلا بعد انتهائها.',
  },
  summary: {
    funderTitle: 'الملخص {period}',
    umbrellaTitle: 'ملخص المنظمة الأم {period}',
    carrierTitle: 'التقرير {period}: {carrier}',
    notClosed: 'هذه الفترة لم تُغلق بعد: لا توجد تقارير بعد.',
    noReport: 'لا يوجد تقرير لهذه الجهة في هذه الفترة.',
    downloads: 'تنزيل',
    downloadJson: 'بيانات (JSON)',
    downloadCsv: 'جدول (CSV)',
    downloadHtml: 'صفحة (HTML)',
    figuresNote: 'الأرقام كما أُنتجت عند إغلاق الفترة.',
    carriersHeading: 'تقارير الجهات',
    noCarriers: 'لا توجد جهات في هذا الإغلاق.',
  },
  funding: {
    title: 'نماذج التمويل {period}',
    intro:
      'ما كانت ستمنحه معدلات أخرى للجهات، محسوبًا من إغلاق الفترة، مقارنةً بالممارسة الحالية (لكل ثنائي جديد فقط).',
    ratesHeading: 'المعدلات باليورو',
    rates: {
      per_new_match: 'لكل ثنائي جديد',
      per_active_month: 'لكل شهر نشط',
      per_supported_month: 'لكل شهر مدعوم',
    },
    rateHint: 'الحقل الفارغ يُحسب 0.',
    compare: 'قارن',
    total: 'المجموع',
    baselineTotal: 'المجموع اليوم',
    groupsHeading: 'حصص المجموعات',
    group: 'المجموعة',
    groups: {
      all: 'كل الجهات',
      migrantOrganisations: 'منظمات المهاجرين',
      otherCarriers: 'الجهات الأخرى',
      withMunicipalFunds: 'بتمويل بلدي',
      withoutMunicipalFunds: 'بدون تمويل بلدي',
    },
    carriers: 'الجهات',
    amount: 'المبلغ',
    share: 'الحصة',
    baselineShare: 'الحصة اليوم',
    tooFew: 'جهات قليلة جدًا',
    movesHeading: 'الجهات التي تتغير حصتها',
    more: 'أكثر',
    less: 'أقل',
    similar: 'تقريبًا نفسها',
    umbrellasHeading: 'حسب المنظمة الأم',
    umbrella: 'المنظمة الأم',
    badRatesTitle: 'معدلات غير صالحة',
    rateError: 'يرجى إدخال رقم ≥ 0 (مثل 15 أو 12.50).',
    noRateError: 'يجب أن يكون معدل واحد على الأقل أكبر من 0.',
  },
};

const uk: OfficeAdminTexts = {
  problemsHeading: 'Будь ласка, виправте:',
  cancel: 'Скасувати',
  createdAt: 'Додано',
  umbrellas: {
    title: 'Головні організації',
    none: 'Ще немає головної організації.',
    carriersLink: 'Її організації',
    addHeading: 'Додати головну організацію',
    name: 'Назва головної організації',
    add: 'Додати',
    added: 'Головну організацію додано.',
    nameError: 'Будь ласка, вкажіть назву від 1 до 200 символів.',
  },
  staff: {
    title: 'Співробітники',
    intro:
      'Адреси не зберігаються у відкритому вигляді: кожну особу показано за її ідентифікатором. Нові співробітники входять на сторінці входу зі своєю адресою.',
    staffId: 'Ідентифікатор',
    role: 'Роль',
    scope: 'Сфера',
    roles: { funder: 'Донор', umbrella: 'Головна організація', region: 'Регіон' },
    wholeProgramme: 'Уся програма',
    you: '(ви)',
    addHeading: 'Додати особу',
    email: 'Адреса e-mail',
    chooseRole: 'Оберіть роль',
    umbrella: 'Головна організація',
    umbrellaHint: 'Лише для ролі головної організації.',
    chooseUmbrella: 'Жодна',
    region: 'Регіональний ключ (AGS)',
    regionHint: 'Лише для ролі регіону: 2, 5 або 8 цифр.',
    add: 'Додати',
    added: 'Особу додано, тепер вона може увійти.',
    remove: 'Видалити',
    removeTitle: 'Видалити особу',
    removeText: '{staff} більше не зможе увійти; відкриті сеанси завершаться одразу.',
    removeSelfWarning: 'Це ви: після видалення ви вийдете і не зможете увійти знову.',
    confirmRemove: 'Так, видалити',
    removed: 'Особу видалено.',
    lastFunderTitle: 'Неможливо',
    lastFunder: 'Це остання особа з роллю донора. Спершу додайте ще одну.',
    errors: {
      email: 'Будь ласка, вкажіть дійсну адресу e-mail.',
      role: 'Будь ласка, оберіть роль.',
      umbrellaId: 'Будь ласка, оберіть головну організацію для цієї ролі.',
      unknownUmbrella: 'Такої головної організації немає.',
      region: 'Будь ласка, вкажіть ключ із 2, 5 або 8 цифр для ролі регіону.',
      notForRole: 'Це не стосується цієї ролі; залиште порожнім.',
    },
  },
  periods: {
    title: 'Періоди фінансування',
    period: 'Період {period}',
    state: 'Стан',
    states: { open: 'триває', ended: 'завершився, не закритий', closed: 'закритий' },
    closedOn: 'Закрито {date}',
    revision: 'Версія',
    closeNow: 'Закрити зараз',
    summaryLink: 'Підсумок і звіти',
    fundingLink: 'Порівняти моделі фінансування',
    closeTitle: 'Закрити період {period}',
    closeText:
      'Закриття створює звіт для кожної організації та підсумки, як “periods close”. Це триває кілька хвилин.',
    closeAgainText:
      'Період уже закрито: повторне закриття створює нову версію; попередні звіти залишаються.',
    confirmClose: 'Так, закрити зараз',
    closeStarted: 'Закриття почалося. Звіти з’являться тут, щойно їх буде записано.',
    notEndedTitle: 'Ще не завершився',
    notEnded: 'Цей період ще триває; закрити його можна лише після завершення.',
  },
  summary: {
    funderTitle: 'Підсумок {period}',
    umbrellaTitle: 'Підсумок головної організації {period}',
    carrierTitle: 'Звіт {period}: {carrier}',
    notClosed: 'Цей період ще не закрито: звітів поки немає.',
    noReport: 'Для цієї організації немає звіту за цей період.',
    downloads: 'Завантажити',
    downloadJson: 'Дані (JSON)',
    downloadCsv: 'Таблиця (CSV)',
    downloadHtml: 'Сторінка (HTML)',
    figuresNote: 'Показники такі, якими їх створено під час закриття періоду.',
    carriersHeading: 'Звіти організацій',
    noCarriers: 'У цьому закритті немає організацій.',
  },
  funding: {
    title: 'Моделі фінансування {period}',
    intro:
      'Що інші ставки дали б організаціям, обчислено із закриття періоду, порівняно з нинішньою практикою (лише за нову пару).',
    ratesHeading: 'Ставки в євро',
    rates: {
      per_new_match: 'За нову пару',
      per_active_month: 'За активний місяць',
      per_supported_month: 'За місяць із супроводом',
    },
    rateHint: 'Порожнє поле означає 0.',
    compare: 'Порівняти',
    total: 'Сума',
    baselineTotal: 'Сума сьогодні',
    groupsHeading: 'Частки груп',
    group: 'Група',
    groups: {
      all: 'Усі організації',
      migrantOrganisations: 'Організації мігрантів',
      otherCarriers: 'Інші організації',
      withMunicipalFunds: 'З муніципальними коштами',
      withoutMunicipalFunds: 'Без муніципальних коштів',
    },
    carriers: 'Організації',
    amount: 'Сума',
    share: 'Частка',
    baselineShare: 'Частка сьогодні',
    tooFew: 'замало організацій',
    movesHeading: 'Організації, чия частка змінюється',
    more: 'більше',
    less: 'менше',
    similar: 'приблизно так само',
    umbrellasHeading: 'За головною організацією',
    umbrella: 'Головна організація',
    badRatesTitle: 'Недійсні ставки',
    rateError: 'Будь ласка, вкажіть число ≥ 0 (напр. 15 або 12.50).',
    noRateError: 'Принаймні одна ставка має бути більшою за 0.',
  },
};

const ru: OfficeAdminTexts = {
  problemsHeading: 'Пожалуйста, исправьте:',
  cancel: 'Отмена',
  createdAt: 'Добавлено',
  umbrellas: {
    title: 'Головные организации',
    none: 'Пока нет головной организации.',
    carriersLink: 'Её организации',
    addHeading: 'Добавить головную организацию',
    name: 'Название головной организации',
    add: 'Добавить',
    added: 'Головная организация добавлена.',
    nameError: 'Пожалуйста, укажите название от 1 до 200 символов.',
  },
  staff: {
    title: 'Сотрудники',
    intro:
      'Адреса не хранятся в открытом виде: каждый человек показан по идентификатору. Новые сотрудники входят на странице входа со своим адресом.',
    staffId: 'Идентификатор',
    role: 'Роль',
    scope: 'Область',
    roles: { funder: 'Грантодатель', umbrella: 'Головная организация', region: 'Регион' },
    wholeProgramme: 'Вся программа',
    you: '(вы)',
    addHeading: 'Добавить сотрудника',
    email: 'Адрес e-mail',
    chooseRole: 'Выберите роль',
    umbrella: 'Головная организация',
    umbrellaHint: 'Только для роли головной организации.',
    chooseUmbrella: 'Нет',
    region: 'Региональный ключ (AGS)',
    regionHint: 'Только для роли региона: 2, 5 или 8 цифр.',
    add: 'Добавить',
    added: 'Сотрудник добавлен и теперь может войти.',
    remove: 'Удалить',
    removeTitle: 'Удалить сотрудника',
    removeText: '{staff} больше не сможет войти; открытые сеансы сразу завершатся.',
    removeSelfWarning: 'Это вы: после удаления вы выйдете и не сможете войти снова.',
    confirmRemove: 'Да, удалить',
    removed: 'Сотрудник удалён.',
    lastFunderTitle: 'Невозможно',
    lastFunder: 'Это последний сотрудник с ролью грантодателя. Сначала добавьте ещё одного.',
    errors: {
      email: 'Пожалуйста, укажите действительный адрес e-mail.',
      role: 'Пожалуйста, выберите роль.',
      umbrellaId: 'Пожалуйста, выберите головную организацию для этой роли.',
      unknownUmbrella: 'Такой головной организации нет.',
      region: 'Пожалуйста, укажите ключ из 2, 5 или 8 цифр для роли региона.',
      notForRole: 'Это не относится к этой роли; оставьте пустым.',
    },
  },
  periods: {
    title: 'Периоды финансирования',
    period: 'Период {period}',
    state: 'Состояние',
    states: { open: 'идёт', ended: 'окончен, не закрыт', closed: 'закрыт' },
    closedOn: 'Закрыт {date}',
    revision: 'Версия',
    closeNow: 'Закрыть сейчас',
    summaryLink: 'Сводка и отчёты',
    fundingLink: 'Сравнить модели финансирования',
    closeTitle: 'Закрыть период {period}',
    closeText:
      'Закрытие создаёт отчёт для каждой организации и сводки, как “periods close”. Это занимает несколько минут.',
    closeAgainText:
      'Период уже закрыт: повторное закрытие создаёт новую версию; прежние отчёты сохраняются.',
    confirmClose: 'Да, закрыть сейчас',
    closeStarted: 'Закрытие началось. Отчёты появятся здесь, как только будут записаны.',
    notEndedTitle: 'Ещё не окончен',
    notEnded: 'Этот период ещё идёт; закрыть его можно только после окончания.',
  },
  summary: {
    funderTitle: 'Сводка {period}',
    umbrellaTitle: 'Сводка головной организации {period}',
    carrierTitle: 'Отчёт {period}: {carrier}',
    notClosed: 'Этот период ещё не закрыт: отчётов пока нет.',
    noReport: 'Для этой организации нет отчёта за этот период.',
    downloads: 'Скачать',
    downloadJson: 'Данные (JSON)',
    downloadCsv: 'Таблица (CSV)',
    downloadHtml: 'Страница (HTML)',
    figuresNote: 'Показатели в том виде, в каком они созданы при закрытии периода.',
    carriersHeading: 'Отчёты организаций',
    noCarriers: 'В этом закрытии нет организаций.',
  },
  funding: {
    title: 'Модели финансирования {period}',
    intro:
      'Что другие ставки дали бы организациям, рассчитано по закрытию периода, в сравнении с нынешней практикой (только за новую пару).',
    ratesHeading: 'Ставки в евро',
    rates: {
      per_new_match: 'За новую пару',
      per_active_month: 'За активный месяц',
      per_supported_month: 'За месяц с сопровождением',
    },
    rateHint: 'Пустое поле считается как 0.',
    compare: 'Сравнить',
    total: 'Сумма',
    baselineTotal: 'Сумма сегодня',
    groupsHeading: 'Доли групп',
    group: 'Группа',
    groups: {
      all: 'Все организации',
      migrantOrganisations: 'Организации мигрантов',
      otherCarriers: 'Другие организации',
      withMunicipalFunds: 'С муниципальными средствами',
      withoutMunicipalFunds: 'Без муниципальных средств',
    },
    carriers: 'Организации',
    amount: 'Сумма',
    share: 'Доля',
    baselineShare: 'Доля сегодня',
    tooFew: 'слишком мало организаций',
    movesHeading: 'Организации, чья доля меняется',
    more: 'больше',
    less: 'меньше',
    similar: 'примерно так же',
    umbrellasHeading: 'По головной организации',
    umbrella: 'Головная организация',
    badRatesTitle: 'Недопустимые ставки',
    rateError: 'Пожалуйста, укажите число ≥ 0 (напр. 15 или 12.50).',
    noRateError: 'Хотя бы одна ставка должна быть больше 0.',
  },
};

const fa: OfficeAdminTexts = {
  problemsHeading: 'لطفاً اصلاح کنید:',
  cancel: 'انصراف',
  createdAt: 'افزوده‌شده در',
  umbrellas: {
    title: 'سازمان‌های مادر',
    none: 'هنوز سازمان مادری نیست.',
    carriersLink: 'نهادهای آن',
    addHeading: 'افزودن سازمان مادر',
    name: 'نام سازمان مادر',
    add: 'افزودن',
    added: 'سازمان مادر افزوده شد.',
    nameError: 'لطفاً نامی با ۱ تا ۲۰۰ نویسه وارد کنید.',
  },
  staff: {
    title: 'کارکنان',
    intro:
      'نشانی‌ها به‌صورت آشکار ذخیره نمی‌شوند: هر فرد با شناسه‌اش نشان داده می‌شود. کارکنان تازه با نشانی خود در صفحهٔ ورود وارد می‌شوند.',
    staffId: 'شناسه',
    role: 'نقش',
    scope: 'حوزه',
    roles: { funder: 'تأمین‌کنندهٔ مالی', umbrella: 'سازمان مادر', region: 'منطقه' },
    wholeProgramme: 'کل برنامه',
    you: '(شما)',
    addHeading: 'افزودن فرد',
    email: 'نشانی ایمیل',
    chooseRole: 'نقشی برگزینید',
    umbrella: 'سازمان مادر',
    umbrellaHint: 'فقط برای نقش سازمان مادر.',
    chooseUmbrella: 'هیچ',
    region: 'کلید منطقه‌ای (AGS)',
    regionHint: 'فقط برای نقش منطقه: ۲، ۵ یا ۸ رقم.',
    add: 'افزودن',
    added: 'فرد افزوده شد و اکنون می‌تواند وارد شود.',
    remove: 'حذف',
    removeTitle: 'حذف فرد',
    removeText: '{staff} پس از این نمی‌تواند وارد شود؛ نشست‌های باز او بی‌درنگ پایان می‌یابد.',
    removeSelfWarning:
      'این خود شمایید: پس از حذف از سامانه خارج می‌شوید و دیگر نمی‌توانید وارد شوید.',
    confirmRemove: 'بله، حذف کن',
    removed: 'فرد حذف شد.',
    lastFunderTitle: 'ممکن نیست',
    lastFunder: 'این آخرین فرد با نقش تأمین‌کنندهٔ مالی است. نخست فرد دیگری بیفزایید.',
    errors: {
      email: 'لطفاً نشانی ایمیل معتبری وارد کنید.',
      role: 'لطفاً نقشی برگزینید.',
      umbrellaId: 'لطفاً برای نقش سازمان مادر، سازمان مادری برگزینید.',
      unknownUmbrella: 'چنین سازمان مادری وجود ندارد.',
      region: 'لطفاً برای نقش منطقه کلیدی با ۲، ۵ یا ۸ رقم وارد کنید.',
      notForRole: 'این به این نقش مربوط نیست؛ لطفاً خالی بگذارید.',
    },
  },
  periods: {
    title: 'دوره‌های تأمین مالی',
    period: 'دورهٔ {period}',
    state: 'وضعیت',
    states: { open: 'باز', ended: 'پایان‌یافته، بسته‌نشده', closed: 'بسته' },
    closedOn: 'بسته‌شده در {date}',
    revision: 'نسخه',
    closeNow: 'اکنون ببند',
    summaryLink: 'خلاصه و گزارش‌ها',
    fundingLink: 'مقایسهٔ مدل‌های تأمین مالی',
    closeTitle: 'بستن دورهٔ {period}',
    closeText:
      'بستن، مانند “periods close”، برای هر نهاد یک گزارش و خلاصه‌ها را می‌نویسد. این چند دقیقه طول می‌کشد.',
    closeAgainText:
      'این دوره پیش‌تر بسته شده است: بستن دوباره نسخهٔ تازه‌ای می‌سازد؛ گزارش‌های پیشین می‌مانند.',
    confirmClose: 'بله، اکنون ببند',
    closeStarted: 'بستن آغاز شد. گزارش‌ها پس از نوشته شدن اینجا نمایان می‌شوند.',
    notEndedTitle: 'هنوز پایان نیافته',
    notEnded: 'این دوره هنوز باز است؛ تنها پس از پایانش می‌توان آن را بست.',
  },
  summary: {
    funderTitle: 'خلاصهٔ {period}',
    umbrellaTitle: 'خلاصهٔ سازمان مادر {period}',
    carrierTitle: 'گزارش {period}: {carrier}',
    notClosed: 'این دوره هنوز بسته نشده است: هنوز گزارشی نیست.',
    noReport: 'برای این نهاد در این دوره گزارشی نیست.',
    downloads: 'بارگیری',
    downloadJson: 'داده (JSON)',
    downloadCsv: 'جدول (CSV)',
    downloadHtml: 'صفحه (HTML)',
    figuresNote: 'ارقام همان‌گونه که هنگام بستن دوره تولید شدند.',
    carriersHeading: 'گزارش‌های نهادها',
    noCarriers: 'در این بستن نهادی نیست.',
  },
  funding: {
    title: 'مدل‌های تأمین مالی {period}',
    intro:
      'آنچه نرخ‌های دیگر به نهادها می‌دادند، محاسبه‌شده از بستن دوره، در برابر روال امروز (فقط به‌ازای هر زوج تازه).',
    ratesHeading: 'نرخ‌ها به یورو',
    rates: {
      per_new_match: 'به‌ازای هر زوج تازه',
      per_active_month: 'به‌ازای هر ماه فعال',
      per_supported_month: 'به‌ازای هر ماه با همراهی',
    },
    rateHint: 'خانهٔ خالی ۰ شمرده می‌شود.',
    compare: 'مقایسه',
    total: 'جمع',
    baselineTotal: 'جمع امروز',
    groupsHeading: 'سهم گروه‌ها',
    group: 'گروه',
    groups: {
      all: 'همهٔ نهادها',
      migrantOrganisations: 'سازمان‌های مهاجران',
      otherCarriers: 'نهادهای دیگر',
      withMunicipalFunds: 'با بودجهٔ شهرداری',
      withoutMunicipalFunds: 'بدون بودجهٔ شهرداری',
    },
    carriers: 'نهادها',
    amount: 'مبلغ',
    share: 'سهم',
    baselineShare: 'سهم امروز',
    tooFew: 'نهادهای بسیار کم',
    movesHeading: 'نهادهایی که سهمشان تغییر می‌کند',
    more: 'بیشتر',
    less: 'کمتر',
    similar: 'تقریباً همان',
    umbrellasHeading: 'بر پایهٔ سازمان مادر',
    umbrella: 'سازمان مادر',
    badRatesTitle: 'نرخ‌های نامعتبر',
    rateError: 'لطفاً عددی ≥ ۰ وارد کنید (مثلاً 15 یا 12.50).',
    noRateError: 'دست‌کم یک نرخ باید بزرگ‌تر از ۰ باشد.',
  },
};

export const officeAdminTexts: Record<Language, OfficeAdminTexts> = { de, en, tr, ar, uk, ru, fa };
