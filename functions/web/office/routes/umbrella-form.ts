import { Hono } from 'hono';
import { addUmbrella } from '../../../../shared/data/umbrellas';
import { officeAdminTexts } from '../../../../shared/i18n/office-admin-texts';
import { newUmbrellaSchema } from '../../../../shared/schemas/office';
import { render } from '../../web-context';
import { staffOfRolesPost } from './staff-access';
import { showUmbrellas } from './umbrellas';

/** Adding an umbrella (SPEC §12, funder staff only), as `umbrellas add`. */
export const umbrellaForm = new Hono();

umbrellaForm.post('/office/umbrellas', async (c) => {
  const context = await staffOfRolesPost(c, ['funder']);
  if (context instanceof Response) return context;
  const values = { name: context.fields.name ?? '' };
  const parsed = newUmbrellaSchema.safeParse(values);
  if (!parsed.success) {
    const errors = { name: officeAdminTexts[context.page.language].umbrellas.nameError };
    return render(c, await showUmbrellas(context, { values, errors }), 422);
  }
  await addUmbrella(parsed.data);
  return c.redirect('/app/office/umbrellas?added=1', 303);
});
