import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import type { CookieOptions } from 'hono/utils/cookie';
import { appUrl } from '../../shared/config/runtime-env';
import { sessionMs } from '../../shared/domain/web-access';
import {
  defaultLanguage,
  isLanguage,
  languageFromAcceptLanguage,
  type Language,
} from '../../shared/i18n/languages';

/** The app's own origin, from `appUrl` (SPEC §7), never from the request's Host. */
export const appOrigin = (): string => new URL(appUrl()).origin;

/** Over HTTPS the cookies get `Secure` and the `__Host-` prefix (SPEC §9). */
const secure = () => appOrigin().startsWith('https:');

const cookieOptions = (): CookieOptions =>
  secure()
    ? { httpOnly: true, sameSite: 'Lax', path: '/', secure: true, prefix: 'host' }
    : { httpOnly: true, sameSite: 'Lax', path: '/' };

const prefixOf = () => (secure() ? ('host' as const) : undefined);

export const sessionCookie = {
  read: (c: Context) => getCookie(c, 'tandem_session', prefixOf()),
  write: (c: Context, value: string) =>
    setCookie(c, 'tandem_session', value, {
      ...cookieOptions(),
      maxAge: Math.floor(sessionMs / 1000),
    }),
  clear: (c: Context) =>
    deleteCookie(c, secure() ? '__Host-tandem_session' : 'tandem_session', cookieOptions()),
};

/** The double-submit token of the forms shown before a session exists (the e-mail form). */
export const formCookie = {
  read: (c: Context) => getCookie(c, 'tandem_form', prefixOf()),
  write: (c: Context, value: string) => setCookie(c, 'tandem_form', value, cookieOptions()),
};

/**
 * The page's language: `?lang=` (remembered in a cookie), else the remembered one, else the
 * carrier's, else the browser's (`Accept-Language`), else German.
 */
export function pageLanguage(c: Context, carrierLanguage?: string): Language {
  const asked = c.req.query('lang');
  if (isLanguage(asked)) {
    setCookie(c, 'tandem_lang', asked, { ...cookieOptions(), maxAge: 365 * 24 * 3600 });
    return asked;
  }
  const remembered = getCookie(c, 'tandem_lang', prefixOf());
  if (isLanguage(remembered)) return remembered;
  if (isLanguage(carrierLanguage)) return carrierLanguage;
  return languageFromAcceptLanguage(c.req.header('accept-language')) ?? defaultLanguage;
}
