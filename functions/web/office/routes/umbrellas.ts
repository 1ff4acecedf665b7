import { Hono } from 'hono';
import { funderConfig } from '../../../../shared/config/runtime-env';
import { listOfficeRows } from '../../../../shared/data/office-rows';
import { listUmbrellas } from '../../../../shared/data/umbrellas';
import { todayIn } from '../../../../shared/domain/dates';
import { scopeTotals } from '../../../../shared/domain/office-figures';
import { officeAdminTexts } from '../../../../shared/i18n/office-admin-texts';
import { officeCarrierTexts } from '../../../../shared/i18n/office-carrier-texts';
import { emptyForm, type FormState } from '../../pages/form-fields';
import { render } from '../../web-context';
import type { StaffSignedIn } from '../office-context';
import { umbrellasPage } from '../pages/umbrella-page';
import { staffOfRoles } from './staff-access';

/**
 * `/app/office/umbrellas` (SPEC §12, funder staff only): the umbrellas with their carriers'
 * figures, summed from the office's carrier rows (one query, no match read), and the form
 * that adds one (umbrella-form.ts takes it).
 */
export const umbrellaRoutes = new Hono();

async function umbrellasWithFigures() {
  const config = funderConfig();
  const today = todayIn(config.timezone);
  const [umbrellas, rows] = await Promise.all([listUmbrellas(), listOfficeRows()]);
  return umbrellas.map((umbrella) => ({
    umbrella,
    totals: scopeTotals(
      rows.filter((row) => row.umbrellaId === umbrella.umbrellaId),
      today,
      config,
    ),
  }));
}

/** The umbrellas page, with the form fresh or refused. */
export const showUmbrellas = async (context: StaffSignedIn, form: FormState, notice?: string) => {
  const { page, staff } = context;
  const texts = officeAdminTexts[page.language];
  return umbrellasPage(
    page,
    staff,
    texts,
    officeCarrierTexts[page.language],
    await umbrellasWithFigures(),
    form,
    notice,
  );
};

umbrellaRoutes.get('/office/umbrellas', async (c) => {
  const context = await staffOfRoles(c, ['funder']);
  if (context instanceof Response) return context;
  const added = c.req.query('added') === '1';
  const notice = added ? officeAdminTexts[context.page.language].umbrellas.added : undefined;
  return render(c, await showUmbrellas(context, emptyForm, notice));
});
