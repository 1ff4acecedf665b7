import { logger } from '../../shared/aws/logger';
import { appUrl, funderConfig } from '../../shared/config/runtime-env';
import {
  invitationValidDays,
  invitationValidMs,
  isInvited,
} from '../../shared/data/carrier-invitations';
import { getCarrier } from '../../shared/data/carriers';
import { keys } from '../../shared/data/keys';
import { createLinkToken } from '../../shared/data/link-tokens';
import { getOfficeRow } from '../../shared/data/office-rows';
import { sendEmail } from '../../shared/email/send-email';
import { consumer } from '../../shared/events/consume';
import { isLanguage } from '../../shared/i18n/languages';
import { invitationEmail } from './pages/sign-in-pages';

/**
 * Sends a `CarrierInvitationRequested` (SPEC §12): a sign-in link for the carrier, valid 7
 * days and single use, to its coordinator, in the carrier's language. A carrier that signed
 * in or sent a fact since the request gets none.
 */
export const handler = consumer('CarrierInvitationRequested', async ({ carrierId }) => {
  const [carrier, row] = await Promise.all([getCarrier(carrierId), getOfficeRow(carrierId)]);
  if (!carrier || !row || !isInvited(row)) {
    logger.info('Invitation not sent: the carrier is unknown or no longer invited');
    return;
  }
  const token = await createLinkToken(
    {
      kind: 'signIn',
      addressHash: keys.hashAddress(carrier.coordinatorEmail),
      carrierIds: [carrierId],
    },
    invitationValidMs,
  );
  const config = funderConfig();
  const language = isLanguage(carrier.language) ? carrier.language : config.language;
  const message = invitationEmail(
    language,
    { funder: config.name, carrier: carrier.name },
    `${appUrl()}/app/sign-in/${token}`,
    invitationValidDays,
  );
  await sendEmail(config.senderEmail, carrier.coordinatorEmail, message);
});
