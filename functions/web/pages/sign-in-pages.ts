import { html } from 'hono/html';
import { directionOf, type Language } from '../../../shared/i18n/languages';
import { officeTexts } from '../../../shared/i18n/office-texts';
import { fill } from '../../../shared/i18n/web-texts';
import { signInTokenMs } from '../../../shared/domain/web-access';
import { hidden, problemSummary, textField, type FormState } from './form-fields';
import { carrierName, layout, ltr, type Html, type PageContext } from './layout';

const minutes = String(signInTokenMs / 60_000);

/** `GET /app/sign-in`: the e-mail form (and its answer to a refused address). */
export const signInPage = (page: PageContext, formToken: string, state: FormState) =>
  layout(
    page,
    page.texts.signInTitle,
    html`<p>${page.texts.signInIntro}</p>
      ${problemSummary(state, page.texts.errors.summary)}
      <form method="post" action="/app/sign-in" novalidate>
        ${hidden('formToken', formToken)}
        ${textField(state, { name: 'email', label: page.texts.email, type: 'email', required: true, autocomplete: 'email' })}
        <button type="submit">${page.texts.sendLink}</button>
      </form>`,
  );

/** The one answer to every accepted `POST /app/sign-in`, known address or not. */
export const linkSentPage = (page: PageContext) =>
  layout(
    page,
    page.texts.linkSentTitle,
    html`<p class="notice">${fill(page.texts.linkSent, { minutes })}</p>`,
  );

/**
 * `GET /app/sign-in/<token>`: one button and nothing else. Mail scanners open links; only
 * a person pressing the button (a POST) signs in. No script submits it.
 */
export const confirmSignInPage = (page: PageContext, token: string) =>
  layout(
    page,
    page.texts.confirmTitle,
    html`<p>${page.texts.confirmIntro}</p>
      <form method="post" action="/app/sign-in/${token}">
        <button type="submit">${page.texts.confirmButton}</button>
      </form>`,
  );

/** A used, expired or unknown link: offers a new one, starts nothing. */
export const invalidLinkPage = (page: PageContext) =>
  layout(
    page,
    page.texts.linkInvalidTitle,
    html`<p>${page.texts.linkInvalid}</p>
      <p><a class="button-link" href="/app/sign-in">${page.texts.requestNewLink}</a></p>`,
  );

/** One button of the choice after sign-in: a carrier or a staff scope. */
const choice = (page: PageContext & { formToken: string }, field: string, id: string, name: Html) =>
  html`<li>
    <form method="post" action="/app/carriers">
      ${hidden('formToken', page.formToken)} ${hidden(field, id)}
      <p>${name}</p>
      <button type="submit">${page.texts.choose}</button>
    </form>
  </li>`;

/**
 * The choice when the address belongs to several carriers, or is also (or only) staff of
 * the programme office in one or more scopes (SPEC §12).
 */
export const chooseCarrierPage = (
  page: PageContext & { formToken: string },
  carriers: readonly { carrierId: string; name: string }[],
  staffScopes: readonly { staffId: string; name: string }[] = [],
) =>
  layout(
    page,
    page.texts.chooseCarrierTitle,
    html`${
      carriers.length === 0
        ? ''
        : html`<p>${page.texts.chooseCarrier}</p>
            <ul class="matches">
              ${carriers.map((carrier) =>
                choice(
                  page,
                  'carrierId',
                  carrier.carrierId,
                  html`${carrierName(carrier.name)} (${ltr(carrier.carrierId)})`,
                ),
              )}
            </ul>`
    }
    ${
      staffScopes.length === 0
        ? ''
        : html`<p>${officeTexts[page.language].chooseScope}</p>
            <ul class="matches">
              ${staffScopes.map((scope) =>
                choice(page, 'staffId', scope.staffId, html`<bdi>${scope.name}</bdi>`),
              )}
            </ul>`
    }`,
  );

/** An e-mail with one link: its paragraphs before and after the link, text and HTML. */
function linkEmail(
  language: Language,
  subject: string,
  before: readonly string[],
  link: string,
  after: readonly string[],
) {
  const paragraphs = (lines: readonly string[]) => lines.map((line) => html`<p>${line}</p>`);
  return {
    subject,
    text: [...before, '', link, '', ...after].join('\n'),
    html: String(
      html`<!doctype html>
        <html lang="${language}" dir="${directionOf(language)}">
          <head>
            <meta charset="utf-8" />
            <title>${subject}</title>
          </head>
          <body>
            ${paragraphs(before)}
            <p><a href="${link}" dir="ltr">${link}</a></p>
            ${paragraphs(after)}
          </body>
        </html>`,
    ),
  };
}

/** The sign-in e-mail: text and HTML, the link and nothing personal. */
export const signInEmail = (page: Pick<PageContext, 'language' | 'texts'>, link: string) =>
  linkEmail(
    page.language,
    page.texts.signInMailSubject,
    [fill(page.texts.signInMailBody, { minutes })],
    link,
    [page.texts.signInMailIgnore],
  );

/**
 * The programme office's invitation of a carrier's coordinator (SPEC §12): who invites, and
 * a sign-in link valid `days` days; in the carrier's language.
 */
export function invitationEmail(
  language: Language,
  names: { readonly funder: string; readonly carrier: string },
  link: string,
  days: number,
) {
  const texts = officeTexts[language];
  return linkEmail(language, texts.inviteSubject, [fill(texts.inviteBody, names)], link, [
    fill(texts.inviteValid, { days: String(days) }),
  ]);
}
