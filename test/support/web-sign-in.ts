import { expect } from 'vitest';
import { processed } from './api';
import { localSystem } from './local-system-instance';
import { emailsTo } from './mailbox';

// The web app driven over HTTP as a browser without JavaScript would: the sign-in form, the
// mailed link, the session cookie, forms posted from the app's own origin.

export const appUrl = (path: string) => `${localSystem().urls.api}${path}`;
const formType = { 'content-type': 'application/x-www-form-urlencoded' };

/** The `name=value` of a cookie the response sets. */
export const cookieNamed = (response: Response, name: string) =>
  response.headers
    .getSetCookie()
    .map((cookie) => cookie.split(';')[0]!)
    .find((pair) => pair.startsWith(`${name}=`));

/** The value of a hidden field of a page. */
export const hiddenField = (page: string, name: string) =>
  new RegExp(`name="${name}" value="([^"]+)"`).exec(page)?.[1];

/** POSTs a form from the app's own origin. */
export const postForm = (path: string, fields: Record<string, string>, cookie?: string) =>
  fetch(path.startsWith('http') ? path : appUrl(path), {
    method: 'POST',
    redirect: 'manual',
    headers: { origin: localSystem().urls.api, ...formType, ...(cookie ? { cookie } : {}) },
    body: new URLSearchParams(fields).toString(),
  });

export const openPage = (path: string, cookie: string) =>
  fetch(appUrl(path), { redirect: 'manual', headers: { cookie } });

/** The sign-in form posted for an address; returns once its event is processed. */
export async function askForLink(address: string) {
  const form = await fetch(appUrl('/app/sign-in'));
  const formCookie = cookieNamed(form, 'tandem_form')!;
  const formToken = hiddenField(await form.text(), 'formToken')!;
  const answer = await postForm('/app/sign-in', { formToken, email: address }, formCookie);
  expect(answer.status).toBe(200);
  await processed();
}

/** The sign-in links mailed to an address so far. */
export const signInLinksTo = async (address: string) =>
  (await emailsTo(address)).flatMap(
    (mail) => mail.body.text?.match(/https?:\/\/\S+\/app\/sign-in\/[A-Za-z0-9_-]+/) ?? [],
  );

/** Signs in through a mailed link; returns the session cookie and where it led. */
export async function signIn(address: string) {
  await askForLink(address);
  const started = await postForm((await signInLinksTo(address)).at(-1)!, {});
  expect(started.status).toBe(303);
  return { cookie: cookieNamed(started, 'tandem_session')!, to: started.headers.get('location') };
}
