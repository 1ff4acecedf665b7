import type { endReasons } from '../../../shared/schemas/webhooks';

/** A label in German (the page's language) with its English translation underneath. */
export interface Label {
  readonly de: string;
  readonly en: string;
}

type EndReason = (typeof endReasons)[number];

/** Section titles of the report pages. */
export const sectionLabels = {
  matches: { de: 'Tandems', en: 'Matches' },
  checkIns: { de: 'Begleitkontakte', en: 'Check-ins' },
  funding: { de: 'Fördermodelle im Vergleich', en: 'Funding models compared' },
  carriers: { de: 'Träger', en: 'Carrier organisations' },
  carrierSituation: { de: 'Lage der Träger', en: 'Situation of the carriers' },
} as const satisfies Record<string, Label>;

/** One label per figure of SPEC §6, keyed by its path inside its section. */
export const matchLabels = {
  new: { de: 'Neue Tandems', en: 'New matches' },
  activeDuring: { de: 'Aktiv im Zeitraum', en: 'Active during the period' },
  activeAtEnd: { de: 'Aktiv am Ende des Zeitraums', en: 'Active at the end of the period' },
  ended: { de: 'Beendet im Zeitraum', en: 'Ended during the period' },
  medianDurationDays: {
    de: 'Mittlere Dauer beendeter Tandems (Median)',
    en: 'Median duration of ended matches',
  },
  'reached.90': { de: 'Bestand ≥ 90 Tage', en: 'Lasted ≥ 90 days' },
  'reached.180': { de: 'Bestand ≥ 180 Tage', en: 'Lasted ≥ 180 days' },
  'reached.365': { de: 'Bestand ≥ 365 Tage', en: 'Lasted ≥ 365 days' },
  earlyClosureShare: {
    de: 'Früh beendet (< 90 Tage)',
    en: 'Closed early (< 90 days)',
  },
  withConcern: { de: 'Tandems mit Sorge-Meldung', en: 'Matches with a concern' },
} as const satisfies Record<string, Label>;

export const endReasonLabels: Record<EndReason, Label> = {
  goal_reached: { de: 'Ziel erreicht', en: 'Goal reached' },
  planned_end: { de: 'Geplantes Ende', en: 'Planned end' },
  mentor_withdrew: { de: 'Mentor:in zog sich zurück', en: 'Mentor withdrew' },
  mentee_withdrew: { de: 'Mentee zog sich zurück', en: 'Mentee withdrew' },
  moved_away: { de: 'Weggezogen', en: 'Moved away' },
  mismatch: { de: 'Passte nicht', en: 'Mismatch' },
  safeguarding: { de: 'Kinderschutz / Schutzkonzept', en: 'Safeguarding' },
  other: { de: 'Sonstiges', en: 'Other' },
};

export const checkInLabels = {
  recorded: { de: 'Erfasste Begleitkontakte', en: 'Check-ins recorded' },
  due: { de: 'Fällige Begleitkontakte', en: 'Check-ins due' },
  onTime: { de: 'Davon rechtzeitig', en: 'Of these on time' },
  adherence: { de: 'Termintreue', en: 'Adherence' },
} as const satisfies Record<string, Label>;

export const fundingLabels = {
  per_new_match: { de: 'Pro neuem Tandem', en: 'Per new match' },
  per_active_month: { de: 'Pro aktivem Tandem-Monat', en: 'Per active match month' },
  per_supported_month: { de: 'Pro begleitetem Monat', en: 'Per supported month' },
} as const satisfies Record<string, Label>;

export const carrierLabels = {
  total: { de: 'Träger insgesamt', en: 'Carriers in total' },
  reporting: {
    de: 'Träger mit Finanzierungsangaben',
    en: 'Carriers reporting their funding',
  },
  migrantOrganisations: {
    de: 'Migrant:innenorganisationen',
    en: 'Migrant organisations',
  },
} as const satisfies Record<string, Label>;

