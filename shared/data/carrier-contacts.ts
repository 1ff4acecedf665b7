import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import * as z from 'zod/mini';
import { dynamo } from '../aws/dynamo';
import { tableName } from '../config/runtime-env';
import { email } from '../schemas/primitives';
import { getCarrier, UnknownCarrierError } from './carriers';
import { writeIfCondition } from './conditional';
import { contactHashesOf, putContacts, removeContacts } from './contacts';
import { keys } from './keys';
import { englishErrorMessages } from '../schemas/error-messages';

/**
 * A change of a carrier's contacts (SPEC §8 `carriers set-contacts`, and the office form of
 * §12): a field left out stays as it is; `leadEmail: null` removes the lead.
 */
export const contactChangeSchema = z.strictObject({
  coordinatorEmail: z.optional(email),
  leadEmail: z.optional(z.nullable(email)),
});
export type ContactChange = z.input<typeof contactChangeSchema>;

export interface CarrierContacts {
  readonly carrierId: string;
  readonly coordinatorEmail: string;
  readonly leadEmail: string | null;
}

/** Concurrent changes of one carrier's contacts that one call outlasts before it gives up. */
const maxAttempts = 10;

/**
 * Sets the carrier's coordinator and lead. An address that is no longer a contact can no
 * longer sign in for the carrier, and its sessions for it end at once (see contacts.ts).
 *
 * Order, so that a crash at any point leaves no more access than before or after and a
 * second call completes the change: first the contact items of removed addresses go (access
 * ends), then the profile changes (checked against the addresses read, so two concurrent
 * changes cannot mix), then the contact items of the new addresses are put.
 */
export async function setCarrierContacts(
  carrierId: string,
  input: ContactChange,
): Promise<CarrierContacts> {
  const change = contactChangeSchema.parse(input, englishErrorMessages);
  for (let attempt = 1; attempt <= maxAttempts; attempt++) {
    const carrier = await getCarrier(carrierId);
    if (!carrier) throw new UnknownCarrierError(`No carrier ${carrierId}`);
    const coordinatorEmail = change.coordinatorEmail ?? carrier.coordinatorEmail;
    const leadEmail =
      change.leadEmail === undefined ? carrier.leadEmail : (change.leadEmail ?? undefined);
    const next = { carrierId, coordinatorEmail, leadEmail };
    const kept = contactHashesOf(next);
    await removeContacts(
      carrierId,
      [...contactHashesOf(carrier)].filter((addressHash) => !kept.has(addressHash)),
    );
    const written = await writeIfCondition(() =>
      dynamo.send(
        new UpdateCommand({
          TableName: tableName(),
          Key: keys.carrierProfile(carrierId),
          UpdateExpression: leadEmail
            ? 'SET coordinatorEmail = :coordinator, leadEmail = :lead'
            : 'SET coordinatorEmail = :coordinator REMOVE leadEmail',
          ConditionExpression: carrier.leadEmail
            ? 'coordinatorEmail = :readCoordinator AND leadEmail = :readLead'
            : 'coordinatorEmail = :readCoordinator AND attribute_not_exists(leadEmail)',
          ExpressionAttributeValues: {
            ':coordinator': coordinatorEmail,
            ':readCoordinator': carrier.coordinatorEmail,
            ...(leadEmail ? { ':lead': leadEmail } : {}),
            ...(carrier.leadEmail ? { ':readLead': carrier.leadEmail } : {}),
          },
        }),
      ),
    );
    if (!written) continue;
    // Every address of the profile, not only the new ones: this also completes a change
    // that stopped after the profile was written.
    await putContacts(next);
    return { carrierId, coordinatorEmail, leadEmail: leadEmail ?? null };
  }
  throw new Error(`Could not set the contacts of ${carrierId}: too many concurrent changes`);
}
