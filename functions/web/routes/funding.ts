import { Hono, type Context } from 'hono';
import { funderConfig } from '../../../shared/config/runtime-env';
import { getFundingReport } from '../../../shared/data/funding';
import { derivedId, newSecret } from '../../../shared/domain/web-access';
import { fundingTexts } from '../../../shared/i18n/funding-texts';
import { fundingFormValues, fundingFromForm } from '../funding-form';
import { emptyForm, type FormState } from '../pages/form-fields';
import { fundingPage, type FundingPeriodForm } from '../pages/funding-page';
import { notFoundPage } from '../pages/match-pages';
import { publishFormFact } from '../publish-form-fact';
import { isNonce, render, signedIn, signedInPost, type SignedIn } from '../web-context';

/** `/app/funding` (SPEC §9): the carrier's funding per period, as `funding.reported`. */
export const fundingRoutes = new Hono();

/** Every period's form, pre-filled with its last report; `refused` drawn as submitted. */
async function showFunding(
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

fundingRoutes.post('/funding', async (c) => {
  const context = await signedInPost(c);
  if (context instanceof Response) return context;
  const { carrierId, fields, page } = context;
  const period = funderConfig().periods.find(({ id }) => id === fields.periodId);
  if (!period) return render(c, notFoundPage(page), 404);
  if (!isNonce(fields.nonce)) return c.text('Forbidden', 403);
  const result = fundingFromForm(fields, period.id, fundingTexts[page.language]);
  if (!result.ok) {
    return showFunding(c, context, {
      periodId: period.id,
      state: result.state,
      nonce: fields.nonce,
    });
  }
  // The same nonce, the same submission id: a form sent twice is one fact (SPEC §3).
  const submissionId = derivedId('funding', carrierId, period.id, fields.nonce);
  await publishFormFact(carrierId, submissionId, { type: 'funding.reported', data: result.data });
  return c.redirect(`/app/funding?saved=${encodeURIComponent(period.id)}`, 303);
});
