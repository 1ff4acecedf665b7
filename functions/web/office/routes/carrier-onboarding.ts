import { Hono, type Context } from 'hono';
import { funderConfig } from '../../../../shared/config/runtime-env';
import { newSecret } from '../../../../shared/domain/web-access';
import { officeCarrierTexts } from '../../../../shared/i18n/office-carrier-texts';
import type { Umbrella } from '../../../../shared/schemas/office';
import type { FormState } from '../../pages/form-fields';
import { notFoundPage } from '../../pages/match-pages';
import { render } from '../../web-context';
import { scopeUmbrellas } from '../carrier-lines';
import { staffSignedIn, type StaffSignedIn } from '../office-context';
import { newCarrierPage, noUmbrellaChoice } from '../pages/carrier-new-page';

/** `/app/office/carriers/new` (SPEC §12): the form that onboards a carrier into the scope. */
export const carrierOnboardingRoutes = new Hono();

/** The onboarding form, fresh or with the refusals of a submission (422). */
export const showNewCarrierForm = (
  c: Context,
  { page, staff }: StaffSignedIn,
  umbrellas: readonly Umbrella[],
  form: { state: FormState; nonce: string },
) =>
  render(
    c,
    newCarrierPage(page, staff, officeCarrierTexts[page.language], { ...form, umbrellas }),
    Object.keys(form.state.errors).length > 0 ? 422 : 200,
  );

carrierOnboardingRoutes.get('/office/carriers/new', async (c) => {
  const context = await staffSignedIn(c);
  if (context instanceof Response) return context;
  if (context.staff.role === 'region') return render(c, notFoundPage(context.page), 404);
  const defaults = { language: funderConfig().language, umbrellaId: noUmbrellaChoice };
  return showNewCarrierForm(c, context, await scopeUmbrellas(context.staff), {
    state: { values: defaults, errors: {} },
    nonce: newSecret(),
  });
});
