// SPEC §2: the values the webhooks' enumerations allow, without a schema library, for the
// pages that offer them as choices; webhooks.ts builds its schemas from them.

export const roles = ['mentor', 'mentee'] as const;

export const ageGroups = ['under_18', '18_29', '30_49', '50_64', '65_plus'] as const;

export const checkInWith = ['mentor', 'mentee', 'both'] as const;

export const channels = ['in_person', 'phone', 'video', 'message', 'other'] as const;

export const programmes = [
  'leisure_culture',
  'education_work',
  'reading_language',
  'everyday_housing',
  'opportunity',
  'other',
] as const;

export const endReasons = [
  'goal_reached',
  'planned_end',
  'mentor_withdrew',
  'mentee_withdrew',
  'moved_away',
  'mismatch',
  'safeguarding',
  'other',
] as const;

export const fundingSourceKinds = [
  'federal_programme',
  'state',
  'municipal',
  'foundation',
  'donations',
  'own_funds',
  'other_third_party',
] as const;
