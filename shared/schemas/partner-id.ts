// The partner id rule without a schema library, for the request paths that only check a
// path segment (the report readers); primitives.ts builds the `partnerId` schema from it.

/** Partner ids: pseudonymous, never names (SPEC §2). No '#', so they are safe inside keys. */
export const partnerIdPattern = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$/;

export const partnerIdRule =
  'must be 1–64 characters of A-Z a-z 0-9 . _ : - starting with a letter or digit';

export const isPartnerId = (value: string): boolean => partnerIdPattern.test(value);
