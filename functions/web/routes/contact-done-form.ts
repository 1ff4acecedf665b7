import { Hono } from 'hono';
import { useLinkToken } from '../../../shared/data/link-tokens';
import { derivedId } from '../../../shared/domain/web-access';
import { checkInFromForm } from '../form-facts';
import { contactDonePage, contactRecordedPage } from '../pages/contact-done-pages';
import { invalidLinkPage } from '../pages/sign-in-pages';
import { publishFormFact } from '../publish-form-fact';
import { formFields, pageOf, render } from '../web-context';
import { contactDoneLink } from './contact-done';
import { noReferrer } from './page-guards';

/** "Contact done": the form behind the digest's link (SPEC §9), one check-in per link. */
export const contactDoneForm = new Hono();

contactDoneForm.use('/r/:token', noReferrer);

contactDoneForm.post('/r/:token', async (c) => {
  const found = await contactDoneLink(c);
  if (!found) return render(c, invalidLinkPage(pageOf(c)), 410);
  const { link, page } = found;
  const token = c.req.param('token');
  if (link.usedAt !== null) return render(c, contactRecordedPage(page, link.matchId, true));
  const fields = await formFields(c);
  // The check-in's id comes from the link: however often it is posted, one check-in.
  const checkInId = derivedId('ci', link.tokenHash);
  const result = await checkInFromForm(fields, { matchId: link.matchId, checkInId }, page.texts, {
    withConcern: true,
  });
  if (!result.ok) return render(c, contactDonePage(page, token, link.matchId, result.state), 422);
  await publishFormFact(link.carrierId, checkInId, { type: 'checkin.recorded', data: result.data });
  // Marked after the fact is on the bus: a crash in between leaves the link usable, and
  // using it again names the same check-in.
  await useLinkToken(link.tokenHash);
  return c.redirect(`/app/r/${token}?recorded=1`, 303);
});
