import { keys } from '../../shared/data/keys';
import { createSession } from '../../shared/data/sessions';
import { addStaff } from '../../shared/data/staff';

/**
 * Adds a staff member and starts a session for them as the sign-in link would (SPEC §12):
 * the `tandem_session=…` cookie of the office's pages, for tests that are not about sign-in.
 */
export async function staffSessionCookie(member: Parameters<typeof addStaff>[0]): Promise<string> {
  const { staffId } = await addStaff(member);
  const { cookieValue } = await createSession({
    addressHash: keys.hashAddress(member.email),
    carrierIds: [],
    staffIds: [staffId],
  });
  return `tandem_session=${cookieValue}`;
}
