import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';

// Created once per process. The endpoint comes from the SDK's own configuration
// (AWS_ENDPOINT_URL_DYNAMODB locally), so handlers never branch on "local".
export const dynamo = DynamoDBDocumentClient.from(new DynamoDBClient({}), {
  marshallOptions: { removeUndefinedValues: true },
});
