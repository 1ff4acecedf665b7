import type { Context } from 'hono';
import { notFoundPage } from '../../pages/match-pages';
import { render } from '../../web-context';
import { staffSignedIn, staffSignedInPost, type StaffSignedIn } from '../office-context';

// Which staff may use an office area (SPEC §12): pages of another role's area are not found,
// as another scope's carrier is, so nobody learns what the area holds.

type Role = StaffSignedIn['staff']['role'];

/** The signed-in staff member if their role is one of `roles`; else a redirect or the 404 page. */
export async function staffOfRoles(c: Context, roles: readonly Role[]) {
  const context = await staffSignedIn(c);
  if (context instanceof Response) return context;
  if (!roles.includes(context.staff.role)) return render(c, notFoundPage(context.page), 404);
  return context;
}

/** The same for a form: also the session's form token (403 without). */
export async function staffOfRolesPost(c: Context, roles: readonly Role[]) {
  const context = await staffSignedInPost(c);
  if (context instanceof Response) return context;
  if (!roles.includes(context.staff.role)) return render(c, notFoundPage(context.page), 404);
  return context;
}

/** Who sees the region pages (SPEC §13): funder and region staff; umbrella staff get 404. */
export const regionRoles = ['funder', 'region'] as const satisfies readonly Role[];
