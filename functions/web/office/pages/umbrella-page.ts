import { html } from 'hono/html';
import type { ScopeTotals } from '../../../../shared/domain/office-figures';
import type { OfficeAdminTexts } from '../../../../shared/i18n/office-admin-texts';
import type { OfficeCarrierTexts } from '../../../../shared/i18n/office-carrier-texts';
import type { StaffScope, Umbrella } from '../../../../shared/schemas/office';
import { hidden, problemSummary, textField, type FormState } from '../../pages/form-fields';
import { carrierName, date } from '../../pages/layout';
import type { OfficePageContext } from '../office-context';
import { againstQuota, count, percent } from './carrier-figure-cells';
import { officePage } from './office-layout';

/** An umbrella with the figures of its carriers' office rows. */
export interface UmbrellaFigures {
  readonly umbrella: Umbrella;
  readonly totals: ScopeTotals;
}

const figures = (page: OfficePageContext, texts: OfficeCarrierTexts, totals: ScopeTotals) =>
  html`<dl>
    <dt>${texts.carriersHeading}</dt>
    <dd>
      ${count(texts, totals.carriers.total)} (${texts.status.invited}
      ${count(texts, totals.carriers.invited)}, ${texts.status.active}
      ${count(texts, totals.carriers.active)}, ${texts.status.silent}
      ${count(texts, totals.carriers.silent)})
    </dd>
    <dt>${texts.activeMatches}</dt>
    <dd>${count(texts, totals.activeMatches)}</dd>
    <dt>${texts.newAgainstQuota}</dt>
    <dd>${againstQuota(texts, totals.newInCurrentPeriod, totals.quota)}</dd>
    <dt>${texts.adherence90}</dt>
    <dd>${percent(page, texts, totals.adherence90.adherence)}</dd>
    <dt>${texts.overdueNow}</dt>
    <dd>${count(texts, totals.overdueNow)}</dd>
    <dt>${texts.atRiskNow}</dt>
    <dd>${count(texts, totals.atRiskNow)}</dd>
  </dl>`;

const umbrellaItem = (
  page: OfficePageContext,
  texts: OfficeAdminTexts,
  carrierTexts: OfficeCarrierTexts,
  { umbrella, totals }: UmbrellaFigures,
) =>
  html`<li data-umbrella="${umbrella.umbrellaId}">
    <h2>${carrierName(umbrella.name)}</h2>
    <p class="small">${texts.createdAt} ${date(page, umbrella.createdAt.slice(0, 10))}</p>
    ${figures(page, carrierTexts, totals)}
    <p>
      <a href="/app/office/carriers?umbrella=${encodeURIComponent(umbrella.umbrellaId)}"
        >${texts.umbrellas.carriersLink}</a
      >
    </p>
  </li>`;

/**
 * `GET /app/office/umbrellas` (SPEC §12, funder staff): each umbrella with its carriers'
 * figures, and the form to add one (`form`: a refused one's values and errors).
 */
export const umbrellasPage = (
  page: OfficePageContext,
  staff: StaffScope,
  texts: OfficeAdminTexts,
  carrierTexts: OfficeCarrierTexts,
  umbrellas: readonly UmbrellaFigures[],
  form: FormState,
  notice?: string,
) =>
  officePage(
    page,
    staff,
    texts.umbrellas.title,
    html`${notice ? html`<p class="notice" role="status">${notice}</p>` : ''}
      ${
        umbrellas.length === 0
          ? html`<p>${texts.umbrellas.none}</p>`
          : html`<ul class="matches">
              ${umbrellas.map((row) => umbrellaItem(page, texts, carrierTexts, row))}
            </ul>`
      }
      <h2 id="add-umbrella">${texts.umbrellas.addHeading}</h2>
      ${problemSummary(form, texts.problemsHeading)}
      <form method="post" action="/app/office/umbrellas" aria-labelledby="add-umbrella">
        ${hidden('formToken', page.formToken)}
        ${textField(form, { name: 'name', label: texts.umbrellas.name, required: true })}
        <button type="submit">${texts.umbrellas.add}</button>
      </form>`,
  );
