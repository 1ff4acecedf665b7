import type { Carrier } from '../../shared/data/carriers';
import { keys } from '../../shared/data/keys';

/**
 * Who may use `/app/connect` (SPEC §9): the carrier's lead, or its coordinator when it has
 * no lead. Secrets and keys open the carrier's data to software, so one person decides.
 */
export const mayConnect = (carrier: Carrier, addressHash: string): boolean =>
  keys.hashAddress(carrier.leadEmail ?? carrier.coordinatorEmail) === addressHash;