export const situationLabels = {
  'thirdPartyShare.p25': { de: 'Drittmittelanteil, unteres Quartil', en: 'Third-party share, p25' },
  'thirdPartyShare.median': { de: 'Drittmittelanteil, Median', en: 'Third-party share, median' },
  'thirdPartyShare.p75': { de: 'Drittmittelanteil, oberes Quartil', en: 'Third-party share, p75' },
  fullyThirdParty: {
    de: 'Vollständig drittmittelfinanziert',
    en: 'Funded entirely by third parties',
  },
  atLeast90ThirdParty: {
    de: 'Mindestens 90 % Drittmittel',
    en: 'At least 90 % third-party funds',
  },
  withMunicipalFunds: { de: 'Mit kommunalen Mitteln', en: 'With municipal funds' },
  municipalShareOfFunds: {
    de: 'Anteil kommunaler Mittel an allen Mitteln',
    en: 'Municipal share of all funds',
  },
  'migrantOrganisations.shareOfCarriers': {
    de: 'Migrant:innenorganisationen: Anteil an den Trägern',
    en: 'Migrant organisations: share of carriers',
  },
  'migrantOrganisations.shareOfActiveMatches': {
    de: 'Migrant:innenorganisationen: Anteil an aktiven Tandems',
    en: 'Migrant organisations: share of active matches',
  },
  'migrantOrganisations.shareOfFederalProgrammeFunds': {
    de: 'Migrant:innenorganisationen: Anteil an Bundesprogramm-Mitteln',
    en: 'Migrant organisations: share of federal programme funds',
  },
} as const satisfies Record<string, Label>;

/** Words used around the figures. */
export const uiLabels = {
  carrierReport: { de: 'Förderbericht des Trägers', en: 'Carrier funding report' },
  funderSummary: { de: 'Zusammenfassung für den Fördergeber', en: 'Funder summary' },
  funder: { de: 'Fördergeber', en: 'Funder' },
  carrier: { de: 'Träger', en: 'Carrier' },
  period: { de: 'Förderzeitraum', en: 'Funding period' },
  generatedAt: { de: 'Erstellt', en: 'Generated' },
  figure: { de: 'Kennzahl', en: 'Figure' },
  value: { de: 'Wert', en: 'Value' },
  count: { de: 'Anzahl', en: 'Count' },
  share: { de: 'Anteil', en: 'Share' },
  endedByReason: { de: 'Beendet nach Grund', en: 'Ended by reason' },
  retentionChart: { de: 'Bestand der Tandems', en: 'Match retention' },
  endedByReasonChart: { de: 'Beendete Tandems nach Grund', en: 'Ended matches by reason' },
  adherenceChart: { de: 'Termintreue der Begleitung', en: 'Check-in adherence' },
  fundingChart: {
    de: 'Fördersumme je Modell (EUR)',
    en: 'Funding amount per model (EUR)',
  },
  thirdPartyChart: {
    de: 'Drittmittelanteil der Träger (Quartile)',
    en: 'Third-party share of carriers (quartiles)',
  },
  noData: { de: 'keine Daten', en: 'no data' },
  noEndedMatches: { de: 'keine beendeten Tandems', en: 'no ended matches' },
  noMatchOldEnough: {
    de: 'kein Tandem lange genug im Zeitraum',
    en: 'no match old enough',
  },
  noCheckInsDue: { de: 'keine fälligen Kontakte', en: 'no check-ins due' },
  suppressed: { de: 'unterdrückt (k-Anonymität)', en: 'suppressed (k-anonymity)' },
  situationSuppressed: {
    de: 'Die Angaben zur Lage der Träger sind unterdrückt: Zu wenige Träger haben ihre Finanzierung gemeldet, um sie ohne Rückschluss auf einzelne Träger zu veröffentlichen (k-Anonymität).',
    en: 'The situation of the carriers is suppressed: too few carriers reported their funding to publish it without revealing single carriers (k-anonymity).',
  },
  suppressedNote: {
    de: 'Unterdrückte Werte zählen oder teilen durch weniger Träger als die k-Anonymität erlaubt.',
    en: 'Suppressed figures count or divide by fewer carriers than k-anonymity allows.',
  },
  inDays: { de: 'in Tagen', en: 'in days' },
  privacy: {
    de: 'Dieser Bericht enthält keine Namen oder Kontaktdaten von Mentor:innen oder Mentees.',
    en: 'This report contains no names or contact details of mentors or mentees.',
  },
} as const satisfies Record<string, Label>;

