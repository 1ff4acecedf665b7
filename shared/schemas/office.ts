import * as z from 'zod/mini';
import { displayName } from './display-name';
import { email, partnerId } from './primitives';
import { staffRoles } from './staff-roles';

// The programme office's schemas (SPEC §1, §8, §12, §13): one source for the CLI, the office
// forms and the table's writers.

export { staffRoles };
export const staffRoleSchema = z.enum(staffRoles);
export type StaffRole = z.infer<typeof staffRoleSchema>;

/** An official regional key (AGS, SPEC §1): a Land (2), a Kreis (5) or a Gemeinde (8). */
export const regionKeySchema = z
  .string()
  .check(z.regex(/^(\d{2}|\d{5}|\d{8})$/, 'must be a regional key of 2, 5 or 8 digits'));

export const newUmbrellaSchema = z.strictObject({ name: displayName });
export type NewUmbrella = z.input<typeof newUmbrellaSchema>;

/** A staff member to add: umbrella staff name their umbrella, region staff their region. */
export const newStaffSchema = z
  .strictObject({
    email,
    role: staffRoleSchema,
    umbrellaId: z.optional(partnerId),
    region: z.optional(regionKeySchema),
  })
  .check(
    z.superRefine((staff, context) => {
      if (staff.role === 'umbrella' && staff.umbrellaId === undefined) {
        context.addIssue({
          code: 'custom',
          path: ['umbrellaId'],
          message: 'an umbrella needs an umbrellaId',
        });
      }
      if (staff.role === 'region' && staff.region === undefined) {
        context.addIssue({
          code: 'custom',
          path: ['region'],
          message: 'a region member needs a region key',
        });
      }
      if (staff.role !== 'umbrella' && staff.umbrellaId !== undefined) {
        context.addIssue({
          code: 'custom',
          path: ['umbrellaId'],
          message: 'only umbrella staff have an umbrellaId',
        });
      }
      if (staff.role !== 'region' && staff.region !== undefined) {
        context.addIssue({
          code: 'custom',
          path: ['region'],
          message: 'only region staff have a region key',
        });
      }
    }),
  );
export type NewStaff = z.input<typeof newStaffSchema>;

/** A staff member as stored and listed (`staff list`): role and scope, never the address. */
export interface StaffMember {
  readonly staffId: string;
  readonly role: StaffRole;
  readonly umbrellaId?: string;
  readonly region?: string;
  readonly createdAt: string;
}

/** What a signed-in staff member may see (SPEC §12): checked on every office page. */
export type StaffScope =
  | { readonly role: 'funder'; readonly staffId: string }
  | { readonly role: 'umbrella'; readonly staffId: string; readonly umbrellaId: string }
  | { readonly role: 'region'; readonly staffId: string; readonly region: string };

export interface Umbrella {
  readonly umbrellaId: string;
  readonly name: string;
  readonly createdAt: string;
}
