import { GetCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { dynamo } from '../aws/dynamo';
import { funderConfig, tableName } from '../config/runtime-env';
import { todayIn } from '../domain/dates';
import type { CarrierFigures, CarrierRowFigures } from '../domain/office-figures';
import type { Carrier } from '../schemas/carrier';
import { writeIfCondition } from './conditional';
import { keys } from './keys';
import { queryAll } from './query-all';

/*
 * The office's row of each carrier (SPEC §12): what the programme office shows of it, in one
 * partition, so that its pages read one paged Query over the carriers and never a match.
 *
 * Written by: the carrier's creation (profile fields), the first sign-in of one of its
 * contacts (`firstSignInOn`), its facts (`lastFactOn`, at most one write per carrier and day),
 * and the daily figures refresh (`figures`, from the carrier's own partition).
 */

export type { CarrierFigures, MonthFigures } from '../domain/office-figures';

export interface OfficeRow extends CarrierRowFigures {
  readonly carrierId: string;
  readonly name: string;
  readonly language: string;
  readonly migrantOrganisation: boolean;
  readonly umbrellaId?: string;
  readonly municipality?: string;
  readonly quota?: number;
  /** When the carrier was onboarded (its profile's `createdAt`). */
  readonly onboardedAt: string;
  readonly firstSignInOn?: string;
  readonly firstFactOn?: string;
  readonly lastFactOn?: string;
  readonly figures?: CarrierFigures;
}

const profileFields = [
  'name',
  'language',
  'migrantOrganisation',
  'umbrellaId',
  'municipality',
  'quota',
] as const;

/** Writes (or refreshes) the row's profile fields; its dates and figures stay. */
export async function putOfficeRow(carrier: Carrier): Promise<void> {
  const present = profileFields.filter((field) => carrier[field] !== undefined);
  await dynamo.send(
    new UpdateCommand({
      TableName: tableName(),
      Key: keys.officeRow(carrier.carrierId),
      UpdateExpression: `SET entity = :entity, carrierId = :carrierId, onboardedAt = if_not_exists(onboardedAt, :onboardedAt), ${present
        .map((field) => `#${field} = :${field}`)
        .join(', ')}`,
      ExpressionAttributeNames: Object.fromEntries(present.map((field) => [`#${field}`, field])),
      ExpressionAttributeValues: {
        ':entity': 'OfficeRow',
        ':carrierId': carrier.carrierId,
        ':onboardedAt': carrier.createdAt,
        ...Object.fromEntries(present.map((field) => [`:${field}`, carrier[field]])),
      },
    }),
  );
}

const rowOf = (item: Record<string, unknown>): OfficeRow => {
  const { pk: _pk, sk: _sk, entity: _entity, ...row } = item;
  return row as unknown as OfficeRow;
};

export async function getOfficeRow(carrierId: string): Promise<OfficeRow | undefined> {
  const { Item } = await dynamo.send(
    new GetCommand({ TableName: tableName(), Key: keys.officeRow(carrierId) }),
  );
  return Item ? rowOf(Item) : undefined;
}

/** Every carrier's row, or an umbrella's carriers' rows: one paged Query, no match read. */
export async function listOfficeRows(scope: { umbrellaId?: string } = {}): Promise<OfficeRow[]> {
  const items = await queryAll({
    TableName: tableName(),
    KeyConditionExpression: 'pk = :pk',
    ...(scope.umbrellaId === undefined
      ? { ExpressionAttributeValues: { ':pk': keys.officeRowsPartition } }
      : {
          FilterExpression: 'umbrellaId = :umbrellaId',
          ExpressionAttributeValues: {
            ':pk': keys.officeRowsPartition,
            ':umbrellaId': scope.umbrellaId,
          },
        }),
  });
  return items.map(rowOf);
}

