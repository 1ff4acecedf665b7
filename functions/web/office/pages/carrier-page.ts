import { html } from 'hono/html';
import type { CarrierListLine } from '../../../../shared/domain/office-carrier-list';
import type { MonthFigures } from '../../../../shared/domain/office-figures';
import type { OfficeCarrierTexts } from '../../../../shared/i18n/office-carrier-texts';
import type { StaffScope } from '../../../../shared/schemas/office';
import { hidden, problemSummary, textField, type FormState } from '../../pages/form-fields';
import { carrierName, ltr } from '../../pages/layout';
import type { OfficePageContext } from '../office-context';
import { periodMonths } from './carrier-charts';
import { againstQuota, count, percent } from './carrier-figure-cells';
import { officePage } from './office-layout';

/** What the office just did to the carrier, named at the top of its page. */
export type CarrierNotice = 'created' | 'contacts' | 'invited';

export interface CarrierPageData {
  readonly line: CarrierListLine;
  /** The last and the current period (as far as configured), each with its months. */
  readonly periods: readonly {
    readonly periodId: string;
    readonly months: readonly MonthFigures[];
  }[];
  /** Every configured period, and whether the carrier reported its funding for it. */
  readonly funding: readonly { readonly periodId: string; readonly reported: boolean }[];
  /** The contacts form: the stored addresses, or what was submitted and refused. */
  readonly contacts: FormState;
  readonly notice?: CarrierNotice;
}

const figures = (page: OfficePageContext, texts: OfficeCarrierTexts, line: CarrierListLine) =>
  html`<dl class="figures">
    <dt>${texts.umbrella}</dt>
    <dd>${line.umbrella === null ? texts.none : carrierName(line.umbrella.name)}</dd>
    <dt>${texts.municipality}</dt>
    <dd>${line.municipality === null ? texts.none : ltr(line.municipality)}</dd>
    <dt>${texts.statusLabel}</dt>
    <dd>${texts.status[line.status]}</dd>
    <dt>${texts.activeMatches}</dt>
    <dd>${count(texts, line.activeMatches)}</dd>
    <dt>${texts.newAgainstQuota}</dt>
    <dd>${againstQuota(texts, line.newInCurrentPeriod, line.quota)}</dd>
    <dt>${texts.overdueNow}</dt>
    <dd>${count(texts, line.overdueNow)}</dd>
    <dt>${texts.atRiskNow}</dt>
    <dd>${count(texts, line.atRiskNow)}</dd>
    <dt>${texts.adherence90}</dt>
    <dd>${percent(page, texts, line.adherence90)}</dd>
    <dt>${texts.daysSinceLastFact}</dt>
    <dd>${count(texts, line.daysSinceLastFact)}</dd>
    <dt>${texts.lastFundingPeriod}</dt>
    <dd>${line.lastFundingPeriodId === null ? texts.none : ltr(line.lastFundingPeriodId)}</dd>
  </dl>`;

const notices: Record<CarrierNotice, keyof OfficeCarrierTexts> = {
  created: 'carrierCreated',
  contacts: 'contactsSaved',
  invited: 'invitationSent',
};

const base = (line: CarrierListLine) =>
  `/app/office/carriers/${encodeURIComponent(line.carrierId)}`;

const invitation = (page: OfficePageContext, texts: OfficeCarrierTexts, line: CarrierListLine) =>
  line.status !== 'invited'
    ? ''
    : html`<section aria-labelledby="invitation">
        <h2 id="invitation">${texts.invitationHeading}</h2>
        <p>${texts.invitedNote}</p>
        <form method="post" action="${base(line)}/invite">
          ${hidden('formToken', page.formToken)}
          <button type="submit" class="secondary">${texts.sendInvitation}</button>
        </form>
      </section>`;

const contactsForm = (
  page: OfficePageContext,
  texts: OfficeCarrierTexts,
  line: CarrierListLine,
  state: FormState,
) =>
  html`<section aria-labelledby="contacts">
    <h2 id="contacts">${texts.contactsHeading}</h2>
    ${problemSummary(state, page.texts.errors.summary)}
    <form method="post" action="${base(line)}/contacts" novalidate>
      ${hidden('formToken', page.formToken)}
      ${textField(state, {
        name: 'coordinatorEmail',
        label: texts.coordinatorEmail,
        type: 'email',
        required: true,
      })}
      ${textField(state, {
        name: 'leadEmail',
        label: `${texts.leadEmail} ${texts.optional}`,
        hint: texts.leadHint,
        type: 'email',
      })}
      <button type="submit">${texts.saveContacts}</button>
    </form>
  </section>`;

/**
 * `GET /app/office/carriers/<carrierId>` (SPEC §12): the carrier's figures only (no match),
 * its months of the last and the current period, the funding reports received, its
 * invitation while invited and the form for its contacts.
 */
export const carrierPage = (
  page: OfficePageContext,
  staff: StaffScope,
  texts: OfficeCarrierTexts,
  data: CarrierPageData,
) =>
  officePage(
    page,
    staff,
    data.line.name,
    html`${
        data.notice === undefined
          ? ''
          : html`<p class="notice" role="status">${texts[notices[data.notice]] as string}</p>`
      }
      <p class="small">${ltr(data.line.carrierId)}</p>
      <section aria-labelledby="figures">
        <h2 id="figures">${texts.figuresHeading}</h2>
        ${figures(page, texts, data.line)}
      </section>
      <div class="report">
        ${data.periods.map(({ periodId, months }) => periodMonths(page, texts, periodId, months))}
      </div>
      <section aria-labelledby="funding">
        <h2 id="funding">${texts.fundingHeading}</h2>
        <dl>
          ${data.funding.map(
            ({ periodId, reported }) =>
              html`<dt>${ltr(periodId)}</dt>
                <dd>${reported ? texts.fundingReported : texts.fundingNotReported}</dd>`,
          )}
        </dl>
      </section>
      ${invitation(page, texts, data.line)} ${contactsForm(page, texts, data.line, data.contacts)}`,
  );
