import { Hono, type Context } from 'hono';
import {
  carrierList,
  carrierListLine,
  parseCarrierListQuery,
  withoutUmbrella,
} from '../../../../shared/domain/office-carrier-list';
import { officeCarrierTexts } from '../../../../shared/i18n/office-carrier-texts';
import { fill } from '../../../../shared/i18n/web-texts';
import type { StaffScope, Umbrella } from '../../../../shared/schemas/office';
import { notFoundPage } from '../../pages/match-pages';
import { render } from '../../web-context';
import { listDay, scopeRows, scopeUmbrellas } from '../carrier-lines';
import { staffSignedIn, type StaffSignedIn } from '../office-context';
import { carrierListCsv } from '../pages/carrier-list-csv';
import { carrierListPage } from '../pages/carrier-list-page';
import { carrierMessagePage } from '../pages/carrier-message-page';
import { carrierOnboardingRoutes } from './carrier-onboarding';
import { carrierPageRoutes } from './carrier-page';

/**
 * The office's carriers (SPEC §12): the list, the onboarding form and each carrier's page;
 * their forms are carrier-forms.ts's.
 */
export const carrierRoutes = new Hono();

/** `?umbrella=` of a scope: funder staff any known umbrella or `none`, umbrella staff theirs. */
const umbrellaAllowed = (staff: StaffScope, umbrellas: readonly Umbrella[], umbrella?: string) =>
  umbrella === undefined ||
  (staff.role === 'funder'
    ? umbrella === withoutUmbrella || umbrellas.some(({ umbrellaId }) => umbrellaId === umbrella)
    : staff.role === 'umbrella' && umbrella === staff.umbrellaId);

const badParameter = (c: Context, { page, staff }: StaffSignedIn, parameter: string) => {
  const texts = officeCarrierTexts[page.language];
  return c.html(
    carrierMessagePage(
      page,
      staff,
      texts.badRequestTitle,
      fill(texts.badParameter, { parameter }),
      {
        href: '/app/office/carriers',
        label: texts.carriersTitle,
      },
    ),
    400,
  );
};

carrierRoutes.get('/office/carriers', async (c) => {
  const context = await staffSignedIn(c);
  if (context instanceof Response) return context;
  const { page, staff } = context;
  if (staff.role === 'region') return render(c, notFoundPage(page), 404);
  const parsed = parseCarrierListQuery(c.req.query());
  if (!parsed.ok) return badParameter(c, context, parsed.parameter);
  const { query } = parsed;
  const umbrellas = await scopeUmbrellas(staff);
  if (!umbrellaAllowed(staff, umbrellas, query.umbrella)) {
    return render(c, notFoundPage(page), 404);
  }
  const day = listDay(umbrellas);
  const rows = await scopeRows(
    staff,
    query.umbrella === withoutUmbrella ? undefined : query.umbrella,
  );
  const lines = carrierList(
    rows.map((row) => carrierListLine(row, day)),
    query,
  );
  if (query.format === 'csv') {
    return c.body(carrierListCsv(lines), 200, {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': 'attachment; filename="carriers.csv"',
    });
  }
  return render(
    c,
    carrierListPage(page, staff, officeCarrierTexts[page.language], {
      lines,
      query,
      currentPeriodId: day.currentPeriodId,
      umbrellas: staff.role === 'funder' ? umbrellas : null,
    }),
  );
});

// `/office/carriers/new` before `/office/carriers/:carrierId`.
carrierRoutes.route('/', carrierOnboardingRoutes);
carrierRoutes.route('/', carrierPageRoutes);
