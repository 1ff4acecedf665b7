import { Hono } from 'hono';
import { getCarrier } from '../../../shared/data/carriers';
import { readLinkToken } from '../../../shared/data/link-tokens';
import { readSession } from '../../../shared/data/sessions';
import { getUmbrella } from '../../../shared/data/umbrellas';
import type { Language } from '../../../shared/i18n/languages';
import { officeTexts } from '../../../shared/i18n/office-texts';
import { fill } from '../../../shared/i18n/web-texts';
import type { StaffScope } from '../../../shared/schemas/office';
import { newSecret } from '../../../shared/domain/web-access';
import { emptyForm } from '../pages/form-fields';
import {
  chooseCarrierPage,
  confirmSignInPage,
  invalidLinkPage,
  signInPage,
} from '../pages/sign-in-pages';
import { pageOf, render } from '../web-context';
import { formCookie, sessionCookie } from '../web-session';
import { noReferrer } from './page-guards';

/**
 * The sign-in pages (SPEC §9): the address form, the link's confirmation and the choice of
 * carrier or scope. They only read; what they offer is posted to sign-in-forms.ts.
 */
export const signInRoutes = new Hono();

signInRoutes.use('/sign-in/:token', noReferrer);

signInRoutes.get('/sign-in', (c) => {
  const formToken = formCookie.read(c) ?? newSecret();
  formCookie.write(c, formToken);
  return render(c, signInPage(pageOf(c), formToken, emptyForm));
});

signInRoutes.get('/sign-in/:token', async (c) => {
  const page = pageOf(c);
  const link = await readLinkToken(c.req.param('token'));
  if (link?.kind !== 'signIn' || link.usedAt !== null) return render(c, invalidLinkPage(page), 410);
  return render(c, confirmSignInPage(page, c.req.param('token')));
});

/** A staff scope's name on the choice page, in the page's language. */
async function scopeName(scope: StaffScope, language: Language): Promise<string> {
  const texts = officeTexts[language].scope;
  if (scope.role === 'umbrella') {
    const name = (await getUmbrella(scope.umbrellaId))?.name ?? scope.umbrellaId;
    return fill(texts.umbrella, { name });
  }
  return scope.role === 'region' ? fill(texts.region, { key: scope.region }) : texts.funder;
}

/** The choice after sign-in: the address's carriers and its staff scopes (SPEC §9, §12). */
signInRoutes.get('/carriers', async (c) => {
  const session = await readSession(sessionCookie.read(c));
  if (!session) return c.redirect('/app/sign-in', 303);
  const page = { ...pageOf(c, undefined, session.formToken), formToken: session.formToken };
  const [carriers, scopes] = await Promise.all([
    Promise.all(
      session.carrierIds.map(async (carrierId) => ({
        carrierId,
        name: (await getCarrier(carrierId))?.name ?? carrierId,
      })),
    ),
    Promise.all(
      session.staffScopes.map(async (scope) => ({
        staffId: scope.staffId,
        name: await scopeName(scope, page.language),
      })),
    ),
  ]);
  return render(c, chooseCarrierPage(page, carriers, scopes));
});
