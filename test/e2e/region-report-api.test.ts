import { beforeAll, describe, expect, it } from 'vitest';
import { closePeriod, createAdminKey } from '../../local/cli/commands';
import {
  getJson,
  onboardCarrier,
  processed,
  sendWebhook,
  webhook,
  type TestCarrier,
} from '../support/api';
import { parseCsv } from '../support/csv';
import { localSystem } from '../support/local-system-instance';
import { useTableOfItsOwn } from '../support/own-table';

// SPEC §13 through the HTTP API: GET /v1/periods/{periodId}/regions/{regionKey}/report.

const periodId = '2025';
const path = (key: string, query = '') => `/v1/periods/${periodId}/regions/${key}/report${query}`;

async function get(url: string, apiKey?: string) {
  const response = await fetch(`${localSystem().urls.api}${url}`, {
    headers: apiKey ? { authorization: `Bearer ${apiKey}` } : {},
  });
  return {
    status: response.status,
    type: response.headers.get('content-type') ?? '',
    text: await response.text(),
  };
}

describe('region report API (SPEC §13)', () => {
  let adminKey: string;
  let carrier: TestCarrier;

  beforeAll(async () => {
    await useTableOfItsOwn('region-api');
    ({ apiKey: adminKey } = await createAdminKey());
    // Five carriers in one Gemeinde: each enclosing region's rest is empty, so all are given.
    const carriers = await Promise.all(
      Array.from({ length: 5 }, (_, index) =>
        onboardCarrier({
          name: `Träger ${index}`,
          coordinatorEmail: `koordination-${index}@region-api.example`,
          municipality: '05315000',
        }),
      ),
    );
    carrier = carriers[0]!;
    for (const [index, each] of carriers.entries()) {
      const response = await sendWebhook(
        each,
        webhook(
          'match.created',
          {
            matchId: `m-${index}`,
            mentorId: `m-${index}-mentor`,
            menteeId: `m-${index}-mentee`,
            startedOn: '2025-03-01',
            programme: 'education_work',
            group: false,
          },
          '2025-03-01T10:00:00.000Z',
        ),
      );
      expect(response.status).toBe(202);
    }
    await processed();
  }, 120_000);

  it('answers 404 before the close and 400 for a key that is not 2, 5 or 8 digits', async () => {
    expect((await get(path('05315'), adminKey)).status).toBe(404);
    for (const key of ['5', '053', '053150', '0531500a', '053150001']) {
      const response = await get(path(key), adminKey);
      expect(response.status, key).toBe(400);
      expect(response.text).toContain('regionKey');
    }
  });

  describe('after the close', () => {
    beforeAll(async () => {
      await closePeriod(localSystem().urls.api, periodId);
    }, 300_000);

    it('gives a region at each level in JSON, from the stored close', async () => {
      for (const key of ['05', '05315', '05315000']) {
        const { status, body } = await getJson(path(key), adminKey);
        expect(status).toBe(200);
        expect(body).toMatchObject({
          periodId,
          region: { key, carriers: 5 },
          matches: { new: 5 },
          units: { per_new_match: 5 },
          all: { matches: { new: 5 } },
        });
      }
    });

    it('answers the suppressed form, without a count, for a key with no carriers', async () => {
      const { status, body } = await getJson(path('09162'), adminKey);
      expect(status).toBe(200);
      expect(body).toEqual({
        periodId,
        region: { key: '09162', carriers: null },
        suppressed: true,
      });
      const csv = await get(path('09162', '?format=csv'), adminKey);
      expect(parseCsv(csv.text)).toContainEqual(['region', 'suppressed', 'true']);
    });

    it('gives CSV and the fact sheet in the funder’s language, and in another with ?lang=', async () => {
      const csv = await get(path('05315', '?format=csv'), adminKey);
      expect(csv.type).toContain('text/csv');
      expect(parseCsv(csv.text)).toContainEqual(['region', 'carriers', '5']);
      const german = await get(path('05315', '?format=html'), adminKey);
      expect(german.type).toContain('text/html');
      expect(german.text).toContain('<html lang="de" dir="ltr">');
      expect(german.text).toContain('Faktenblatt Region');
      const arabic = await get(path('05315', '?format=html&lang=ar'), adminKey);
      expect(arabic.text).toContain('<html lang="ar" dir="rtl">');
      expect((await get(path('05315', '?format=html&lang=xx'), adminKey)).status).toBe(400);
    });

    it('answers only the admin key', async () => {
      expect((await get(path('05315'))).status).toBe(401);
      expect((await get(path('05315'), carrier.apiKey)).status).toBe(404);
    });
  });
});
