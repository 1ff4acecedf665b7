// SPEC §12: the programme office's roles, without a schema library, for the staff page that
// offers them as choices; office.ts builds its schemas from them.

export const staffRoles = ['funder', 'umbrella', 'region'] as const;
