import { html } from 'hono/html';
import type { ScopeTotals } from '../../../../shared/domain/office-figures';
import { withoutUmbrella } from '../../../../shared/domain/office-carrier-list';
import type { OfficeCarrierTexts } from '../../../../shared/i18n/office-carrier-texts';
import type { StaffScope } from '../../../../shared/schemas/office';
import { carrierName } from '../../pages/layout';
import type { OfficePageContext } from '../office-context';
import { againstQuota, count, currentPeriodLine, percent } from './carrier-figure-cells';
import { officePage } from './office-layout';

/** One umbrella's totals on the funder's overview; `umbrellaId` null: carriers without one. */
export interface UmbrellaTotals {
  readonly umbrellaId: string | null;
  readonly name: string;
  readonly totals: ScopeTotals;
}

/** A scope's figures as a list of terms (SPEC §12's overview figures). */
const totalsList = (page: OfficePageContext, texts: OfficeCarrierTexts, totals: ScopeTotals) =>
  html`<dl class="figures">
    <dt>${texts.carriersHeading}: ${texts.status.invited}</dt>
    <dd>${count(texts, totals.carriers.invited)}</dd>
    <dt>${texts.carriersHeading}: ${texts.status.active}</dt>
    <dd>${count(texts, totals.carriers.active)}</dd>
    <dt>${texts.carriersHeading}: ${texts.status.silent}</dt>
    <dd>${count(texts, totals.carriers.silent)}</dd>
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

const umbrellaCard = (page: OfficePageContext, texts: OfficeCarrierTexts, row: UmbrellaTotals) =>
  html`<li>
    <h3>
      <a
        href="/app/office/carriers?umbrella=${encodeURIComponent(row.umbrellaId ?? withoutUmbrella)}"
        >${row.umbrellaId === null ? texts.withoutUmbrella : carrierName(row.name)}</a
      >
    </h3>
    ${totalsList(page, texts, row.totals)}
  </li>`;

/**
 * `GET /app/office` (SPEC §12): the scope's carriers by status and its match figures; for
 * funder staff the same figures per umbrella.
 */
export const overviewPage = (
  page: OfficePageContext,
  staff: StaffScope,
  texts: OfficeCarrierTexts,
  totals: ScopeTotals,
  umbrellas: readonly UmbrellaTotals[],
) =>
  officePage(
    page,
    staff,
    texts.overviewTitle,
    html`${currentPeriodLine(texts, totals.currentPeriodId)}
      <section aria-labelledby="scope-figures">
        <h2 id="scope-figures">${page.scopeName}</h2>
        ${totalsList(page, texts, totals)}
        <p><a class="button-link" href="/app/office/carriers">${texts.carriersTitle}</a></p>
      </section>
      ${
        umbrellas.length === 0
          ? ''
          : html`<section aria-labelledby="by-umbrella">
              <h2 id="by-umbrella">${texts.byUmbrella}</h2>
              <ol class="cards">
                ${umbrellas.map((row) => umbrellaCard(page, texts, row))}
              </ol>
            </section>`
      }`,
  );