/** The funder summary's comparison of funding models (SPEC §6 "Comparing funding models"). */
export const comparisonLabels = {
  section: {
    de: 'Fördermodelle: Wer bekäme mehr, wer weniger?',
    en: 'Funding models: who would get more, who less?',
  },
  intro: {
    de: 'Anteile der Trägergruppen an der Fördersumme, wenn das ganze Geld nach einem Modell verteilt würde. Heute folgt die Förderung den neuen Tandems (erste Spalte).',
    en: 'Each group’s part of the funding if all money followed one model. Today funding follows new matches (first column).',
  },
  sharesTable: { de: 'Anteile der Gruppen je Modell', en: 'Groups’ shares per model' },
  carriers: { de: 'Träger', en: 'Carriers' },
  group: { de: 'Gruppe', en: 'Group' },
  today: { de: 'heute', en: 'today' },
  all: { de: 'Alle Träger', en: 'All carriers' },
  migrantOrganisations: { de: 'Migrant:innenorganisationen', en: 'Migrant organisations' },
  otherCarriers: { de: 'Andere Träger', en: 'Other carriers' },
  withMunicipalFunds: {
    de: 'Mit kommunalen Mitteln',
    en: 'With municipal funds',
  },
  withoutMunicipalFunds: {
    de: 'Ohne kommunale Mittel',
    en: 'Without municipal funds',
  },
  reportingHint: {
    de: 'nur Träger mit Finanzierungsangaben',
    en: 'carriers reporting their funding only',
  },
  movesTable: {
    de: 'Träger, deren Anteil sich um mehr als 10 % ändert',
    en: 'Carriers whose share moves by more than 10 %',
  },
  more: { de: 'Bekämen mehr', en: 'Would get more' },
  less: { de: 'Bekämen weniger', en: 'Would get less' },
  similar: { de: 'Etwa gleich (± 10 %)', en: 'About the same (± 10 %)' },
  chart: { de: 'Anteil an der Fördersumme', en: 'Share of the funding' },
  rates: {
    de: 'Zu den Sätzen des Fördergebers',
    en: 'At the funder’s rates',
  },
  whatIf: { de: 'Eigene Sätze ausprobieren', en: 'Try your own rates' },
  whatIfIntro: {
    de: 'Euro je Einheit; Modelle lassen sich mischen. Die Rechnung läuft nur in diesem Browser, aus den Summen je Gruppe auf dieser Seite.',
    en: 'Euros per unit; models may be mixed. The calculation runs in this browser only, from the group totals on this page.',
  },
  whatIfTable: { de: 'Ergebnis mit Ihren Sätzen', en: 'Result at your rates' },
  amount: { de: 'Betrag', en: 'Amount' },
  yourShare: { de: 'Anteil', en: 'Share' },
  baselineShare: { de: 'Anteil heute', en: 'Share today' },
  whatIfInvalid: {
    de: 'Bitte Sätze ≥ 0 eingeben, mindestens einen über 0.',
    en: 'Please enter rates ≥ 0, at least one above 0.',
  },
  whatIfNoCounts: {
    de: 'Wie viele Träger mehr oder weniger bekämen, rechnet dieses Formular nicht nach: Dafür bräuchte es die Zahlen einzelner Träger, die diese Seite zum Schutz der Träger nicht enthält. Die Schnittstelle /funding-comparison beantwortet es für beliebige Sätze.',
    en: 'How many carriers would get more or less is not recomputed here: that needs single carriers’ figures, which this page leaves out to protect them. The /funding-comparison API answers it for any rates.',
  },
} as const satisfies Record<string, Label>;
