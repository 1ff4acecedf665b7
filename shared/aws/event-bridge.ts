import { createJsonRpcClient } from './json-rpc-client';

// Created once per process; AWS_ENDPOINT_URL_EVENTBRIDGE points it at the local bus.
export const eventBridge = createJsonRpcClient({
  signingName: 'events',
  targetPrefix: 'AWSEvents',
  endpointVariable: 'AWS_ENDPOINT_URL_EVENTBRIDGE',
});

/** One entry of PutEvents, its members in the order the SDK client writes them. */
export interface PutEventsRequestEntry {
  readonly Source: string;
  readonly DetailType: string;
  readonly Detail: string;
  readonly EventBusName: string;
}

/** PutEvents' answer: an EventId per accepted entry, an ErrorCode per refused one. */
export interface PutEventsResponse {
  readonly FailedEntryCount?: number;
  readonly Entries?: readonly PutEventsResultEntry[];
}

export interface PutEventsResultEntry {
  readonly EventId?: string;
  readonly ErrorCode?: string;
  readonly ErrorMessage?: string;
}

export const putEvents = (entries: readonly PutEventsRequestEntry[]): Promise<PutEventsResponse> =>
  eventBridge.call<PutEventsResponse>('PutEvents', { Entries: entries });
