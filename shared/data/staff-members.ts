import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { dynamo } from '../aws/dynamo';
import { tableName } from '../config/runtime-env';
import type { StaffMember } from '../schemas/office';
import { keys } from './keys';
import { queryAll } from './query-all';
import { memberOf } from './staff-grants';

// The staff registry as the office's pages read it (staff.ts writes it): apart from staff.ts,
// so that a page that only reads carries no schema library.

/** `staff list`: every member, oldest first; role and scope, never an address. */
export async function listStaff(): Promise<StaffMember[]> {
  const items = await queryAll({
    TableName: tableName(),
    KeyConditionExpression: 'pk = :pk',
    ExpressionAttributeValues: { ':pk': keys.staffPartition },
  });
  return items
    .map(memberOf)
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.staffId.localeCompare(b.staffId));
}

export async function getStaff(staffId: string): Promise<StaffMember | undefined> {
  const { Item } = await dynamo.send(
    new GetCommand({
      TableName: tableName(),
      Key: keys.staffMember(staffId),
      ConsistentRead: true,
    }),
  );
  return Item ? memberOf(Item) : undefined;
}
