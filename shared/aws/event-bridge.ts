import { EventBridgeClient } from '@aws-sdk/client-eventbridge';

// Created once per process; AWS_ENDPOINT_URL_EVENTBRIDGE points it at the local bus.
export const eventBridge = new EventBridgeClient({});
