import { describe, expect, it } from 'vitest';
import { createAdminApiKey } from '../../shared/data/api-keys';
import { getJson, onboardCarrier } from '../support/api';

// Issue 8: an admin key reads every carrier, so it expires (default 90 days); then it is a
// 401 like an unknown key.

const day = 24 * 60 * 60 * 1000;

describe('admin key expiry', () => {
  it('reads while valid and is a 401 once expired', async () => {
    const carrier = await onboardCarrier();
    const path = `/v1/carriers/${carrier.carrierId}/matches`;
    const valid = await createAdminApiKey(1);
    expect((await getJson(path, valid)).status).toBe(200);
    // Created two days ago for one day: expired yesterday.
    const expired = await createAdminApiKey(1, new Date(Date.now() - 2 * day));
    const response = await getJson(path, expired);
    expect(response.status).toBe(401);
    expect(response.body).toEqual((await getJson(path, 'tdm_unknownunknownunknown')).body);
  });
});
