import { logger } from '../../shared/aws/logger';
import { appUrl, funderConfig } from '../../shared/config/runtime-env';
import { getCarrier } from '../../shared/data/carriers';
import { carriersOfContact } from '../../shared/data/contacts';
import { keys } from '../../shared/data/keys';
import { createLinkToken } from '../../shared/data/link-tokens';
import { takeSignInMailSlot } from '../../shared/data/sign-in-rate';
import { staffGrants } from '../../shared/data/staff-grants';
import { signInTokenMs } from '../../shared/domain/web-access';
import { sendEmail } from '../../shared/email/send-email';
import { consumer } from '../../shared/events/consume';
import { isLanguage, defaultLanguage } from '../../shared/i18n/languages';
import { webTexts } from '../../shared/i18n/web-texts';
import { signInEmail } from './pages/sign-in-pages';

/**
 * Sends the sign-in link of a `SignInRequested` (SPEC §9, §12), when the address hash is the
 * coordinator's or lead's of one or more carriers, or a programme-office staff member's, and
 * fewer than five links went to it in the last 60 minutes. The address is read from a
 * carrier profile or a staff grant; the event never held it.
 */
export const handler = consumer('SignInRequested', async ({ addressHash, language }) => {
  const [carrierIds, staff] = await Promise.all([
    carriersOfContact(addressHash),
    staffGrants(addressHash),
  ]);
  if (carrierIds.length === 0 && staff.size === 0) return;
  const carriers = (await Promise.all(carrierIds.map((carrierId) => getCarrier(carrierId)))).filter(
    (carrier) => carrier !== undefined,
  );
  const address = [
    ...[...staff.values()].map((grant) => grant.email),
    ...carriers.flatMap((carrier) => [carrier.coordinatorEmail, carrier.leadEmail]),
  ].find((candidate) => candidate !== undefined && keys.hashAddress(candidate) === addressHash);
  if (!address) return;
  if (!(await takeSignInMailSlot(addressHash))) {
    logger.info('Sign-in e-mail withheld: the limit of the last 60 minutes is reached');
    return;
  }
  const token = await createLinkToken(
    {
      kind: 'signIn',
      addressHash,
      carrierIds: carriers.map((carrier) => carrier.carrierId),
      staffIds: [...staff.keys()],
    },
    signInTokenMs,
  );
  const pageLanguage = isLanguage(language) ? language : defaultLanguage;
  const message = signInEmail(
    { language: pageLanguage, texts: webTexts[pageLanguage] },
    `${appUrl()}/app/sign-in/${token}`,
  );
  await sendEmail(funderConfig().senderEmail, address, message);
});
