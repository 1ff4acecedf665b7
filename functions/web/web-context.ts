import type { Context } from 'hono';
import { getCarrier, type Carrier } from '../../shared/data/carriers';
import { keys } from '../../shared/data/keys';
import { readSession, type Session } from '../../shared/data/sessions';
import { sameToken } from '../../shared/domain/web-access';
import { webTexts } from '../../shared/i18n/web-texts';
import { mayConnect } from './connect-access';
import type { FormFields } from './form-facts';
import type { Html, PageContext } from './pages/layout';
import { pageLanguage, sessionCookie } from './web-session';

// What every area of the web app needs of a request: the page's language and texts, the
// submitted form's fields, and the signed-in session with its carrier.

/** A GET request's query without `lang`: what the language links keep. */
const queryWithoutLanguage = (c: Context): string => {
  if (c.req.method !== 'GET') return '';
  const query = new URL(c.req.url).searchParams;
  query.delete('lang');
  return query.toString();
};

export const pageOf = (c: Context, carrierLanguage?: string, formToken?: string): PageContext => {
  const language = pageLanguage(c, carrierLanguage);
  const query = queryWithoutLanguage(c);
  return {
    language,
    texts: webTexts[language],
    path: c.req.path,
    ...(query ? { query } : {}),
    ...(formToken === undefined ? {} : { formToken }),
  };
};

export const render = (c: Context, body: Html, status: 200 | 403 | 404 | 410 | 422 = 200) =>
  c.html(body, status);

export const formFields = async (c: Context): Promise<FormFields> => {
  const body = await c.req.parseBody();
  return Object.fromEntries(
    Object.entries(body).flatMap(([name, value]) =>
      typeof value === 'string' ? [[name, value]] : [],
    ),
  );
};

export const isNonce = (value: string | undefined): value is string =>
  value !== undefined && /^[A-Za-z0-9_-]{16,100}$/.test(value);

export interface SignedIn {
  readonly session: Session;
  readonly carrierId: string;
  /** Whether this address may use `/app/connect` (its lead, or the coordinator without one). */
  readonly mayConnect: boolean;
  readonly page: PageContext & { formToken: string };
}

/** Which of the carrier's contact addresses signed in: the session keeps only its hash. */
const signedInAddress = (carrier: Carrier, addressHash: string): string =>
  [carrier.coordinatorEmail, carrier.leadEmail].find(
    (address) => address !== undefined && keys.hashAddress(address) === addressHash,
  ) ?? '';

/** The session and its carrier, or the redirect to sign in (or to choose a carrier). */
export async function signedIn(c: Context): Promise<SignedIn | Response> {
  const session = await readSession(sessionCookie.read(c));
  if (!session) return c.redirect('/app/sign-in', 303);
  // A programme-office session works in the office, never on a carrier's pages.
  if (session.staffId) return c.redirect('/app/office', 303);
  if (!session.carrierId) return c.redirect('/app/carriers', 303);
  const carrier = await getCarrier(session.carrierId);
  if (!carrier) return c.redirect('/app/sign-in', 303);
  const connects = mayConnect(carrier, session.addressHash);
  const page = {
    ...pageOf(c, carrier.language, session.formToken),
    formToken: session.formToken,
    signedIn: {
      carrierName: carrier.name,
      address: signedInAddress(carrier, session.addressHash),
      mayConnect: connects,
    },
  };
  return { session, carrierId: session.carrierId, mayConnect: connects, page };
}

/** A signed-in POST: the session, and the form token it must carry (403 without). */
export async function signedInPost(c: Context) {
  const context = await signedIn(c);
  if (context instanceof Response) return context;
  const fields = await formFields(c);
  if (!sameToken(context.session.formToken, fields.formToken)) return c.text('Forbidden', 403);
  return { ...context, fields };
}
