import { html } from 'hono/html';
import type { ApiKeyEntry } from '../../../shared/data/api-keys';
import type { ConnectTexts } from '../../../shared/i18n/connect-texts';
import { hidden } from './form-fields';
import { date, layout, ltr, type Html, type PageContext } from './layout';

/** What a state-changing POST answers with, shown once on its answer page and never stored. */
export type ConnectOutcome =
  | { readonly kind: 'secret'; readonly webhookSecret: string; readonly previousValidUntil: string }
  | { readonly kind: 'key'; readonly apiKey: string }
  | { readonly kind: 'revoked'; readonly keyId: string };

export interface ConnectView {
  readonly carrierId: string;
  readonly webhookUrl: string;
  readonly keys: readonly ApiKeyEntry[];
  readonly outcome?: ConnectOutcome;
}

type SignedInPage = PageContext & { formToken: string };

/** A text with its `{name}` filled by `value`, isolated left-to-right. */
const filled = (template: string, name: string, value: Html) => {
  const [before = '', after = ''] = template.split(`{${name}}`);
  return html`${before}${value}${after}`;
};

/** A timestamp as its date in the page's language and its UTC time: unambiguous everywhere. */
const dateTime = (page: PageContext, iso: string) =>
  html`${date(page, iso.slice(0, 10))} ${ltr(`${iso.slice(11, 16)} UTC`)}`;

/** A secret or key to copy: left-to-right, wrapped anywhere so it never scrolls sideways. */
const toCopy = (value: string) => html`<p><code dir="ltr">${value}</code></p>`;

const outcomeNotice = (page: PageContext, texts: ConnectTexts, outcome?: ConnectOutcome) => {
  if (outcome === undefined) return '';
  if (outcome.kind === 'revoked') {
    return html`<p class="notice" role="status">
      ${filled(texts.revoked, 'id', ltr(outcome.keyId))}
    </p>`;
  }
  if (outcome.kind === 'key') {
    return html`<div class="notice" role="status">
      <p>${texts.newKey}</p>
      ${toCopy(outcome.apiKey)}
    </div>`;
  }
  return html`<div class="notice" role="status">
    <p>${texts.newSecret}</p>
    ${toCopy(outcome.webhookSecret)}
    <p>${filled(texts.previousValidUntil, 'time', dateTime(page, outcome.previousValidUntil))}</p>
  </div>`;
};

const keyItem = (page: SignedInPage, texts: ConnectTexts, key: ApiKeyEntry) =>
  html`<li>
    <dl>
      <dt>${texts.keyId}</dt>
      <dd>${ltr(key.id)}</dd>
      <dt>${texts.created}</dt>
      <dd>${date(page, key.createdAt.slice(0, 10))}</dd>
      <dt>${texts.expires}</dt>
      <dd>
        ${key.expiresAt === null ? texts.neverExpires : date(page, key.expiresAt.slice(0, 10))}
      </dd>
    </dl>
    <form method="post" action="/app/connect/revoke">
      ${hidden('formToken', page.formToken)} ${hidden('keyId', key.id)}
      <button type="submit" class="secondary">${filled(texts.revokeKey, 'id', ltr(key.id))}</button>
    </form>
  </li>`;

/** `/app/connect` (SPEC §9): what a carrier's software needs to send webhooks and read. */
export const connectPage = (page: SignedInPage, texts: ConnectTexts, view: ConnectView) =>
  layout(
    page,
    texts.title,
    html`${outcomeNotice(page, texts, view.outcome)}
      <p>${texts.intro}</p>
      <dl>
        <dt>${texts.carrierId}</dt>
        <dd>${ltr(view.carrierId)}</dd>
        <dt>${texts.webhookUrl}</dt>
        <dd><code dir="ltr">${view.webhookUrl}</code></dd>
      </dl>
      <p><a href="/docs">${texts.docsLink}</a></p>
      <section aria-labelledby="secret-heading">
        <h2 id="secret-heading">${texts.secretTitle}</h2>
        <p>${texts.secretIntro}</p>
        <form method="post" action="/app/connect/secret">
          ${hidden('formToken', page.formToken)}
          <button type="submit">${texts.rotateSecret}</button>
        </form>
      </section>
      <section aria-labelledby="keys-heading">
        <h2 id="keys-heading">${texts.keysTitle}</h2>
        <p>${texts.keysIntro}</p>
        ${
          view.keys.length === 0
            ? html`<p>${texts.noKeys}</p>`
            : html`<ul class="api-keys">
                ${view.keys.map((key) => keyItem(page, texts, key))}
              </ul>`
        }
        <form method="post" action="/app/connect/keys">
          ${hidden('formToken', page.formToken)}
          <button type="submit">${texts.createKey}</button>
        </form>
      </section>`,
  );

/** For anyone signed in but the lead (or the coordinator of a carrier without one). */
export const onlyLeadPage = (page: PageContext, texts: ConnectTexts) =>
  layout(page, texts.onlyLeadTitle, html`<p>${texts.onlyLead}</p>`);
