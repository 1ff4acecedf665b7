import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { onboardCarrier, processed, sendWebhook, webhook } from '../support/api';
import { carrierItems } from '../support/table';

// Issue 8: an erasure tombstone must not let anyone confirm a guessed participant id. An
// unsalted SHA-256 of `<carrier>/<participant>` would; the tombstone is keyed (HMAC) with
// the deployment's secret key instead, and still stops later facts about the participant.

const sha256 = (value: string) => createHash('sha256').update(value).digest('hex');

describe('erasure tombstone', () => {
  it('holds a keyed digest that guessing cannot reproduce, and still redacts later facts', async () => {
    const carrier = await onboardCarrier();
    const participantId = 'p-erased-1';
    const erased = webhook('participant.erased', { participantId });
    expect((await sendWebhook(carrier, erased)).status).toBe(202);
    await processed();

    const tombstones = (await carrierItems(carrier.carrierId)).filter((item) =>
      String(item.sk).startsWith('ERASED#'),
    );
    expect(tombstones).toHaveLength(1);
    const digest = String(tombstones[0]?.sk).slice('ERASED#'.length);
    expect(digest).toMatch(/^[0-9a-f]{64}$/);
    const guesses = [
      participantId,
      `${carrier.carrierId}/${participantId}`,
      `${carrier.carrierId}#${participantId}`,
      `erasure:${carrier.carrierId}/${participantId}`,
    ].map(sha256);
    expect(guesses).not.toContain(digest);
    expect(JSON.stringify(tombstones)).not.toContain(participantId);

    const registered = webhook('participant.registered', { participantId, role: 'mentee' });
    expect((await sendWebhook(carrier, registered)).status).toBe(202);
    await processed();
    const items = await carrierItems(carrier.carrierId);
    expect(JSON.stringify(items)).not.toContain(participantId);
  });
});
