import { Hono } from 'hono';
import type { Context } from 'hono';
import { getStaff, listStaff } from '../../../../shared/data/staff-members';
import { listUmbrellas } from '../../../../shared/data/umbrellas';
import { officeAdminTexts } from '../../../../shared/i18n/office-admin-texts';
import { emptyForm, type FormState } from '../../pages/form-fields';
import { notFoundPage } from '../../pages/match-pages';
import { render } from '../../web-context';
import type { StaffSignedIn } from '../office-context';
import { staffPage, staffRemovePage } from '../pages/staff-page';
import { staffOfRoles } from './staff-access';

/**
 * `/app/office/staff` (SPEC §12, funder staff only): the members with role and scope, the
 * form that adds one (as `staff add`) and the confirmation page that removes one (as `staff
 * remove`); staff-forms.ts takes both forms.
 */
export const staffRoutes = new Hono();

export const memberPath = '/office/staff/:staffId/remove';

/** The staff page, with the form fresh or refused. */
export const showStaff = async (context: StaffSignedIn, form: FormState, notice?: string) => {
  const [members, umbrellas] = await Promise.all([listStaff(), listUmbrellas()]);
  const texts = officeAdminTexts[context.page.language];
  return staffPage(context.page, context.staff, texts, members, umbrellas, form, notice);
};

staffRoutes.get('/office/staff', async (c) => {
  const context = await staffOfRoles(c, ['funder']);
  if (context instanceof Response) return context;
  const texts = officeAdminTexts[context.page.language].staff;
  const notice = { added: texts.added, removed: texts.removed }[c.req.query('done') ?? ''];
  return render(c, await showStaff(context, emptyForm, notice));
});

/** The member of the path, or the 404 page. */
export async function memberOf(c: Context, context: StaffSignedIn) {
  const member = await getStaff(c.req.param('staffId') ?? '');
  return member ?? render(c, notFoundPage(context.page), 404);
}

staffRoutes.get(memberPath, async (c) => {
  const context = await staffOfRoles(c, ['funder']);
  if (context instanceof Response) return context;
  const member = await memberOf(c, context);
  if (member instanceof Response) return member;
  const texts = officeAdminTexts[context.page.language];
  return render(c, staffRemovePage(context.page, context.staff, texts, member));
});
