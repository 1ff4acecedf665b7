import { Hono } from 'hono';
import { CarrierNotInvitedError, inviteCarrier } from '../../../../shared/data/carrier-invitations';
import { officeCarrierTexts } from '../../../../shared/i18n/office-carrier-texts';
import { notFoundPage } from '../../pages/match-pages';
import { render } from '../../web-context';
import { staffSignedInPost } from '../office-context';
import { carrierMessagePage } from '../pages/carrier-message-page';
import { rowInScope } from './carrier-scope';

/**
 * `POST /app/office/carriers/<carrierId>/invite` (SPEC §12): the invitation again while the
 * carrier is `invited`; after its first sign-in or fact, a page (409) that says none is needed.
 */
export const carrierInvitationForm = new Hono().post(
  '/office/carriers/:carrierId/invite',
  async (c) => {
    const context = await staffSignedInPost(c);
    if (context instanceof Response) return context;
    const { page, staff } = context;
    const row = await rowInScope(staff, c.req.param('carrierId'));
    if (!row) return render(c, notFoundPage(page), 404);
    const path = `/app/office/carriers/${encodeURIComponent(row.carrierId)}`;
    try {
      await inviteCarrier(row.carrierId);
    } catch (error) {
      if (!(error instanceof CarrierNotInvitedError)) throw error;
      const texts = officeCarrierTexts[page.language];
      return c.html(
        carrierMessagePage(page, staff, texts.invitationHeading, texts.invitationNotNeeded, {
          href: path,
          label: row.name,
        }),
        409,
      );
    }
    return c.redirect(`${path}?done=invited`, 303);
  },
);
