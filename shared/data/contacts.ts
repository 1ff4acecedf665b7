import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { dynamo } from '../aws/dynamo';
import { tableName } from '../config/runtime-env';
import { keys } from './keys';
import { queryAll } from './query-all';

/**
 * Contact items: which carriers an e-mail address is the coordinator or lead of, found by
 * the address's hash (SPEC §9 sign-in). The address itself stays in the carrier profile.
 */
export async function putContacts(carrier: {
  carrierId: string;
  coordinatorEmail: string;
  leadEmail?: string | undefined;
}): Promise<number> {
  const hashes = new Set(
    [carrier.coordinatorEmail, carrier.leadEmail]
      .filter((address): address is string => address !== undefined)
      .map(keys.hashAddress),
  );
  for (const addressHash of hashes) {
    await dynamo.send(
      new PutCommand({
        TableName: tableName(),
        Item: {
          ...keys.contact(addressHash, carrier.carrierId),
          entity: 'Contact',
          carrierId: carrier.carrierId,
        },
      }),
    );
  }
  return hashes.size;
}

/** The carriers whose coordinator or lead has this address hash. */
export async function carriersOfContact(addressHash: string): Promise<string[]> {
  const items = await queryAll({
    TableName: tableName(),
    KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
    ExpressionAttributeValues: {
      ':pk': keys.contactPartition(addressHash),
      ':prefix': keys.carrierPartition(''),
    },
    ConsistentRead: true,
  });
  return items.map((item) => String(item.carrierId)).sort();
}
