import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { Webhook } from 'standardwebhooks';
import { afterAll, beforeAll, describe, expect, it, vi, type MockInstance } from 'vitest';
import type { LocalEventBus } from '../../local/event-bus';
import type { WebhookBody, WebhookType } from '../../shared/schemas/webhooks';
import { onboardCarrier, processed, type TestCarrier } from '../support/api';
import {
  ageGroups,
  channels,
  checkInWith,
  endReasons,
  fundingKinds,
  partnerIdPattern,
  programmes,
  roles,
  validWebhookBody,
} from '../support/generators';
import { localSystem } from '../support/local-system-instance';
import { carrierItems } from '../support/table';

// SPEC §2: "Bad input never yields a 5xx and never leaves anything behind." Every case has
// exactly one fault, so its status is pinned by the table of SPEC §2; the combined-fault
// cases may answer with the status of any of their faults.

const maxBodyBytes = 64 * 1024;
/** The statuses SPEC §2 gives bad input. */
type ClientError = 400 | 401 | 413 | 415 | 422;

/** Each generated case is plain data, so fast-check can print a failing one. */
type FuzzCase =
  | {
      readonly kind: 'json';
      readonly label: string;
      readonly value: unknown;
      /** A field the 422's errors must name (somewhere in a path). */
      readonly field?: string;
    }
  | { readonly kind: 'bytes'; readonly label: string; readonly bytes: Uint8Array }
  | {
      readonly kind: 'oversize';
      readonly label: string;
      readonly body: WebhookBody;
      readonly how: 'whitespace' | 'field' | 'multibyte';
      readonly bytes: number;
    }
  | {
      readonly kind: 'contentType';
      readonly label: string;
      readonly body: WebhookBody;
      /** `null`: no content-type header at all. */
      readonly contentType: string | null;
    }
  | {
      readonly kind: 'signature';
      readonly label: string;
      readonly body: WebhookBody;
      readonly fault: SignatureFault;
    }
  | {
      readonly kind: 'combined';
      readonly label: string;
      readonly body: WebhookBody;
      readonly faults: readonly ('notJson' | 'schema' | 'oversize' | 'contentType' | 'signature')[];
    };

type SignatureFault =
  | { readonly type: 'otherSecret'; readonly secret: string }
  | { readonly type: 'tamperedBody' }
  | { readonly type: 'otherWebhookId' }
  | { readonly type: 'header'; readonly name: string; readonly value: string | null }
  | { readonly type: 'wrongVersion' }
  | { readonly type: 'skewedTimestamp'; readonly seconds: number }
  | { readonly type: 'carrierPath'; readonly carrierId: string };

// ---- Building blocks ----

const validBody = validWebhookBody();

const notString = fc.oneof(
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.integer(), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 5 }), fc.integer(), { maxKeys: 2 }),
);
const notBoolean = fc.oneof(
  fc.constantFrom('true', 'false', 0, 1, null),
  fc.string({ maxLength: 8 }),
  fc.array(fc.boolean(), { maxLength: 2 }),
);
const notNumber = fc.oneof(
  fc.constantFrom('12', '', null, true, false),
  fc.string({ maxLength: 8 }),
  fc.array(fc.integer(), { maxLength: 2 }),
  fc.dictionary(fc.string({ maxLength: 5 }), fc.integer(), { maxKeys: 2 }),
);
const notArray = fc.oneof(
  fc.string({ maxLength: 8 }),
  fc.integer(),
  fc.constant(null),
  fc.dictionary(fc.string({ maxLength: 5 }), fc.integer(), { maxKeys: 2 }),
);

const badIds = fc.oneof(
  fc.constantFrom(
    'p 1',
    ' p-1',
    'p-1 ',
    'p#1',
    'MATCH#m-1',
    'CARRIER#c-1',
    'a'.repeat(65),
    '',
    '-p',
    '.p',
    '_p',
    ':p',
    'p/1',
    'p\\1',
    'ü',
    'p\n1',
    '😀',
    'p%201',
  ),
  fc.string({ maxLength: 80 }).filter((id) => !partnerIdPattern.test(id)),
  fc
    .stringMatching(/^[A-Za-z0-9][A-Za-z0-9._:-]{64,70}$/)
    .filter((id) => !partnerIdPattern.test(id)),
);

