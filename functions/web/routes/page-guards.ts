import type { MiddlewareHandler } from 'hono';
import { csrf } from 'hono/csrf';
import { secureHeaders } from 'hono/secure-headers';
import { appOrigin } from '../web-session';

// What every page and form of the app passes through first (SPEC §9): nothing from another
// host, no script, POSTs only as forms from the app's own origin, nothing cached.

/** Nothing from another host; no script at all; styles from the app's own stylesheet. */
const pageSecurityHeaders = secureHeaders({
  contentSecurityPolicy: {
    defaultSrc: ["'none'"],
    styleSrc: ["'self'"],
    imgSrc: ["'self'"],
    formAction: ["'self'"],
    frameAncestors: ["'none'"],
    baseUri: ["'none'"],
  },
  // `same-origin`, not `no-referrer`, on ordinary pages: under `no-referrer` a browser
  // sends `Origin: null` with every form, and the Origin check below needs the origin.
  referrerPolicy: 'same-origin',
  // Keeps the stricter policy that the link pages set for themselves.
  overwrite: false,
});

/** Pages whose URL holds a token (sign-in and "contact done" links). */
export const isLinkPage = (path: string) => /^\/app\/(sign-in|r)\/[^/]+$/.test(path);

/** A link's token must not leak through a Referer to anywhere (SPEC §9). */
export const noReferrer: MiddlewareHandler = async (c, next) => {
  await next();
  c.header('Referrer-Policy', 'no-referrer');
};

/**
 * The Origin must be the app's own. The one exception is forced by `no-referrer`: the forms
 * of the link pages arrive with `Origin: null`, which is taken only together with
 * `Sec-Fetch-Site: same-origin` (a header no page can set; another site's page, even one
 * with `no-referrer`, is `cross-site`), and only on those pages, whose token proves intent.
 */
const sameOriginForms = csrf({
  origin: (origin, c) =>
    origin === appOrigin() ||
    (origin === 'null' &&
      c.req.header('sec-fetch-site') === 'same-origin' &&
      isLinkPage(c.req.path)),
  secFetchSite: () => false,
});

const formsOnlyAndNoStore: MiddlewareHandler = async (c, next) => {
  // A POST that is not a form (e.g. JSON, which the CSRF check does not cover) is refused too.
  const type = c.req.header('content-type') ?? '';
  if (
    c.req.method === 'POST' &&
    !/^(application\/x-www-form-urlencoded|multipart\/form-data)\b/i.test(type)
  ) {
    return c.text('Forbidden', 403);
  }
  await next();
  // Pages hold a session's data or a link's token: never kept by a browser or proxy cache.
  if (!c.res.headers.has('cache-control')) c.header('Cache-Control', 'no-store');
};

/** In this order, before every route. */
export const pageGuards = [pageSecurityHeaders, sameOriginForms, formsOnlyAndNoStore] as const;
