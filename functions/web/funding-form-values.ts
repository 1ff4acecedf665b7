import type { FundingReported } from '../../shared/schemas/webhooks';

// The funding form's way back (funding-form.ts goes forth): apart, so that the page that shows
// the form carries no schema.

/** A stored report as the form's values, so the form shows what was reported last. */
export const fundingFormValues = (report: FundingReported): Record<string, string> => ({
  ...Object.fromEntries(
    report.sources
      .filter((source) => source.amountEur > 0)
      .map((source) => [source.kind, String(source.amountEur)]),
  ),
  ...(report.volunteerCount === undefined ? {} : { volunteerCount: String(report.volunteerCount) }),
  ...(report.paidStaffHours === undefined ? {} : { paidStaffHours: String(report.paidStaffHours) }),
});
