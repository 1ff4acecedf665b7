// POST /app/{proxy+}: the app's forms, each ending in a redirect or in its page with the
// refusal (the pages are app.ts's). One entry file per route, so each route is its own
// function with its own least privilege.
import { handle } from 'hono/aws-lambda';
import { appShell } from './app-shell';
import { contactDoneForm } from './routes/contact-done-form';
import { fundingForms } from './routes/funding-forms';
import { matchForms } from './routes/match-forms';
import { newMatchForm } from './routes/new-match-form';
import { signInForms } from './routes/sign-in-forms';

export const handler = handle(
  appShell([signInForms, newMatchForm, matchForms, contactDoneForm, fundingForms]),
);
