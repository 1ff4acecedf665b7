import { Hono } from 'hono';
import { funderConfig } from '../../../../shared/config/runtime-env';
import type { OfficeRow } from '../../../../shared/data/office-rows';
import { scopeTotals } from '../../../../shared/domain/office-figures';
import { officeCarrierTexts } from '../../../../shared/i18n/office-carrier-texts';
import type { Umbrella } from '../../../../shared/schemas/office';
import { render } from '../../web-context';
import { listDay, scopeRows, scopeUmbrellas } from '../carrier-lines';
import { staffSignedIn } from '../office-context';
import { officeHome } from '../pages/office-layout';
import { overviewPage, type UmbrellaTotals } from '../pages/overview-page';

/** `GET /app/office` (SPEC §12): the scope's figures; region staff start at their regions. */
export const overviewRoutes = new Hono().get('/office', async (c) => {
  const context = await staffSignedIn(c);
  if (context instanceof Response) return context;
  const { page, staff } = context;
  if (officeHome(staff) !== '/app/office') return c.redirect(officeHome(staff), 303);
  const [rows, umbrellas] = await Promise.all([scopeRows(staff), scopeUmbrellas(staff)]);
  const { today } = listDay(umbrellas);
  const config = funderConfig();
  const totalsOf = (some: readonly OfficeRow[]) => scopeTotals(some, today, config);
  return render(
    c,
    overviewPage(
      page,
      staff,
      officeCarrierTexts[page.language],
      totalsOf(rows),
      staff.role === 'funder' ? byUmbrella(rows, umbrellas, totalsOf) : [],
    ),
  );
});

/** The funder's rows per umbrella, then those without one; none when there is no umbrella. */
function byUmbrella(
  rows: readonly OfficeRow[],
  umbrellas: readonly Umbrella[],
  totalsOf: (rows: readonly OfficeRow[]) => UmbrellaTotals['totals'],
): UmbrellaTotals[] {
  if (umbrellas.length === 0) return [];
  const known = new Set(umbrellas.map(({ umbrellaId }) => umbrellaId));
  return [
    ...umbrellas.map(({ umbrellaId, name }) => ({
      umbrellaId,
      name,
      totals: totalsOf(rows.filter((row) => row.umbrellaId === umbrellaId)),
    })),
    {
      umbrellaId: null,
      name: '',
      totals: totalsOf(rows.filter((row) => !row.umbrellaId || !known.has(row.umbrellaId))),
    },
  ];
}
