import { Hono, type Context } from 'hono';
import { funderConfig } from '../../../shared/config/runtime-env';
import { getCarrier } from '../../../shared/data/carriers';
import { readLinkToken, useLinkToken } from '../../../shared/data/link-tokens';
import { todayIn } from '../../../shared/domain/dates';
import { derivedId } from '../../../shared/domain/web-access';
import { checkInFromForm } from '../form-facts';
import { contactDonePage, contactRecordedPage } from '../pages/contact-done-pages';
import type { FormState } from '../pages/form-fields';
import { invalidLinkPage } from '../pages/sign-in-pages';
import { publishFormFact } from '../publish-form-fact';
import { formFields, pageOf, render } from '../web-context';
import { noReferrer } from './page-guards';

/** "Contact done" from a reminder digest (SPEC §9): one match, one tap, no sign-in. */
export const contactDoneRoutes = new Hono();

contactDoneRoutes.use('/r/:token', noReferrer);

async function contactDoneLink(c: Context) {
  const link = await readLinkToken(c.req.param('token') ?? '');
  if (link?.kind !== 'contactDone') return undefined;
  const carrier = await getCarrier(link.carrierId);
  return { link, page: pageOf(c, carrier?.language) };
}

/** The defaults that make one tap record the usual contact: today, with both, in person. */
const contactDefaults = (): FormState => ({
  values: { occurredOn: todayIn(funderConfig().timezone), with: 'both', channel: 'in_person' },
  errors: {},
});

contactDoneRoutes.get('/r/:token', async (c) => {
  const found = await contactDoneLink(c);
  if (!found) return render(c, invalidLinkPage(pageOf(c)), 410);
  const { link, page } = found;
  if (link.usedAt !== null) {
    return render(c, contactRecordedPage(page, link.matchId, c.req.query('recorded') !== '1'));
  }
  return render(c, contactDonePage(page, c.req.param('token'), link.matchId, contactDefaults()));
});

contactDoneRoutes.post('/r/:token', async (c) => {
  const found = await contactDoneLink(c);
  if (!found) return render(c, invalidLinkPage(pageOf(c)), 410);
  const { link, page } = found;
  const token = c.req.param('token');
  if (link.usedAt !== null) return render(c, contactRecordedPage(page, link.matchId, true));
  const fields = await formFields(c);
  // The check-in's id comes from the link: however often it is posted, one check-in.
  const checkInId = derivedId('ci', link.tokenHash);
  const result = checkInFromForm(fields, { matchId: link.matchId, checkInId }, page.texts, {
    withConcern: true,
  });
  if (!result.ok) return render(c, contactDonePage(page, token, link.matchId, result.state), 422);
  await publishFormFact(link.carrierId, checkInId, { type: 'checkin.recorded', data: result.data });
  // Marked after the fact is on the bus: a crash in between leaves the link usable, and
  // using it again names the same check-in.
  await useLinkToken(link.tokenHash);
  return c.redirect(`/app/r/${token}?recorded=1`, 303);
});