const badDates = fc.oneof(
  fc.constantFrom(
    '2025-02-30',
    '2025-02-29',
    '2023-02-29',
    '2025-04-31',
    '2025-13-01',
    '2025-00-10',
    '2025-06-00',
    '2025-06-32',
    '2025-2-3',
    '20250203',
    '2025-02-03T00:00:00Z',
    '03.02.2025',
    '2025/02/03',
    ' 2025-02-03',
    '',
  ),
  fc.string({ maxLength: 12 }).filter((date) => !/^\d{4}-\d{2}-\d{2}$/.test(date)),
);

const badTimestamps = fc.oneof(
  fc.constantFrom(
    'yesterday',
    '2025-06-01',
    '2025-06-01 10:00:00',
    '2025-02-30T10:00:00Z',
    '2025-06-01T25:00:00Z',
    '2025-06-01T10:00:00+25:00',
    '',
  ),
  fc.string({ maxLength: 15 }),
  notString,
);

const badEnum = (values: readonly string[]) =>
  fc
    .oneof(
      fc.constantFrom(...values.map((value) => value.toUpperCase()), ...values.map((v) => ` ${v}`)),
      fc.string({ maxLength: 20 }),
    )
    .filter((value) => !values.includes(value));

const badLanguages = fc.oneof(
  fc.constantFrom('DE', 'deu', 'd', 'de-DE', 'de_DE', ' de', '12', ''),
  fc.string({ maxLength: 6 }).filter((value) => !/^[a-z]{2}$/.test(value)),
);

/** Fields a partner might try to send and that Tandem does not take (SPEC §1, §2). */
const unknownFieldNames = [
  'name',
  'email',
  'firstName',
  'lastName',
  'phone',
  'notes',
  'comment',
  'address',
  'birthDate',
  'mentorName',
  'carrierId',
] as const;
const unknownFieldValues = fc.oneof(
  fc.constantFrom('Max Mustermann', 'max@example.org', '+49 30 1234567', 'c-other'),
  fc.jsonValue({ maxDepth: 1 }),
);

type FieldKind =
  'id' | 'date' | 'bool' | 'language' | 'count' | 'hours' | 'sources' | readonly string[];
interface FieldSpec {
  readonly kind: FieldKind;
  readonly required: boolean;
}
const required = (kind: FieldKind): FieldSpec => ({ kind, required: true });
const optional = (kind: FieldKind): FieldSpec => ({ kind, required: false });

/** SPEC §2's data fields per type. */
const dataFields: Record<WebhookType, Record<string, FieldSpec>> = {
  'participant.registered': {
    participantId: required('id'),
    role: required(roles),
    ageGroup: optional(ageGroups),
    language: optional('language'),
  },
  'match.created': {
    matchId: required('id'),
    mentorId: required('id'),
    menteeId: required('id'),
    startedOn: required('date'),
    programme: required(programmes),
    group: optional('bool'),
  },
  'checkin.recorded': {
    checkInId: required('id'),
    matchId: required('id'),
    occurredOn: required('date'),
    with: required(checkInWith),
    channel: required(channels),
    concern: optional('bool'),
  },
  'match.ended': {
    matchId: required('id'),
    endedOn: required('date'),
    reason: required(endReasons),
  },
  'participant.erased': { participantId: required('id') },
  'funding.reported': {
    periodId: required('id'),
    sources: required('sources'),
    volunteerCount: optional('count'),
    paidStaffHours: optional('hours'),
  },
};

const wrongTypeFor = (kind: FieldKind): fc.Arbitrary<unknown> =>
  kind === 'bool'
    ? notBoolean
    : kind === 'count' || kind === 'hours'
      ? notNumber
      : kind === 'sources'
        ? notArray
        : notString;

const badSources = fc.oneof(
  fc.constant([{ kind: 'own_funds', amountEur: -0.01 }]),
  fc.constant([{ kind: 'own_funds' }]),
  fc.constant([{ amountEur: 10 }]),
  fc.constant([{ kind: 'own_funds', amountEur: 10, name: 'Stadtwerke' }]),
  fc.constant(Array.from({ length: 101 }, () => ({ kind: 'donations', amountEur: 1 }))),
  badEnum(fundingKinds).map((kind) => [{ kind, amountEur: 100 }]),
  notNumber.map((amountEur) => [{ kind: 'state', amountEur }]),
  fc
    .integer({ min: -1_000_000, max: -1 })
    .map((cents) => [{ kind: 'state', amountEur: cents / 100 }]),
  notString.map((entry) => [entry]),
);

