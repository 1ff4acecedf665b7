import { DeleteCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { dynamo } from '../aws/dynamo';
import { tableName } from '../config/runtime-env';
import { newSecret } from '../domain/web-access';
import { keys } from './keys';
import { queryAll } from './query-all';

/**
 * Contact items: which carriers an e-mail address is the coordinator or lead of, found by
 * the address's hash (SPEC §9 sign-in). The address itself stays in the carrier profile.
 *
 * Each item holds a grant id, random and new each time the address becomes a contact of
 * the carrier. A session keeps the grant ids it was started under and is valid for a
 * carrier only while that carrier's item holds the same id: deleting the item ends every
 * session of the address for that carrier at once, without finding them, and adding the
 * address again later does not bring them back.
 */

/** The contact addresses of a carrier, as hashes. */
export const contactHashesOf = (carrier: {
  coordinatorEmail: string;
  leadEmail?: string | undefined;
}): Set<string> =>
  new Set(
    [carrier.coordinatorEmail, carrier.leadEmail]
      .filter((address): address is string => address !== undefined)
      .map(keys.hashAddress),
  );

/**
 * Makes each of the carrier's addresses a contact of it; an address that already is keeps
 * its grant id (and so its sessions). Returns the number of addresses.
 */
export async function putContacts(carrier: {
  carrierId: string;
  coordinatorEmail: string;
  leadEmail?: string | undefined;
}): Promise<number> {
  const hashes = contactHashesOf(carrier);
  for (const addressHash of hashes) {
    await dynamo.send(
      new UpdateCommand({
        TableName: tableName(),
        Key: keys.contact(addressHash, carrier.carrierId),
        UpdateExpression:
          'SET entity = :entity, carrierId = :carrierId, grantId = if_not_exists(grantId, :grantId)',
        ExpressionAttributeValues: {
          ':entity': 'Contact',
          ':carrierId': carrier.carrierId,
          ':grantId': newSecret(),
        },
      }),
    );
  }
  return hashes.size;
}

/** The addresses are no longer contacts of the carrier: no sign-in, no session for it. */
export async function removeContacts(carrierId: string, addressHashes: Iterable<string>) {
  for (const addressHash of addressHashes) {
    await dynamo.send(
      new DeleteCommand({ TableName: tableName(), Key: keys.contact(addressHash, carrierId) }),
    );
  }
}

/** Items written before grant ids existed all share this one, until they are removed. */
const grantIdBeforeGrants = 'before-grants';

/** The carriers an address hash is a contact of, each with its current grant id. */
export async function contactGrants(addressHash: string): Promise<Map<string, string>> {
  const items = await queryAll({
    TableName: tableName(),
    KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
    ExpressionAttributeValues: {
      ':pk': keys.contactPartition(addressHash),
      ':prefix': keys.carrierPartition(''),
    },
    ConsistentRead: true,
  });
  return new Map(
    items.map((item) => [String(item.carrierId), String(item.grantId ?? grantIdBeforeGrants)]),
  );
}

/** The carriers whose coordinator or lead has this address hash. */
export const carriersOfContact = async (addressHash: string): Promise<string[]> =>
  [...(await contactGrants(addressHash)).keys()].sort();
