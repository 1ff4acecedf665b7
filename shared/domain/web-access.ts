import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

// The rules of web-app access (SPEC §9), kept pure so they are tested without a table.

/** A sign-in link is valid this long. */
export const signInTokenMs = 30 * 60 * 1000;
/** A "contact done" link from a reminder digest is valid this long. */
export const contactDoneTokenMs = 14 * 24 * 60 * 60 * 1000;
/** A session lasts at most this long, however active. */
export const sessionMs = 12 * 60 * 60 * 1000;
/** Sign-in e-mails to one address per hour. */
export const signInMailsPerHour = 5;

/** 256 random bits, URL-safe: the secret in a link or a cookie. Only its hash is stored. */
export const newSecret = (): string => randomBytes(32).toString('base64url');

export const sha256Hex = (value: string): string =>
  createHash('sha256').update(value).digest('hex');

/** Whether something that expires at `expiresAtMs` is still valid at `now`. */
export const isValidAt = (expiresAtMs: number, now: Date): boolean =>
  Number.isFinite(expiresAtMs) && now.getTime() < expiresAtMs;

/** The sign-in e-mail limit counts over this sliding window, not per clock hour. */
export const signInWindowMs = 60 * 60 * 1000;

/**
 * The send times (epoch ms) of sign-in e-mails still inside the window before `now`, and
 * whether one more may go: at most `signInMailsPerHour` in any 60 minutes, however they fall
 * across clock hours.
 */
export function signInWindow(sentAtMs: readonly number[], now: Date) {
  const recent = sentAtMs.filter((sentAt) => now.getTime() - sentAt < signInWindowMs);
  return { recent, mayOneMoreGo: recent.length < signInMailsPerHour };
}

/** The TTL attribute (epoch seconds) for an item that is useless after `expiresAtMs`. */
export const ttlSeconds = (expiresAtMs: number): number => Math.ceil(expiresAtMs / 1000);

/** Constant-time comparison of two form tokens. */
export function sameToken(expected: string, given: string | undefined): boolean {
  if (given === undefined) return false;
  const a = Buffer.from(expected);
  const b = Buffer.from(given);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * A partner id for something the web app records, derived from a one-time value (a form's
 * nonce, a link token): submitting the same form twice names the same fact, so it is
 * recorded once.
 */
export const derivedId = (prefix: string, ...parts: string[]): string =>
  `${prefix}-${sha256Hex(parts.join('\n')).slice(0, 32)}`;
