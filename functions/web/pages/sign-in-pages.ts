import { html } from 'hono/html';
import { fill } from '../../../shared/i18n/web-texts';
import { signInTokenMs } from '../../../shared/domain/web-access';
import { hidden, problemSummary, textField, type FormState } from './form-fields';
import { carrierName, layout, ltr, type PageContext } from './layout';

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

/** The choice of carrier when the address belongs to several. */
export const chooseCarrierPage = (
  page: PageContext & { formToken: string },
  carriers: readonly { carrierId: string; name: string }[],
) =>
  layout(
    page,
    page.texts.chooseCarrierTitle,
    html`<p>${page.texts.chooseCarrier}</p>
      <ul class="matches">
        ${carriers.map(
          (carrier) =>
            html`<li>
              <form method="post" action="/app/carriers">
                ${hidden('formToken', page.formToken)} ${hidden('carrierId', carrier.carrierId)}
                <p>${carrierName(carrier.name)} (${ltr(carrier.carrierId)})</p>
                <button type="submit">${page.texts.choose}</button>
              </form>
            </li>`,
        )}
      </ul>`,
  );

/** The sign-in e-mail: text and HTML, the link and nothing personal. */
export function signInEmail(page: Pick<PageContext, 'language' | 'texts'>, link: string) {
  const body = fill(page.texts.signInMailBody, { minutes });
  const direction = page.language === 'ar' || page.language === 'fa' ? 'rtl' : 'ltr';
  return {
    subject: page.texts.signInMailSubject,
    text: [body, '', link, '', page.texts.signInMailIgnore].join('\n'),
    html: String(
      html`<!doctype html>
        <html lang="${page.language}" dir="${direction}">
          <head>
            <meta charset="utf-8" />
            <title>${page.texts.signInMailSubject}</title>
          </head>
          <body>
            <p>${body}</p>
            <p><a href="${link}" dir="ltr">${link}</a></p>
            <p>${page.texts.signInMailIgnore}</p>
          </body>
        </html>`,
    ),
  };
}
