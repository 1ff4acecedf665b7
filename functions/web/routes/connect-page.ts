import { Hono, type Context } from 'hono';
import { appUrl } from '../../../shared/config/runtime-env';
import { listCarrierApiKeys } from '../../../shared/data/api-keys';
import { connectTexts } from '../../../shared/i18n/connect-texts';
import { connectPage, onlyLeadPage, type ConnectOutcome } from '../pages/connect-page';
import { render, signedIn, type SignedIn } from '../web-context';

/** The page, with what a POST just did shown once on it (a new secret or key is never stored). */
export async function showConnect(c: Context, context: SignedIn, outcome?: ConnectOutcome) {
  const texts = connectTexts[context.page.language];
  if (!context.mayConnect) return render(c, onlyLeadPage(context.page, texts), 403);
  return render(
    c,
    connectPage(context.page, texts, {
      carrierId: context.carrierId,
      // From the config, never the Host header: a forged Host cannot redirect the webhooks.
      webhookUrl: `${appUrl()}/v1/carriers/${context.carrierId}/webhooks`,
      keys: await listCarrierApiKeys(context.carrierId),
      ...(outcome === undefined ? {} : { outcome }),
    }),
  );
}

/** `GET /app/connect` (SPEC §9): reads only; its own function, without the secrets key. */
export const connectPageRoutes = new Hono().get('/connect', async (c) => {
  const context = await signedIn(c);
  if (context instanceof Response) return context;
  return showConnect(c, context);
});
