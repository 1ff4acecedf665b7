import { html } from 'hono/html';
import { officeTexts, type OfficeTexts } from '../../../../shared/i18n/office-texts';
import type { StaffScope } from '../../../../shared/schemas/office';
import { layout, ltr, type Html } from '../../pages/layout';
import type { OfficePageContext } from '../office-context';

type OfficeArea = keyof OfficeTexts['nav'];

const areaPaths: Record<OfficeArea, string> = {
  overview: '/app/office',
  carriers: '/app/office/carriers',
  umbrellas: '/app/office/umbrellas',
  staff: '/app/office/staff',
  periods: '/app/office/periods',
  regions: '/app/office/regions',
};

/** The areas each role works in (SPEC §12): region staff see only the region reports. */
const areasOf: Record<StaffScope['role'], readonly OfficeArea[]> = {
  funder: ['overview', 'carriers', 'umbrellas', 'staff', 'periods', 'regions'],
  umbrella: ['overview', 'carriers', 'periods'],
  region: ['regions'],
};

/** Where a role's office starts: the overview, or the regions for region staff. */
export const officeHome = (staff: StaffScope): string => areaPaths[areasOf[staff.role][0]!];

const isCurrent = (href: string, path: string) =>
  href === path || (href !== areaPaths.overview && path.startsWith(`${href}/`));

const officeNavigation = (page: OfficePageContext, staff: StaffScope) => {
  const texts = officeTexts[page.language];
  return html`<nav class="app-links" aria-label="${texts.navigation}">
    <ul>
      ${areasOf[staff.role].map((area) => {
        const href = areaPaths[area];
        return html`<li>
          <a href="${href}" ${isCurrent(href, page.path) ? html` aria-current="page"` : ''}
            >${texts.nav[area]}</a
          >
        </li>`;
      })}
    </ul>
  </nav>`;
};

/** The scope and the signed-in address, then the office's links. */
const officeHeader = (page: OfficePageContext, staff: StaffScope) =>
  html`<p class="who">
      ${page.scopeName}
      <span class="small">${page.texts.signedInAs} ${ltr(page.staffAddress)}</span>
    </p>
    ${officeNavigation(page, staff)}`;

/** The frame of every office page (SPEC §12): the app's layout with the office's header. */
export const officePage = (
  page: OfficePageContext,
  staff: StaffScope,
  title: string,
  body: Html,
): Html => layout(page, title, body, officeHeader(page, staff));
