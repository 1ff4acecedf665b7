import type { StaffMember, StaffScope } from '../schemas/office';
import { tableName } from '../config/runtime-env';
import { keys } from './keys';
import { queryAll } from './query-all';

/**
 * The staff grants of an address (staff.ts), as every session read checks them: apart from
 * staff.ts, so that a page that only reads its session carries no schema library.
 */

export const scopeFields = (scope: {
  umbrellaId?: string | undefined;
  region?: string | undefined;
}) => ({
  ...(scope.umbrellaId === undefined ? {} : { umbrellaId: scope.umbrellaId }),
  ...(scope.region === undefined ? {} : { region: scope.region }),
});

export const memberOf = (item: Record<string, unknown>): StaffMember => ({
  staffId: String(item.staffId),
  role: item.role as StaffMember['role'],
  ...scopeFields({
    umbrellaId: typeof item.umbrellaId === 'string' ? item.umbrellaId : undefined,
    region: typeof item.region === 'string' ? item.region : undefined,
  }),
  createdAt: String(item.createdAt),
});

/** What a member may see, from its registry or grant item. */
export const scopeOf = (member: StaffMember): StaffScope => {
  if (member.role === 'umbrella') {
    return { role: 'umbrella', staffId: member.staffId, umbrellaId: member.umbrellaId ?? '' };
  }
  if (member.role === 'region') {
    return { role: 'region', staffId: member.staffId, region: member.region ?? '' };
  }
  return { role: 'funder', staffId: member.staffId };
};

/** A staff grant of an address: the member's scope, its grant id and the address. */
export interface StaffGrant {
  readonly scope: StaffScope;
  readonly grantId: string;
  readonly email: string;
}

/** The staff members an address hash is, by staff id. */
export async function staffGrants(addressHash: string): Promise<Map<string, StaffGrant>> {
  const items = await queryAll({
    TableName: tableName(),
    KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
    ExpressionAttributeValues: {
      ':pk': keys.contactPartition(addressHash),
      ':prefix': keys.staffGrantPrefix,
    },
    ConsistentRead: true,
  });
  return new Map(
    items.map((item) => [
      String(item.staffId),
      { scope: scopeOf(memberOf(item)), grantId: String(item.grantId), email: String(item.email) },
    ]),
  );
}
