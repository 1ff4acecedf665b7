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
  /** The session's form token when signed in (the sign-out button needs it). */
  readonly formToken?: string;
}

/** An id, isolated left-to-right inside right-to-left text. */
export const ltr = (value: string) => html`<bdi dir="ltr">${value}</bdi>`;

/** A date in the page's language, Gregorian, isolated left-to-right. */
export const date = (page: PageContext, isoDate: string | null) =>
  isoDate === null
    ? html`–`
    : html`<bdi dir="ltr"
        ><time datetime="${isoDate}">${formatDate(page.language, isoDate)}</time></bdi
      >`;

const languageSwitch = (page: PageContext) =>
  html`<nav class="languages" aria-label="${page.texts.language}">
    <ul>
      ${languages.map(
        (language) =>
          html`<li>
            <a
              href="${page.path}?lang=${language}"
              lang="${language}"
              hreflang="${language}"
              ${language === page.language ? html` aria-current="true"` : ''}
              >${languageNames[language]}</a
            >
          </li>`,
      )}
    </ul>
  </nav>`;

const signOut = (page: PageContext) =>
  page.formToken === undefined
    ? ''
    : html`<form method="post" action="/app/sign-out">
        <input type="hidden" name="formToken" value="${page.formToken}" />
        <button type="submit" class="secondary">${page.texts.signOut}</button>
      </form>`;

/** The frame of every page: language and direction, the language switch, the stylesheet. */
export const layout = (page: PageContext, title: string, main: Html) =>
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
          ${languageSwitch(page)} ${signOut(page)}
        </header>
        <main id="main">
          <h1>${title}</h1>
          ${main}
        </main>
        <footer><p class="small">${page.texts.privacy}</p></footer>
      </body>
    </html>`;
