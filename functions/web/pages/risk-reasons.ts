import { html } from 'hono/html';
import type { RiskReason } from '../../../shared/domain/match-risk';
import { fill, type WebTexts } from '../../../shared/i18n/web-texts';

/** The reasons a match is at risk (SPEC §5), in the rule's order, or "none". */
export const riskReasonList = (texts: WebTexts, reasons: readonly RiskReason[]) =>
  reasons.length === 0
    ? html`<span class="risk-none">${texts.noRisk}</span>`
    : html`<span class="at-risk"
        >${reasons.map((reason) => texts.riskReasons[reason]).join(texts.listSeparator)}</span
      >`;

/** On the match page: each reason that holds, and what it means in one plain sentence. */
export const riskExplained = (
  texts: WebTexts,
  reasons: readonly RiskReason[],
  escalateAfterDays: number,
) =>
  reasons.length === 0
    ? html`<p>${texts.noRiskExplained}</p>`
    : html`<ul class="risk">
          ${reasons.map(
            (reason) =>
              html`<li>
                <strong>${texts.riskReasons[reason]}</strong>:
                ${fill(texts.riskExplanations[reason], { days: String(escalateAfterDays) })}
              </li>`,
          )}
        </ul>
        <p class="small">${texts.riskNote}</p>`;
