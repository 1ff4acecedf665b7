import { html } from 'hono/html';
import type { OfficeAdminTexts } from '../../../../shared/i18n/office-admin-texts';
import { fill } from '../../../../shared/i18n/web-texts';
import type { StaffScope } from '../../../../shared/schemas/office';
import { hidden } from '../../pages/form-fields';
import { withPeriod } from '../../pages/funding-page';
import { date, ltr, type Html, type PageContext } from '../../pages/layout';
import type { Period } from '../../pages/report-pages';
import type { OfficePageContext } from '../office-context';
import { officePage } from './office-layout';

/** SPEC §12: a configured period is open, ended (not closed yet) or closed (a revision). */
export type PeriodState =
  | { readonly state: 'open' }
  | { readonly state: 'ended' }
  | { readonly state: 'closed'; readonly revision: string; readonly closedAt: string };

/**
 * A period's state on `today` (the funder's day): closed when a close has written its
 * summary (`latestClose`), else ended once its last day is past, else open.
 */
export const periodStateOf = (
  period: Period,
  today: string,
  latestClose?: { readonly revision: string; readonly generatedAt: string },
): PeriodState => {
  if (latestClose) {
    return { state: 'closed', revision: latestClose.revision, closedAt: latestClose.generatedAt };
  }
  return today > period.end ? { state: 'ended' } : { state: 'open' };
};

export const periodPath = (periodId: string) =>
  `/app/office/periods/${encodeURIComponent(periodId)}`;

/** Funder staff close an ended or closed period (again: a new revision); nobody else. */
export const mayClose = (staff: StaffScope, state: PeriodState) =>
  staff.role === 'funder' && state.state !== 'open';

/** A moment in the page's language and the funder's time zone, digits isolated. */
const moment = (page: PageContext, iso: string, timeZone: string) =>
  ltr(
    new Intl.DateTimeFormat(page.language, {
      dateStyle: 'medium',
      timeStyle: 'short',
      timeZone,
      numberingSystem: 'latn',
    })
      .format(new Date(iso))
      .replace(/[\u200e\u200f\u061c]/g, ''),
  );

/** A sentence with its `{date}` drawn as given (isolated, so a right-to-left line keeps it). */
const withDate = (template: string, value: Html) => {
  const [before = '', after = ''] = template.split('{date}');
  return html`${before}${value}${after}`;
};

const stateLine = (
  page: PageContext,
  texts: OfficeAdminTexts,
  state: PeriodState,
  timeZone: string,
) =>
  state.state === 'closed'
    ? html`${texts.periods.states.closed}:
      ${withDate(texts.periods.closedOn, moment(page, state.closedAt, timeZone))};
      ${texts.periods.revision} ${ltr(state.revision)}`
    : texts.periods.states[state.state];

const periodItem = (
  page: OfficePageContext,
  staff: StaffScope,
  texts: OfficeAdminTexts,
  row: { readonly period: Period; readonly state: PeriodState },
  timeZone: string,
) =>
  html`<li data-period="${row.period.id}" data-state="${row.state.state}">
    <h2>${withPeriod(texts.periods.period, row.period.id)}</h2>
    <p class="small">${date(page, row.period.start)} – ${date(page, row.period.end)}</p>
    <dl>
      <dt>${texts.periods.state}</dt>
      <dd>${stateLine(page, texts, row.state, timeZone)}</dd>
    </dl>
    <ul class="downloads">
      ${
        row.state.state === 'closed'
          ? html`<li><a href="${periodPath(row.period.id)}">${texts.periods.summaryLink}</a></li>
              <li>
                <a href="${periodPath(row.period.id)}/funding">${texts.periods.fundingLink}</a>
              </li>`
          : ''
      }
      ${
        mayClose(staff, row.state)
          ? html`<li>
              <a class="button-link" href="${periodPath(row.period.id)}/close"
                >${texts.periods.closeNow}</a
              >
            </li>`
          : ''
      }
    </ul>
  </li>`;

/**
 * `GET /app/office/periods` (SPEC §12): each configured period with its state, its summary
 * and comparison once closed, and for funder staff "close now" on an ended or closed one.
 */
export const periodsPage = (
  page: OfficePageContext,
  staff: StaffScope,
  texts: OfficeAdminTexts,
  periods: readonly { readonly period: Period; readonly state: PeriodState }[],
  timeZone: string,
  notice?: string,
) =>
  officePage(
    page,
    staff,
    texts.periods.title,
    html`${notice ? html`<p class="notice" role="status">${notice}</p>` : ''}
      <ul class="matches">
        ${periods.map((row) => periodItem(page, staff, texts, row, timeZone))}
      </ul>`,
  );

/**
 * `GET /app/office/periods/<periodId>/close`: what closing does (again: a new revision) and
 * the button that posts it; the GET itself changes nothing.
 */
export const periodClosePage = (
  page: OfficePageContext,
  staff: StaffScope,
  texts: OfficeAdminTexts,
  period: Period,
  state: PeriodState,
) =>
  officePage(
    page,
    staff,
    fill(texts.periods.closeTitle, { period: period.id }),
    html`<p>${date(page, period.start)} – ${date(page, period.end)}</p>
      <p>${texts.periods.closeText}</p>
      ${state.state === 'closed' ? html`<p class="notice">${texts.periods.closeAgainText}</p>` : ''}
      <form method="post" action="${periodPath(period.id)}/close">
        ${hidden('formToken', page.formToken)}
        <button type="submit">${texts.periods.confirmClose}</button>
      </form>
      <p><a href="/app/office/periods">${texts.cancel}</a></p>`,
  );

/** A period that is still open cannot be closed (SPEC §12: only an ended or closed one). */
export const periodNotEndedPage = (
  page: OfficePageContext,
  staff: StaffScope,
  texts: OfficeAdminTexts,
) =>
  officePage(
    page,
    staff,
    texts.periods.notEndedTitle,
    html`<p>${texts.periods.notEnded}</p>
      <p><a href="/app/office/periods">${texts.periods.title}</a></p>`,
  );
