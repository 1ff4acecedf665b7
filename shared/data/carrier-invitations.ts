import { appEventSource } from '../events/catalogue';
import { publishEvent } from '../events/publish';
import { UnknownCarrierError } from './carriers';
import { getOfficeRow, type OfficeRow } from './office-rows';

/**
 * The programme office's invitation of a carrier (SPEC §12): its coordinator gets a sign-in
 * link valid 7 days (single use), in the carrier's language, for as long as the carrier is
 * `invited`, i.e. before its first sign-in or fact. The e-mail follows from an event
 * (functions/web/send-carrier-invitation.ts), paced and retried like the sign-in mail.
 */

export const invitationValidDays = 7;
export const invitationValidMs = invitationValidDays * 24 * 60 * 60 * 1000;

/** The carrier has signed in or sent a fact: it needs no invitation any more. */
export class CarrierNotInvitedError extends Error {}

/** Still `invited` (SPEC §12): no sign-in and no fact yet. */
export const isInvited = (row: Pick<OfficeRow, 'firstSignInOn' | 'firstFactOn'>): boolean =>
  row.firstSignInOn === undefined && row.firstFactOn === undefined;

/**
 * Sends the carrier's coordinator the invitation: UnknownCarrierError without its office row,
 * CarrierNotInvitedError once it has signed in or sent a fact; else it is on the bus.
 */
export async function inviteCarrier(carrierId: string, now = new Date()): Promise<void> {
  const row = await getOfficeRow(carrierId);
  if (!row) throw new UnknownCarrierError(`No carrier ${carrierId}`);
  if (!isInvited(row)) {
    throw new CarrierNotInvitedError(
      `Carrier ${carrierId} has signed in or sent facts already: it is no longer invited`,
    );
  }
  await publishEvent(appEventSource, {
    detailType: 'CarrierInvitationRequested',
    detail: { carrierId, requestedAt: now.toISOString() },
  });
}