const badValueFor = (kind: FieldKind): fc.Arbitrary<unknown> => {
  switch (kind) {
    case 'id':
      return badIds;
    case 'date':
      return badDates;
    case 'language':
      return badLanguages;
    case 'count':
      return fc.oneof(fc.integer({ min: -1000, max: -1 }), fc.constantFrom(1.5, 0.1, -0.5, 99.99));
    case 'hours':
      return fc.double({ min: -1e6, max: -1e-3, noNaN: true });
    case 'sources':
      return badSources;
    case 'bool':
      return notBoolean;
    default:
      return badEnum(kind);
  }
};

const webhookTypes = Object.keys(dataFields) as WebhookType[];

/** A valid body with exactly one thing wrong: the near misses a real partner sends. */
const nearMiss: fc.Arbitrary<FuzzCase> = validBody.chain((body) => {
  const fields = dataFields[body.type];
  const names = Object.keys(fields);
  const requiredNames = names.filter((name) => fields[name]?.required);
  const data = body.data as Record<string, unknown>;
  const withData = (label: string, field: string, next: Record<string, unknown>): FuzzCase => ({
    kind: 'json',
    label: `${body.type}: ${label}`,
    value: { ...body, data: next },
    field,
  });
  const withEnvelope = (label: string, field: string, value: unknown): FuzzCase => ({
    kind: 'json',
    label: `${body.type}: ${label}`,
    value,
    field,
  });
  // Another type whose fields happen to fit this data would make a valid webhook.
  const otherTypes = webhookTypes.filter((type) => {
    const other = Object.entries(dataFields[type]);
    const fits =
      other.every(([name, spec]) => !spec.required || name in data) &&
      Object.keys(data).every((name) => other.some(([otherName]) => otherName === name));
    return type !== body.type && !fits;
  });
  return fc.oneof(
    fc
      .constantFrom(...names)
      .chain((name) =>
        wrongTypeFor(fields[name]?.kind ?? 'id').map((value) =>
          withData(`wrong type of ${name}`, name, { ...data, [name]: value }),
        ),
      ),
    fc
      .constantFrom(...names)
      .chain((name) =>
        badValueFor(fields[name]?.kind ?? 'id').map((value) =>
          withData(`bad value of ${name}`, name, { ...data, [name]: value }),
        ),
      ),
    fc
      .tuple(fc.constantFrom(...unknownFieldNames), unknownFieldValues)
      .map(([name, value]) =>
        withData(`unknown field ${name} in data`, name, { ...data, [name]: value }),
      ),
    fc
      .tuple(fc.constantFrom(...unknownFieldNames), unknownFieldValues)
      .map(([name, value]) =>
        withEnvelope(`unknown field ${name} in the envelope`, name, { ...body, [name]: value }),
      ),
    fc.constantFrom(...requiredNames).map((name) => {
      const { [name]: _removed, ...rest } = data;
      return withData(`missing ${name}`, name, rest);
    }),
    fc.constantFrom('type', 'timestamp', 'data').map((name) => {
      const { [name as keyof WebhookBody]: _removed, ...rest } = body;
      return withEnvelope(`missing ${name}`, name, rest);
    }),
    fc
      .oneof(
        fc.constantFrom(
          'match.deleted',
          'participant.updated',
          'Match.Created',
          'match_created',
          'checkin.recorded ',
          'MatchCreated',
          '',
        ),
        fc.string({ maxLength: 25 }).filter((type) => !webhookTypes.includes(type as WebhookType)),
        notString,
      )
      .map((type) => withEnvelope('unknown type', 'type', { ...body, type })),
    fc
      .constantFrom(...otherTypes)
      .map((type) =>
        withEnvelope(`data of ${body.type} under type ${type}`, 'data', { ...body, type }),
      ),
    badTimestamps.map((timestamp) =>
      withEnvelope('bad timestamp', 'timestamp', { ...body, timestamp }),
    ),
    fc
      .oneof(
        notString.filter((value) => typeof value !== 'object' || Array.isArray(value)),
        fc.string(),
      )
      .map((value) => withEnvelope('data is not an object', 'data', { ...body, data: value })),
  );
});

