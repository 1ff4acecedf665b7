import { randomBytes } from 'node:crypto';
import { DeleteCommand, GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { dynamo } from '../aws/dynamo';
import { tableName } from '../config/runtime-env';
import { newSecret } from '../domain/web-access';
import { newStaffSchema, type NewStaff } from '../schemas/office';
import { keys } from './keys';
import { scopeFields } from './staff-grants';
import { getUmbrella } from './umbrellas';
import { englishErrorMessages } from '../schemas/error-messages';

/**
 * Staff of the programme office (SPEC §12), two items each:
 * - the registry item (`keys.staffMember`): id, role, scope and the address's hash, listed by
 *   `staff list` and the office's staff page; never the address;
 * - the grant item (`keys.staffGrant`), in the address's contact partition, found at sign-in
 *   by the address's hash. It holds a random grant id (a session is valid only while the item
 *   holds the id it started under, as for carrier contacts, contacts.ts) and the address
 *   itself, which the sign-in e-mail is sent to (as a carrier profile holds its contacts').
 * Deleting the grant item ends every session of the member at once.
 */

export { staffGrants, scopeOf, type StaffGrant } from './staff-grants';
export { getStaff, listStaff } from './staff-members';

export class UnknownUmbrellaError extends Error {}
export class UnknownStaffError extends Error {}

const newStaffId = (): string => `s-${randomBytes(8).toString('hex')}`;

/**
 * `staff add`: validates the input (zod's error otherwise) and that an umbrella member's
 * umbrella exists (UnknownUmbrellaError), then stores the registry item and the grant.
 */
export async function addStaff(input: NewStaff, now = new Date()): Promise<{ staffId: string }> {
  const staff = newStaffSchema.parse(input, englishErrorMessages);
  if (staff.umbrellaId !== undefined && !(await getUmbrella(staff.umbrellaId))) {
    throw new UnknownUmbrellaError(`No umbrella ${staff.umbrellaId}`);
  }
  const staffId = newStaffId();
  const addressHash = keys.hashAddress(staff.email);
  const member = {
    staffId,
    role: staff.role,
    ...scopeFields(staff),
    createdAt: now.toISOString(),
  };
  // The registry first: a grant never exists for a member the staff list does not show.
  await dynamo.send(
    new PutCommand({
      TableName: tableName(),
      Item: { ...keys.staffMember(staffId), entity: 'StaffMember', ...member, addressHash },
      ConditionExpression: 'attribute_not_exists(pk)',
    }),
  );
  await dynamo.send(
    new PutCommand({
      TableName: tableName(),
      Item: {
        ...keys.staffGrant(addressHash, staffId),
        entity: 'StaffGrant',
        ...member,
        email: staff.email.trim(),
        grantId: newSecret(),
      },
    }),
  );
  return { staffId };
}

/** `staff remove`: the grant first, so the member's sessions end before it leaves the list. */
export async function removeStaff(staffId: string): Promise<{ removed: string }> {
  const { Item } = await dynamo.send(
    new GetCommand({
      TableName: tableName(),
      Key: keys.staffMember(staffId),
      ConsistentRead: true,
    }),
  );
  if (!Item) throw new UnknownStaffError(`No staff member ${staffId}`);
  await dynamo.send(
    new DeleteCommand({
      TableName: tableName(),
      Key: keys.staffGrant(String(Item.addressHash), staffId),
    }),
  );
  await dynamo.send(new DeleteCommand({ TableName: tableName(), Key: keys.staffMember(staffId) }));
  return { removed: staffId };
}