/** Sets a date attribute to `day` unless it is already that day or later (or the row is gone). */
const advanceDate = (carrierId: string, attribute: string, day: string, firstAttribute: string) =>
  writeIfCondition(() =>
    dynamo.send(
      new UpdateCommand({
        TableName: tableName(),
        Key: keys.officeRow(carrierId),
        UpdateExpression: `SET #day = :day, #first = if_not_exists(#first, :day)`,
        ConditionExpression: 'attribute_exists(pk) AND (attribute_not_exists(#day) OR #day < :day)',
        ExpressionAttributeNames: { '#day': attribute, '#first': firstAttribute },
        ExpressionAttributeValues: { ':day': day },
      }),
    ),
  );

/** The days this instance already knows a carrier's `lastFactOn` to be: no write, no read. */
const knownLastFactOn = new Map<string, string>();
/** Notes under way in this instance, by carrier and day: facts processed at once share one. */
const notesInFlight = new Map<string, Promise<void>>();

/**
 * A fact of the carrier arrived on `day`: `lastFactOn` (and `firstFactOn`) move, with at most
 * one write per carrier and day and instance (a read first, a memory of what this instance
 * wrote, and one note at a time per carrier and day), not one per fact (issue 19's cost goal).
 */
export async function noteCarrierFact(carrierId: string, day: string): Promise<void> {
  if ((knownLastFactOn.get(carrierId) ?? '') >= day) return;
  const noteKey = `${carrierId}/${day}`;
  let note = notesInFlight.get(noteKey);
  if (!note) {
    note = writeLastFactOn(carrierId, day).finally(() => notesInFlight.delete(noteKey));
    notesInFlight.set(noteKey, note);
  }
  await note;
}

async function writeLastFactOn(carrierId: string, day: string): Promise<void> {
  const { Item } = await dynamo.send(
    new GetCommand({
      TableName: tableName(),
      Key: keys.officeRow(carrierId),
      ProjectionExpression: 'lastFactOn',
    }),
  );
  const stored = typeof Item?.lastFactOn === 'string' ? Item.lastFactOn : '';
  if (Item && stored < day) await advanceDate(carrierId, 'lastFactOn', day, 'firstFactOn');
  knownLastFactOn.set(carrierId, stored > day ? stored : day);
}

/** A fact of the carrier was stored just now: `noteCarrierFact` for today in the funder's time zone. */
export const noteCarrierFactToday = (carrierId: string, now = new Date()): Promise<void> =>
  noteCarrierFact(carrierId, todayIn(funderConfig().timezone, now));

/**
 * For a carrier whose facts were stored before its row kept their days (`tandem backfill`):
 * the days of its first and latest stored facts, unless the row already has them.
 */
export const noteStoredFactDays = (
  carrierId: string,
  days: { readonly firstOn: string; readonly lastOn: string },
): Promise<boolean> =>
  writeIfCondition(() =>
    dynamo.send(
      new UpdateCommand({
        TableName: tableName(),
        Key: keys.officeRow(carrierId),
        UpdateExpression: 'SET firstFactOn = :firstOn, lastFactOn = :lastOn',
        ConditionExpression: 'attribute_exists(pk) AND attribute_not_exists(firstFactOn)',
        ExpressionAttributeValues: { ':firstOn': days.firstOn, ':lastOn': days.lastOn },
      }),
    ),
  );

/** A contact of the carrier signed in on `day`: it is no longer only invited (SPEC §12). */
export const noteCarrierSignIn = async (carrierId: string, day: string): Promise<void> => {
  await writeIfCondition(() =>
    dynamo.send(
      new UpdateCommand({
        TableName: tableName(),
        Key: keys.officeRow(carrierId),
        UpdateExpression: 'SET firstSignInOn = if_not_exists(firstSignInOn, :day)',
        ConditionExpression: 'attribute_exists(pk)',
        ExpressionAttributeValues: { ':day': day },
      }),
    ),
  );
};

/** The daily refresh's figures of one carrier. */
export const putCarrierFigures = async (carrierId: string, figures: CarrierFigures) => {
  await writeIfCondition(() =>
    dynamo.send(
      new UpdateCommand({
        TableName: tableName(),
        Key: keys.officeRow(carrierId),
        UpdateExpression: 'SET figures = :figures',
        ConditionExpression: 'attribute_exists(pk)',
        ExpressionAttributeValues: { ':figures': figures },
      }),
    ),
  );
};