/** Valid JSON of any shape. */
const randomJson: fc.Arbitrary<FuzzCase> = fc.oneof(
  fc
    .jsonValue({ maxDepth: 3 })
    .map((value): FuzzCase => ({ kind: 'json', label: 'random JSON', value })),
  fc
    .tuple(fc.constantFrom(...webhookTypes), fc.jsonValue({ maxDepth: 2 }))
    .map(([type, data]): FuzzCase => ({
      kind: 'json',
      label: `random data under ${type}`,
      value: { type, timestamp: '2025-06-01T10:00:00Z', data },
    })),
);

const parsesAsJson = (text: string): boolean => {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
};
const utf8 = (text: string) => new TextEncoder().encode(text);

/** Bytes that are not a JSON text, in UTF-8 or in no encoding at all. */
const notJson: fc.Arbitrary<FuzzCase> = fc
  .oneof(
    fc.string({ unit: 'binary', maxLength: 200 }).map((text) => ({ label: 'random text', text })),
    validBody.chain((body) => {
      const json = JSON.stringify(body);
      return fc
        .integer({ min: 0, max: json.length - 1 })
        .map((end) => ({ label: 'truncated webhook', text: json.slice(0, end) }));
    }),
    validBody.chain((body) =>
      fc.constantFrom('}', ',', ']', 'x', '{}', '\u0000').map((tail) => ({
        label: 'webhook with trailing garbage',
        text: `${JSON.stringify(body)}${tail}`,
      })),
    ),
    validBody.map((body) => ({
      label: 'single-quoted JSON',
      text: JSON.stringify(body).replaceAll('"', "'"),
    })),
    fc
      .constantFrom(
        '',
        ' ',
        'null null',
        '{"type": "match.created",}',
        '{type: "match.created"}',
        '{"a": NaN}',
        '{"a": undefined}',
        '{"a": 1} // comment',
        '<webhook type="match.created"/>',
        'type=match.created&matchId=m-1',
        '\uFEFF{}',
      )
      .map((text) => ({ label: 'almost JSON', text })),
  )
  .map(({ label, text }) => ({ label, bytes: utf8(text) }))
  .chain((textCase) =>
    fc.oneof(
      fc.constant(textCase),
      fc.uint8Array({ minLength: 1, maxLength: 300 }).map((bytes) => ({
        label: 'random bytes',
        bytes,
      })),
    ),
  )
  .filter(({ bytes }) => !parsesAsJson(Buffer.from(bytes).toString('utf8')))
  .map(({ label, bytes }) => ({ kind: 'bytes', label, bytes }));

const oversize: fc.Arbitrary<FuzzCase> = fc
  .record({
    body: validBody,
    how: fc.constantFrom('whitespace', 'field', 'multibyte'),
    bytes: fc.oneof(
      fc.constant(maxBodyBytes + 1),
      fc.integer({ min: maxBodyBytes + 1, max: 4 * maxBodyBytes }),
    ),
  })
  .map(({ body, how, bytes }) => ({
    kind: 'oversize',
    label: `${bytes} bytes (${how})`,
    body,
    how,
    bytes,
  }));

/** `true` for media types that are `application/json` (parameters and case aside). */
const isJsonMediaType = (value: string) =>
  value.split(';')[0]?.trim().toLowerCase() === 'application/json';

const wrongContentType: fc.Arbitrary<FuzzCase> = fc
  .tuple(
    validBody,
    fc.oneof(
      fc.constantFrom(
        'text/plain',
        'text/plain; charset=utf-8',
        'text/json',
        'application/x-www-form-urlencoded',
        'multipart/form-data; boundary=x',
        'application/xml',
        'application/octet-stream',
        'application/jsonp',
        'application/json-patch+json',
        'application/problem+json',
        'application/ld+json',
        'application/json5',
        'application/jsonl',
        'application',
        'json',
        'application/ json',
        null,
      ),
      fc
        .stringMatching(/^[\x21-\x7e][\x20-\x7e]{0,40}$/)
        .filter((value) => !isJsonMediaType(value)),
    ),
  )
  .map(([body, contentType]) => ({
    kind: 'contentType',
    label: `content-type ${JSON.stringify(contentType)}`,
    body,
    contentType,
  }));

const secretOf = (bytes: Uint8Array) => `whsec_${Buffer.from(bytes).toString('base64')}`;

