import { Hono } from 'hono';
import {
  addStaff,
  listStaff,
  removeStaff,
  UnknownUmbrellaError,
} from '../../../../shared/data/staff';
import {
  officeAdminTexts,
  type OfficeAdminTexts,
} from '../../../../shared/i18n/office-admin-texts';
import { newStaffSchema, type StaffMember } from '../../../../shared/schemas/office';
import { render } from '../../web-context';
import { lastFunderPage } from '../pages/staff-page';
import { staffOfRolesPost } from './staff-access';
import { memberOf, memberPath, showStaff } from './staff';

/**
 * The staff forms (SPEC §12, funder staff only): adding a member and removing one. A member
 * may remove themselves (warned first); the last funder member is never removed, so the
 * programme always has someone who can add staff and close periods.
 */
export const staffForms = new Hono();

/** Whether removing `member` leaves the programme without funder staff (none could add any). */
export const isLastFunder = (member: StaffMember, members: readonly StaffMember[]): boolean =>
  member.role === 'funder' &&
  !members.some((other) => other.role === 'funder' && other.staffId !== member.staffId);

/** The form's fields as `newStaffSchema` takes them: an empty choice is no choice. */
const staffInput = (fields: Readonly<Record<string, string>>) => ({
  email: (fields.email ?? '').trim(),
  role: fields.role ?? '',
  ...(fields.umbrellaId ? { umbrellaId: fields.umbrellaId } : {}),
  ...(fields.region?.trim() ? { region: fields.region.trim() } : {}),
});

/** zod's issues as one message per field, in the page's language. */
function staffErrors(
  texts: OfficeAdminTexts['staff']['errors'],
  role: string,
  paths: readonly string[],
): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const path of paths) {
    if (path === 'email' || path === 'role') errors[path] = texts[path];
    if (path === 'umbrellaId')
      errors[path] = role === 'umbrella' ? texts.umbrellaId : texts.notForRole;
    if (path === 'region') errors[path] = role === 'region' ? texts.region : texts.notForRole;
  }
  return errors;
}

staffForms.post('/office/staff', async (c) => {
  const context = await staffOfRolesPost(c, ['funder']);
  if (context instanceof Response) return context;
  const texts = officeAdminTexts[context.page.language].staff.errors;
  const values = staffInput(context.fields);
  const refused = (errors: Record<string, string>) =>
    showStaff(context, { values: { ...values }, errors }).then((page) => render(c, page, 422));
  const parsed = newStaffSchema.safeParse(values);
  if (!parsed.success) {
    const paths = parsed.error.issues.map((issue) => String(issue.path[0] ?? 'email'));
    return refused(staffErrors(texts, values.role, paths));
  }
  try {
    await addStaff(parsed.data);
  } catch (error) {
    if (error instanceof UnknownUmbrellaError)
      return refused({ umbrellaId: texts.unknownUmbrella });
    throw error;
  }
  return c.redirect('/app/office/staff?done=added', 303);
});

staffForms.post(memberPath, async (c) => {
  const context = await staffOfRolesPost(c, ['funder']);
  if (context instanceof Response) return context;
  const member = await memberOf(c, context);
  if (member instanceof Response) return member;
  if (member.role === 'funder' && isLastFunder(member, await listStaff())) {
    const texts = officeAdminTexts[context.page.language];
    return c.html(lastFunderPage(context.page, context.staff, texts), 409);
  }
  await removeStaff(member.staffId);
  // Removing oneself ends one's own session with the grant: back to the sign-in page.
  if (member.staffId === context.staff.staffId) return c.redirect('/app/sign-in', 303);
  return c.redirect('/app/office/staff?done=removed', 303);
});
