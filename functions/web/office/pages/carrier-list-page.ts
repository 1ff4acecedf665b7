import { html } from 'hono/html';
import {
  carrierSorts,
  carrierStatuses,
  withoutUmbrella,
  type CarrierListLine,
  type CarrierListQuery,
} from '../../../../shared/domain/office-carrier-list';
import type { OfficeCarrierTexts } from '../../../../shared/i18n/office-carrier-texts';
import type { StaffScope } from '../../../../shared/schemas/office';
import { carrierName, ltr } from '../../pages/layout';
import type { OfficePageContext } from '../office-context';
import { againstQuota, count, currentPeriodLine, percent } from './carrier-figure-cells';
import { officePage } from './office-layout';

/** A select of the list's GET form; the option in the query is selected. */
const choice = (
  name: string,
  label: string,
  options: readonly (readonly [value: string, label: string])[],
  selected: string | undefined,
) =>
  html`<div class="field">
    <label for="list-${name}">${label}</label>
    <select id="list-${name}" name="${name}">
      ${options.map(
        ([value, text]) =>
          html`<option value="${value}" ${value === (selected ?? '') ? html` selected` : ''}>
            ${text}
          </option>`,
      )}
    </select>
  </div>`;

/** Sort and filters as a plain GET form (no script); the umbrella filter for funder staff. */
const listForm = (
  texts: OfficeCarrierTexts,
  query: CarrierListQuery,
  umbrellas: readonly { umbrellaId: string; name: string }[] | null,
) =>
  html`<form method="get" action="/app/office/carriers" class="list-form">
    ${choice(
      'sort',
      texts.sortLabel,
      carrierSorts.map((sort) => [sort, texts.sorts[sort]] as const),
      query.sort,
    )}
    ${choice(
      'status',
      texts.statusLabel,
      [
        ['', texts.all],
        ...carrierStatuses.map((status) => [status, texts.status[status]] as const),
      ],
      query.status,
    )}
    ${
      umbrellas === null
        ? ''
        : choice(
            'umbrella',
            texts.umbrella,
            [
              ['', texts.all],
              ...umbrellas.map((umbrella) => [umbrella.umbrellaId, umbrella.name] as const),
              [withoutUmbrella, texts.withoutUmbrella],
            ],
            query.umbrella,
          )
    }
    <button type="submit">${texts.show}</button>
  </form>`;

/** The same list as CSV: the query as it is, with `format=csv`. */
export const csvPath = (query: CarrierListQuery) => {
  const params = new URLSearchParams({ sort: query.sort });
  if (query.status) params.set('status', query.status);
  if (query.umbrella) params.set('umbrella', query.umbrella);
  params.set('format', 'csv');
  return `/app/office/carriers?${params.toString()}`;
};

const carrierCard = (page: OfficePageContext, texts: OfficeCarrierTexts, line: CarrierListLine) =>
  html`<li>
    <h2>
      <a href="/app/office/carriers/${encodeURIComponent(line.carrierId)}"
        >${carrierName(line.name)}</a
      >
    </h2>
    <dl class="figures">
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
    </dl>
  </li>`;

/**
 * `GET /app/office/carriers` (SPEC §12): a card per carrier (one column on a phone, no
 * horizontal scrolling), its sort and filters, the same list as CSV and the onboarding link.
 * `umbrellas`: the umbrella filter's choices, null where the scope is one umbrella.
 */
export const carrierListPage = (
  page: OfficePageContext,
  staff: StaffScope,
  texts: OfficeCarrierTexts,
  list: {
    readonly lines: readonly CarrierListLine[];
    readonly query: CarrierListQuery;
    readonly currentPeriodId: string | null;
    readonly umbrellas: readonly { umbrellaId: string; name: string }[] | null;
  },
) =>
  officePage(
    page,
    staff,
    texts.carriersTitle,
    html`<p><a class="button-link" href="/app/office/carriers/new">${texts.newCarrierLink}</a></p>
      ${currentPeriodLine(texts, list.currentPeriodId)}
      ${listForm(texts, list.query, list.umbrellas)}
      <p><a class="button-link" href="${csvPath(list.query)}">${texts.downloadCsv}</a></p>
      ${
        list.lines.length === 0
          ? html`<p>${texts.noCarriers}</p>`
          : html`<ol class="cards">
              ${list.lines.map((line) => carrierCard(page, texts, line))}
            </ol>`
      }`,
  );
