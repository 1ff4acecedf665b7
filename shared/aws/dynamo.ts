import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { clientOnFirstUse, type ClientOnFirstUse } from './client-on-first-use';

// Made on its first request, once per process. The endpoint comes from the SDK's own
// configuration (AWS_ENDPOINT_URL_DYNAMODB locally), so handlers never branch on "local".
export const dynamo = clientOnFirstUse(() =>
  DynamoDBDocumentClient.from(new DynamoDBClient({}), {
    marshallOptions: { removeUndefinedValues: true },
  }),
);

/** The table's document client as the handlers use it (`dynamo`). */
export type TableClient = ClientOnFirstUse<DynamoDBDocumentClient>;
