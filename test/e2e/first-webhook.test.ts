import { describe, expect, it } from 'vitest';
import { getMatch, onboardCarrier, processed, sendWebhook, webhook } from '../support/api';

describe('a first signed webhook', () => {
  it('turns into an active match that the carrier can read', async () => {
    const carrier = await onboardCarrier();
    const response = await sendWebhook(
      carrier,
      webhook('match.created', {
        matchId: 'm-1',
        mentorId: 'p-1',
        menteeId: 'p-2',
        startedOn: '2025-02-03',
        programme: 'education_work',
      }),
      { webhookId: 'msg_first' },
    );
    expect(response.status).toBe(202);
    expect(await response.json()).toEqual({ status: 'accepted', webhookId: 'msg_first' });
    await processed();
    const { status, body } = await getMatch(carrier, 'm-1');
    expect(status).toBe(200);
    expect(body).toMatchObject({ matchId: 'm-1', status: 'active', mentorId: 'p-1' });
  });
});