const badSignature: fc.Arbitrary<FuzzCase> = fc
  .tuple(
    validBody,
    fc.oneof(
      fc
        .uint8Array({ minLength: 24, maxLength: 64 })
        .map((bytes): SignatureFault => ({ type: 'otherSecret', secret: secretOf(bytes) })),
      fc.constant<SignatureFault>({ type: 'tamperedBody' }),
      fc.constant<SignatureFault>({ type: 'otherWebhookId' }),
      fc.constant<SignatureFault>({ type: 'wrongVersion' }),
      fc
        .oneof(
          fc.constantFrom('webhook-id', 'webhook-timestamp', 'webhook-signature').map((name) => ({
            name,
            value: null,
          })),
          fc
            .constantFrom('webhook-id', 'webhook-timestamp', 'webhook-signature')
            .map((name) => ({ name, value: '' })),
          fc
            .oneof(
              fc.constantFrom('v1,', 'v1', 'v1,AAAA', 'v1,not base64!', ','),
              fc.stringMatching(/^[\x21-\x7e]{1,100}$/),
            )
            .map((value) => ({ name: 'webhook-signature', value })),
          fc
            .oneof(
              fc.constantFrom('now', '-1', '1e9', '0x10', '17000000000000', '1.5'),
              fc.stringMatching(/^[\x21-\x7e]{1,20}$/).filter((value) => !/^\d+$/.test(value)),
            )
            .map((value) => ({ name: 'webhook-timestamp', value })),
        )
        .map(({ name, value }): SignatureFault => ({ type: 'header', name, value })),
      fc
        .tuple(fc.constantFrom(-1, 1), fc.integer({ min: 310, max: 10 * 365 * 86_400 }))
        .map(([sign, seconds]): SignatureFault => ({
          type: 'skewedTimestamp',
          seconds: sign * seconds,
        })),
      fc
        .oneof(
          fc.uuid().map((uuid) => `c-${uuid.replaceAll('-', '').slice(0, 16)}`),
          fc.constantFrom('c%20x', 'c%23x', 'a'.repeat(65), 'CARRIER%23c-1', '-c', '_'),
        )
        .map((carrierId): SignatureFault => ({ type: 'carrierPath', carrierId })),
    ),
  )
  .map(([body, fault]) => ({ kind: 'signature', label: `signature: ${fault.type}`, body, fault }));

const combinedFaults: fc.Arbitrary<FuzzCase> = fc
  .tuple(
    validBody,
    fc.subarray(['notJson', 'schema', 'oversize', 'contentType', 'signature'] as const, {
      minLength: 2,
    }),
  )
  .map(([body, faults]) => ({ kind: 'combined', label: faults.join('+'), body, faults }));

// ---- Sending ----

interface Request {
  readonly carrierId: string;
  readonly bytes: Uint8Array;
  readonly headers: Record<string, string | null>;
}

const statusOfFault = {
  notJson: 400,
  schema: 422,
  oversize: 413,
  contentType: 415,
  signature: 401,
} as const satisfies Record<string, ClientError>;

/** Pads a JSON text with spaces before its final character up to `bytes` bytes. */
const padJson = (json: string, bytes: number) =>
  `${json.slice(0, -1)}${' '.repeat(Math.max(0, bytes - utf8(json).length))}${json.slice(-1)}`;

function oversizeJson(body: WebhookBody, how: 'whitespace' | 'field' | 'multibyte', bytes: number) {
  const json = JSON.stringify(body);
  if (how === 'whitespace') return padJson(json, bytes);
  // A field that the schema would reject anyway, so that only the size decides.
  const filler = how === 'field' ? 'x' : 'ü';
  const base = JSON.stringify({ ...body, padding: '' });
  const count = Math.ceil((bytes - utf8(base).length) / utf8(filler).length);
  return JSON.stringify({ ...body, padding: filler.repeat(Math.max(1, count)) });
}

