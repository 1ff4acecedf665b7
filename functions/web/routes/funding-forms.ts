import { Hono } from 'hono';
import { funderConfig } from '../../../shared/config/runtime-env';
import { derivedId } from '../../../shared/domain/web-access';
import { fundingTexts } from '../../../shared/i18n/funding-texts';
import { fundingFromForm } from '../funding-form';
import { notFoundPage } from '../pages/match-pages';
import { publishFormFact } from '../publish-form-fact';
import { isNonce, render, signedInPost } from '../web-context';
import { showFunding } from './funding';

/** `/app/funding`'s forms (SPEC §9): one period's funding as `funding.reported`. */
export const fundingForms = new Hono();

fundingForms.post('/funding', async (c) => {
  const context = await signedInPost(c);
  if (context instanceof Response) return context;
  const { carrierId, fields, page } = context;
  const period = funderConfig().periods.find(({ id }) => id === fields.periodId);
  if (!period) return render(c, notFoundPage(page), 404);
  if (!isNonce(fields.nonce)) return c.text('Forbidden', 403);
  const result = await fundingFromForm(fields, period.id, fundingTexts[page.language]);
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
