import { html } from 'hono/html';
import type { StaffScope } from '../../../../shared/schemas/office';
import type { OfficePageContext } from '../office-context';
import { officePage } from './office-layout';

/**
 * A page that only says something (SPEC §12): a list address with a value the page does not
 * know (400), an invitation that is no longer needed (409), with a link back.
 */
export const carrierMessagePage = (
  page: OfficePageContext,
  staff: StaffScope,
  title: string,
  message: string,
  back: { readonly href: string; readonly label: string },
) =>
  officePage(
    page,
    staff,
    title,
    html`<p>${message}</p>
      <p><a class="button-link" href="${back.href}">${back.label}</a></p>`,
  );
