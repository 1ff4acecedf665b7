import { setTimeout as sleep } from 'node:timers/promises';
import { takeEmailSlot } from '../data/email-rate';

/**
 * A slot is taken in a second that has at least this long left, so the send reaches SES
 * within the second it was counted in (SES counts by arrival).
 */
export const sendLeadMs = 250;

/** Longer than this and the sender gives up: its event is retried later from the queue. */
export const maxPacingWaitMs = 20_000;

export class EmailSlotTimeoutError extends Error {
  override readonly name = 'EmailSlotTimeoutError';
}

/**
 * Waits until the deployment may send one more e-mail without exceeding `ratePerSecond`:
 * takes a slot of the current second (or, late in a second, of the next one, waiting for it
 * to begin); when the second is full, tries again at the start of the next one, with a little
 * jitter so that waiting senders do not all ask at the same instant.
 */
export async function waitForEmailSlot(ratePerSecond: number): Promise<void> {
  const giveUpAt = Date.now() + maxPacingWaitMs;
  for (;;) {
    const now = Date.now();
    const second = Math.floor((now + sendLeadMs) / 1000);
    if (await takeEmailSlot(second, ratePerSecond)) {
      const startsIn = second * 1000 - Date.now();
      if (startsIn > 0) await sleep(startsIn);
      return;
    }
    const nextSecond = (second + 1) * 1000;
    if (nextSecond > giveUpAt) {
      throw new EmailSlotTimeoutError(
        `No e-mail slot within ${maxPacingWaitMs} ms at ${ratePerSecond} per second`,
      );
    }
    await sleep(nextSecond - Date.now() + Math.random() * 20);
  }
}