function build(carrier: TestCarrier, fuzzCase: FuzzCase): Request & { expected: ClientError[] } {
  const webhookId = `msg_${randomUUID()}`;
  const now = new Date();
  let bytes: Uint8Array;
  let secret = carrier.webhookSecret;
  let signedId = webhookId;
  let signedAt = now;
  let signedBytes: Uint8Array | undefined;
  let carrierId = carrier.carrierId;
  const headers: Record<string, string | null> = { 'content-type': 'application/json' };
  const override: Record<string, string | null> = {};
  let expected: ClientError[];

  switch (fuzzCase.kind) {
    case 'json':
      bytes = utf8(JSON.stringify(fuzzCase.value));
      expected = [422];
      break;
    case 'bytes':
      bytes = fuzzCase.bytes;
      expected = [400];
      break;
    case 'oversize':
      bytes = utf8(oversizeJson(fuzzCase.body, fuzzCase.how, fuzzCase.bytes));
      expect(bytes.length).toBeGreaterThan(maxBodyBytes);
      expected = [413];
      break;
    case 'contentType':
      bytes = utf8(JSON.stringify(fuzzCase.body));
      headers['content-type'] = fuzzCase.contentType;
      expected = [415];
      break;
    case 'signature': {
      bytes = utf8(JSON.stringify(fuzzCase.body));
      const { fault } = fuzzCase;
      if (fault.type === 'otherSecret') secret = fault.secret;
      if (fault.type === 'tamperedBody') {
        signedBytes = bytes;
        bytes = utf8(JSON.stringify({ ...fuzzCase.body, timestamp: '2025-01-01T00:00:00.000Z' }));
        if (Buffer.from(bytes).equals(Buffer.from(signedBytes))) {
          bytes = utf8(JSON.stringify({ ...fuzzCase.body, timestamp: '2025-01-02T00:00:00.000Z' }));
        }
      }
      if (fault.type === 'otherWebhookId') signedId = `msg_${randomUUID()}`;
      if (fault.type === 'header') override[fault.name] = fault.value;
      if (fault.type === 'skewedTimestamp')
        signedAt = new Date(now.getTime() + fault.seconds * 1000);
      if (fault.type === 'carrierPath') carrierId = fault.carrierId;
      expected = [401];
      break;
    }
    case 'combined': {
      const faults = new Set(fuzzCase.faults);
      // Text that is not JSON has no schema to break.
      if (faults.has('notJson')) faults.delete('schema');
      const body = faults.has('schema')
        ? { ...fuzzCase.body, name: 'Max Mustermann' }
        : fuzzCase.body;
      let text = JSON.stringify(body);
      if (faults.has('notJson')) text = `${text.slice(0, -1)},}`;
      if (faults.has('oversize')) text = padJson(text, maxBodyBytes + 1 + text.length);
      if (faults.has('contentType')) headers['content-type'] = 'text/plain';
      if (faults.has('signature')) secret = secretOf(new Uint8Array(32).fill(7));
      bytes = utf8(text);
      expected = [...faults].map((fault) => statusOfFault[fault]);
      break;
    }
  }

  const payload = Buffer.from(signedBytes ?? bytes).toString('utf8');
  const signature = new Webhook(secret).sign(signedId, signedAt, payload);
  Object.assign(headers, {
    'webhook-id': webhookId,
    'webhook-timestamp': String(Math.floor(signedAt.getTime() / 1000)),
    'webhook-signature':
      fuzzCase.kind === 'signature' && fuzzCase.fault.type === 'wrongVersion'
        ? signature.replace(/^v1,/, 'v2,')
        : signature,
    ...override,
  });
  return { carrierId, bytes, headers, expected };
}

async function post(request: Request) {
  const headers = Object.fromEntries(
    Object.entries(request.headers).filter((entry): entry is [string, string] => entry[1] !== null),
  );
  const response = await fetch(
    `${localSystem().urls.api}/v1/carriers/${request.carrierId}/webhooks`,
    { method: 'POST', headers, body: request.bytes },
  );
  return {
    status: response.status,
    contentType: response.headers.get('content-type'),
    text: await response.text(),
  };
}

// ---- The run ----

let carrier: TestCarrier;
let deadLettersBefore = 0;
let putEvents: MockInstance<LocalEventBus['putEvents']>;
let sent = 0;
const unauthorizedBodies = new Set<string>();

beforeAll(async () => {
  carrier = await onboardCarrier();
  deadLettersBefore = localSystem().bus.deadLetters.length;
  putEvents = vi.spyOn(localSystem().bus, 'putEvents');
});
afterAll(() => putEvents.mockRestore());

