import { html } from 'hono/html';
import type { HtmlEscapedString } from 'hono/utils/html';
import {
  directionOf,
  formatDate,
  languageNames,
  languages,
  type Language,
} from '../../../shared/i18n/languages';
import type { WebTexts } from '../../../shared/i18n/web-texts';

export type Html = HtmlEscapedString | Promise<HtmlEscapedString>;

/** What every page needs to know about where and for whom it is drawn. */
export interface PageContext {
  readonly language: Language;
  readonly texts: WebTexts;
  /** The page's own path, for the language links. */
  readonly path: string;
  /** A GET page's own query without `lang` (its sort, filter, rates), kept by the language links. */
  readonly query?: string;
  /** The session's form token when signed in (the sign-out button needs it). */
  readonly formToken?: string;
  /** Who works on which carrier, named in every signed-in page's header (SPEC §9). */
  readonly signedIn?: {
    readonly carrierName: string;
    readonly address: string;
    /** The connection page is linked only for who may use it (its lead, or a lone coordinator). */
    readonly mayConnect?: boolean;
  };
}

/** An id, isolated left-to-right inside right-to-left text. */
export const ltr = (value: string) => html`<bdi dir="ltr">${value}</bdi>`;

/** Direction marks that `Intl` puts into right-to-left dates (U+200E, U+200F, U+061C). */
const directionMarks = /[\u200e\u200f\u061c]/g;

/**
 * A date in the page's language, Gregorian, isolated left-to-right. Without its direction
 * marks: inside a left-to-right isolate they reorder its parts ("012026/10/", issue 18).
 */
export const date = (page: PageContext, isoDate: string | null) =>
  isoDate === null
    ? html`–`
    : html`<bdi dir="ltr"
        ><time datetime="${isoDate}"
          >${formatDate(page.language, isoDate).replace(directionMarks, '')}</time
        ></bdi
      >`;

/** A carrier's name: isolated, so it can never reverse the text that follows (issue 16). */
export const carrierName = (name: string) => html`<bdi>${name}</bdi>`;

/** A folded list of short links: one line on a phone until it is opened; no script. */
const languageSwitch = (page: PageContext) =>
  html`<details class="languages">
    <summary>${page.texts.language}: ${languageNames[page.language]}</summary>
    <ul>
      ${languages.map(
        (language) =>
          html`<li>
            <a
              href="${page.path}?${page.query ? `${page.query}&` : ''}lang=${language}"
              lang="${language}"
              hreflang="${language}"
              ${language === page.language ? html` aria-current="true"` : ''}
              >${languageNames[language]}</a
            >
          </li>`,
      )}
    </ul>
  </details>`;

/** The app's pages, on every page of a signed-in coordinator. */
const appLinks = (page: PageContext) => {
  const links: [href: string, label: string][] = [
    ['/app/matches', page.texts.matchesTitle],
    ['/app/matches/new', page.texts.newMatch],
    ['/app/import', page.texts.importLink],
    ['/app/reports', page.texts.reportsLink],
    ['/app/funding', page.texts.fundingLink],
  ];
  if (page.signedIn?.mayConnect) links.push(['/app/connect', page.texts.connectLink]);
  return html`<nav class="app-links" aria-label="${page.texts.navigation}">
    <ul>
      ${links.map(
        ([href, label]) =>
          html`<li>
            <a href="${href}" ${href === page.path ? html` aria-current="page"` : ''}>${label}</a>
          </li>`,
      )}
    </ul>
  </nav>`;
};

/** The carrier and the signed-in address, then the app's links. */
const signedInHeader = (page: PageContext) =>
  page.signedIn === undefined
    ? ''
    : html`<p class="who">
          ${carrierName(page.signedIn.carrierName)}
          <span class="small">${page.texts.signedInAs} ${ltr(page.signedIn.address)}</span>
        </p>
        ${appLinks(page)}`;

const signOut = (page: PageContext) =>
  page.formToken === undefined
    ? ''
    : html`<form method="post" action="/app/sign-out">
        <input type="hidden" name="formToken" value="${page.formToken}" />
        <button type="submit" class="secondary">${page.texts.signOut}</button>
      </form>`;

/**
 * The frame of every page: language and direction, the language switch, the stylesheet.
 * `header`: who is signed in and the links, a coordinator's unless another is given (the
 * programme office's, functions/web/office/pages/office-layout.ts).
 */
export const layout = (
  page: PageContext,
  title: string,
  main: Html,
  header: Html | '' = signedInHeader(page),
) =>
  html`<!doctype html>
    <html lang="${page.language}" dir="${directionOf(page.language)}">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>${title} – Tandem</title>
        <link rel="stylesheet" href="/app/style.css" />
      </head>
      <body>
        <a class="skip" href="#main">${page.texts.skip}</a>
        <header>
          <span class="brand">Tandem</span>
          ${languageSwitch(page)} ${signOut(page)} ${header}
        </header>
        <main id="main">
          <h1>${title}</h1>
          ${main}
        </main>
        <footer><p class="small">${page.texts.privacy}</p></footer>
      </body>
    </html>`;
