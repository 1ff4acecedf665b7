import { Hono, type Context } from 'hono';
import { funderConfig } from '../../../shared/config/runtime-env';
import { getCarrier } from '../../../shared/data/carriers';
import { readLinkToken } from '../../../shared/data/link-tokens';
import { todayIn } from '../../../shared/domain/dates';
import { contactDonePage, contactRecordedPage } from '../pages/contact-done-pages';
import type { FormState } from '../pages/form-fields';
import { invalidLinkPage } from '../pages/sign-in-pages';
import { pageOf, render } from '../web-context';
import { noReferrer } from './page-guards';

/**
 * "Contact done" from a reminder digest (SPEC §9): one match, one tap, no sign-in. The page
 * only reads; its form is taken by contact-done-form.ts.
 */
export const contactDoneRoutes = new Hono();

contactDoneRoutes.use('/r/:token', noReferrer);

/** The link's token and the page in its carrier's language; undefined for no such link. */
export async function contactDoneLink(c: Context) {
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