/** Sends each case of a batch at once (8 in flight) and checks its answer. */
async function check(batch: readonly FuzzCase[]): Promise<void> {
  await Promise.all(
    batch.map(async (fuzzCase) => {
      const request = build(carrier, fuzzCase);
      const response = await post(request);
      sent++;
      const context = `${fuzzCase.label} → ${response.status} ${response.text.slice(0, 300)}`;
      expect(response.status, context).toBeLessThan(500);
      expect(request.expected, context).toContain(response.status);
      expect(response.contentType, context).toMatch(/^application\/problem\+json/);
      const problem = JSON.parse(response.text) as Record<string, unknown>;
      expect(problem, context).toMatchObject({
        type: expect.any(String),
        title: expect.any(String),
        status: response.status,
      });
      if (response.status === 401) unauthorizedBodies.add(response.text);
      if (response.status === 422) {
        const errors = problem.errors as { path: unknown; message: unknown }[];
        expect(Array.isArray(errors) && errors.length > 0, context).toBe(true);
        for (const error of errors) {
          expect(error, context).toEqual({ path: expect.any(String), message: expect.any(String) });
          expect((error.message as string).length, context).toBeGreaterThan(0);
        }
        if (fuzzCase.kind === 'json' && fuzzCase.field) {
          const field = fuzzCase.field;
          expect(
            errors.some((error) => (error.path as string).includes(field)),
            context,
          ).toBe(true);
        }
      }
    }),
  );
}

const batchesOf8 = (arbitrary: fc.Arbitrary<FuzzCase>) =>
  fc.array(arbitrary, { minLength: 8, maxLength: 8 });

const runs = (numRuns: number) => ({ numRuns });

describe('bad webhook bodies through the HTTP API (SPEC §2)', () => {
  it('answers 422 with field errors naming the field for near-miss bodies with one field wrong', async () => {
    await fc.assert(fc.asyncProperty(batchesOf8(nearMiss), check), runs(55));
  });

  it('answers 422 for valid JSON of any other shape', async () => {
    await fc.assert(fc.asyncProperty(batchesOf8(randomJson), check), runs(15));
  });

  it('answers 400 for bodies that are not JSON', async () => {
    await fc.assert(fc.asyncProperty(batchesOf8(notJson), check), runs(20));
  });

  it('answers 413 for bodies over 64 KiB, even when they are otherwise valid webhooks', async () => {
    await fc.assert(fc.asyncProperty(batchesOf8(oversize), check), runs(6));
  });

  it('answers 415 for bodies not sent as application/json', async () => {
    await fc.assert(fc.asyncProperty(batchesOf8(wrongContentType), check), runs(10));
  });

  it('answers 401 for missing or invalid signatures, stale timestamps and unknown carriers', async () => {
    await fc.assert(fc.asyncProperty(batchesOf8(badSignature), check), runs(20));
  });

  it('answers with the status of one of its faults when a request has several', async () => {
    await fc.assert(fc.asyncProperty(batchesOf8(combinedFaults), check), runs(5));
  });

  it('takes a body of exactly 64 KiB as a body (422 here) and one byte more as too large (413)', async () => {
    const body = {
      type: 'match.ended',
      timestamp: '2025-06-01T10:00:00.000Z',
      data: { matchId: 'm-1', endedOn: '2025-06-01', reason: 'other', name: 'x' },
    };
    for (const [bytes, status] of [
      [maxBodyBytes, 422],
      [maxBodyBytes + 1, 413],
    ] as const) {
      const text = padJson(JSON.stringify(body), bytes);
      expect(utf8(text).length).toBe(bytes);
      // Signed and sent like every other case; only the expected status differs.
      const request = build(carrier, { kind: 'bytes', label: 'boundary', bytes: utf8(text) });
      expect((await post(request)).status).toBe(status);
      sent++;
    }
  });

  it('gives every 401 the same body, so nothing tells an unknown carrier from a bad signature', () => {
    expect(unauthorizedBodies.size).toBe(1);
  });

  it('sent at least 1,000 bad requests, none of which reached the bus or left an item behind', async () => {
    await processed();
    expect(sent).toBeGreaterThanOrEqual(1000);
    expect(putEvents).not.toHaveBeenCalled();
    expect(localSystem().bus.deadLetters.length).toBe(deadLettersBefore);
    expect(await carrierItems(carrier.carrierId)).toEqual([]);
  });
});
