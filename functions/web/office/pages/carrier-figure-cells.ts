import { html } from 'hono/html';
import type { OfficeCarrierTexts } from '../../../../shared/i18n/office-carrier-texts';
import { ltr, type PageContext } from '../../pages/layout';
import { withPeriod } from '../../pages/funding-page';

// How the office's carrier pages write a figure: numbers in Latin digits, isolated
// left-to-right (so a right-to-left page keeps them whole), a dash for one not computed yet.

export const count = (texts: OfficeCarrierTexts, value: number | null) =>
  value === null ? texts.none : ltr(String(value));

/** A share (0…1) as a whole percentage in the page's language. */
export const percent = (page: PageContext, texts: OfficeCarrierTexts, share: number | null) =>
  share === null
    ? texts.none
    : ltr(
        new Intl.NumberFormat(page.language, {
          style: 'percent',
          maximumFractionDigits: 0,
          numberingSystem: 'latn',
        }).format(share),
      );

/** New matches against the quota: "7 / 10", or "7" without a quota. */
export const againstQuota = (
  texts: OfficeCarrierTexts,
  newMatches: number | null,
  quota: number | null,
) =>
  quota === null
    ? count(texts, newMatches)
    : ltr(`${newMatches === null ? texts.none : newMatches} / ${quota}`);

/** The current period's heading line, or that none has started. */
export const currentPeriodLine = (texts: OfficeCarrierTexts, periodId: string | null) =>
  periodId === null
    ? html`<p>${texts.noCurrentPeriod}</p>`
    : html`<p>${withPeriod(texts.currentPeriod, periodId)}</p>`;
