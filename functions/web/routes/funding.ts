import { Hono, type Context } from 'hono';
import { funderConfig } from '../../../shared/config/runtime-env';
import { getFundingReport } from '../../../shared/data/funding';
import { newSecret } from '../../../shared/domain/web-access';
import { fundingTexts } from '../../../shared/i18n/funding-texts';
import { fundingFormValues } from '../funding-form-values';
import { emptyForm, type FormState } from '../pages/form-fields';
import { fundingPage, type FundingPeriodForm } from '../pages/funding-page';
import { render, signedIn, type SignedIn } from '../web-context';

/** `/app/funding` (SPEC §9): the carrier's funding per period; funding-forms.ts takes them. */
export const fundingRoutes = new Hono();

/** Every period's form, pre-filled with its last report; `refused` drawn as submitted. */
export async function showFunding(
  c: Context,
  context: SignedIn,
  refused?: { periodId: string; state: FormState; nonce: string },
) {
  const forms: FundingPeriodForm[] = await Promise.all(
    funderConfig().periods.map(async (period) => {
      const report = await getFundingReport(context.carrierId, period.id);
      if (refused?.periodId === period.id) {
        return {
          period,
          state: refused.state,
          reported: report !== undefined,
          nonce: refused.nonce,
        };
      }
      const state = report ? { values: fundingFormValues(report), errors: {} } : emptyForm;
      return { period, state, reported: report !== undefined, nonce: newSecret() };
    }),
  );
  const saved = c.req.query('saved');
  const texts = fundingTexts[context.page.language];
  return render(
    c,
    fundingPage(
      context.page,
      texts,
      forms,
      forms.find((form) => form.period.id === saved)?.period.id,
    ),
    refused ? 422 : 200,
  );
}

fundingRoutes.get('/funding', async (c) => {
  const context = await signedIn(c);
  if (context instanceof Response) return context;
  return showFunding(c, context);
});
