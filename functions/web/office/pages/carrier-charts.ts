import { html } from 'hono/html';
import type { MonthFigures } from '../../../../shared/domain/office-figures';
import { shareOf } from '../../../../shared/domain/reports/numbers';
import type { OfficeCarrierTexts } from '../../../../shared/i18n/office-carrier-texts';
import { ltr, type PageContext } from '../../pages/layout';
import { withPeriod } from '../../pages/funding-page';
import { count, percent } from './carrier-figure-cells';

// A carrier's months in the office (SPEC §12): per period, bars of new matches and of support
// adherence drawn as inline SVG (no script, nothing from another host), and the same figures
// in a table, which is what assistive technology reads (the bars are hidden from it).

const width = 300;
const height = 100;
const labelSpace = 14;

/** Bars of `values` (null: no bar) scaled to `max`, each under its month's number. */
const bars = (months: readonly MonthFigures[], values: readonly (number | null)[], max: number) => {
  const slot = width / Math.max(months.length, 1);
  const barHeight = (value: number) =>
    max === 0 ? 0 : Math.round(((height - labelSpace) * value) / max);
  return html`<svg
    viewBox="0 0 ${width} ${height}"
    width="100%"
    aria-hidden="true"
    focusable="false"
    class="month-bars"
  >
    <line
      x1="0"
      y1="${height - labelSpace}"
      x2="${width}"
      y2="${height - labelSpace}"
      stroke="#555"
    />
    ${months.map((month, index) => {
      const value = values[index] ?? null;
      const x = Math.round(index * slot + slot * 0.15);
      const h = value === null ? 0 : barHeight(value);
      return html`${
          value === null
            ? ''
            : html`<rect
                x="${x}"
                y="${height - labelSpace - h}"
                width="${Math.round(slot * 0.7)}"
                height="${h}"
                fill="#0b4f9c"
              />`
        }
        <text
          x="${Math.round(index * slot + slot / 2)}"
          y="${height - 2}"
          font-size="10"
          text-anchor="middle"
          fill="#1b1b1b"
        >
          ${month.month.slice(5)}
        </text>`;
    })}
  </svg>`;
};

const monthAdherence = (month: MonthFigures) => shareOf(month.onTime, month.due);

/** The table the bars show: month, new matches, adherence (on time of due contacts). */
const monthTable = (
  page: PageContext,
  texts: OfficeCarrierTexts,
  months: readonly MonthFigures[],
) =>
  html`<table class="months">
    <thead>
      <tr>
        <th scope="col">${texts.month}</th>
        <th scope="col">${texts.newMatches}</th>
        <th scope="col">${texts.adherence} (${texts.onTime} / ${texts.dueContacts})</th>
      </tr>
    </thead>
    <tbody>
      ${months.map(
        (month) =>
          html`<tr>
            <th scope="row">${ltr(month.month)}</th>
            <td class="value">${count(texts, month.newMatches)}</td>
            <td class="value">
              ${percent(page, texts, monthAdherence(month))}
              <span class="small">${ltr(`${month.onTime} / ${month.due}`)}</span>
            </td>
          </tr>`,
      )}
    </tbody>
  </table>`;

/** One period's months: the two charts, then their table. */
export const periodMonths = (
  page: PageContext,
  texts: OfficeCarrierTexts,
  periodId: string,
  months: readonly MonthFigures[],
) => {
  const headingId = `months-${periodId.replace(/[^A-Za-z0-9_-]/g, '_')}`;
  if (months.length === 0) {
    return html`<section aria-labelledby="${headingId}">
      <h3 id="${headingId}">${withPeriod(texts.newMatchesChart, periodId)}</h3>
      <p>${texts.noMonths}</p>
    </section>`;
  }
  const newMatches = months.map((month) => month.newMatches);
  return html`<section aria-labelledby="${headingId}">
    <h3 id="${headingId}">${withPeriod(texts.newMatchesChart, periodId)}</h3>
    ${bars(months, newMatches, Math.max(...newMatches))}
    <h3>${withPeriod(texts.adherenceChart, periodId)}</h3>
    ${bars(months, months.map(monthAdherence), 1)} ${monthTable(page, texts, months)}
  </section>`;
};
