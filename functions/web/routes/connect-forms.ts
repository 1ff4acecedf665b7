import { Hono } from 'hono';
import { revokeApiKey, UnknownApiKeyError, createApiKey } from '../../../shared/data/api-keys';
import { rotateWebhookSecret } from '../../../shared/data/carrier-secrets';
import { connectTexts } from '../../../shared/i18n/connect-texts';
import { onlyLeadPage } from '../pages/connect-page';
import { notFoundPage } from '../pages/match-pages';
import { render, signedInPost } from '../web-context';
import { showConnect } from './connect-page';

/**
 * The forms of `/app/connect` (SPEC §9): a new webhook secret (as `carriers rotate-secret`),
 * a new API key, a key revoked; always the signed-in carrier's own. A new secret or key is
 * answered on the page itself (no redirect: never in a URL, never stored in clear).
 */
export const connectFormRoutes = new Hono();

/** The signed-in lead's POST, or the answer for anyone else (nothing changes). */
async function leadPost(c: Parameters<typeof signedInPost>[0]) {
  const context = await signedInPost(c);
  if (context instanceof Response) return context;
  if (!context.mayConnect) {
    return render(c, onlyLeadPage(context.page, connectTexts[context.page.language]), 403);
  }
  return context;
}

connectFormRoutes.post('/connect/secret', async (c) => {
  const context = await leadPost(c);
  if (context instanceof Response) return context;
  const rotated = await rotateWebhookSecret(context.carrierId);
  return showConnect(c, context, { kind: 'secret', ...rotated });
});

connectFormRoutes.post('/connect/keys', async (c) => {
  const context = await leadPost(c);
  if (context instanceof Response) return context;
  const apiKey = await createApiKey({ kind: 'carrier', carrierId: context.carrierId });
  return showConnect(c, context, { kind: 'key', apiKey });
});

connectFormRoutes.post('/connect/revoke', async (c) => {
  const context = await leadPost(c);
  if (context instanceof Response) return context;
  const keyId = context.fields.keyId ?? '';
  try {
    await revokeApiKey(keyId, context.carrierId);
  } catch (error) {
    // An admin key's id or another carrier's is as unknown here as one that never existed.
    if (error instanceof UnknownApiKeyError) return render(c, notFoundPage(context.page), 404);
    throw error;
  }
  return showConnect(c, context, { kind: 'revoked', keyId });
});
