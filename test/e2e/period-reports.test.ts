import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { closePeriod, createAdminKey } from '../../local/cli/commands';
import { parseCsv } from '../support/csv';
import { useTableOfItsOwn } from '../support/own-table';
import { onboardCarrier, processed, sendWebhook, type TestCarrier } from '../support/api';
import {
  computeCarrier,
  computeSummary,
  dayNumber,
  isoDay,
  plusDays,
  Rounding,
  type CarrierComputation,
  type IsoDate,
  type SentBody,
  type SummaryFigures,
  specExampleRules,
} from '../support/independent-report';
import { localSystem } from '../support/local-system-instance';
import { testFunderConfig } from '../support/test-config';

// SPEC §6 end to end: many carriers push a year of matches, check-ins, ends and funding reports
// (shuffled, concurrently, with duplicates and corrections), the period is closed, and every
// figure of every report must equal what test/support/independent-report.ts computes from the
// same webhooks. Each scenario gets a table of its own, so "every carrier of the deployment" is
// exactly the carriers made here.

const rules = specExampleRules;
const periodId = rules.period.id;

// ---------------------------------------------------------------------------------------------
// Plans of what partners send.

const endReasons = [
  'goal_reached',
  'planned_end',
  'mentor_withdrew',
  'mentee_withdrew',
  'moved_away',
  'mismatch',
  'safeguarding',
  'other',
] as const;
type EndReason = (typeof endReasons)[number];

interface CheckInPlan {
  readonly on: IsoDate;
  readonly concern?: boolean;
}

interface MatchPlan {
  readonly matchId: string;
  /** Absent: the match stays pending (no match.created is ever sent). */
  readonly startedOn?: IsoDate;
  readonly end?: { readonly endedOn: IsoDate; readonly reason: EndReason };
  readonly checkIns: readonly CheckInPlan[];
}

interface Funding {
  readonly periodId?: string;
  readonly sources: readonly { readonly kind: string; readonly amountEur: number }[];
  readonly at?: string;
}

interface CarrierPlan {
  readonly name: string;
  readonly migrantOrganisation: boolean;
  /** The carrier's language, its report's (SPEC §6); German when left out. */
  readonly language?: string;
  readonly matches: readonly MatchPlan[];
  readonly funding: readonly Funding[];
  /** Anything else: corrections, registrations, erasures. */
  readonly extra?: readonly SentBody[];
}

/** The timestamp of every fact that is not a correction. */
const factAt = '2026-06-01T12:00:00.000Z';
const olderAt = '2026-05-01T08:30:00.000Z';
const newerAt = '2026-06-15T16:45:00.000Z';
const erasedAt = '2026-06-02T09:00:00.000Z';

const body = (type: string, data: Record<string, unknown>, timestamp = factAt): SentBody => ({
  type,
  timestamp,
  data,
});

const programmes = ['leisure_culture', 'education_work', 'reading_language', 'other'] as const;
const channels = ['in_person', 'phone', 'video', 'message', 'other'] as const;
const withWhom = ['mentor', 'mentee', 'both'] as const;

const createdBody = (matchId: string, startedOn: IsoDate, timestamp = factAt) =>
  body(
    'match.created',
    {
      matchId,
      mentorId: `${matchId}-mentor`,
      menteeId: `${matchId}-mentee`,
      startedOn,
      programme: programmes[dayNumber(startedOn) % programmes.length],
      group: dayNumber(startedOn) % 7 === 0,
    },
    timestamp,
  );

const checkInBody = (
  checkInId: string,
  matchId: string,
  occurredOn: IsoDate,
  concern: boolean | undefined,
  timestamp = factAt,
) =>
  body(
    'checkin.recorded',
    {
      checkInId,
      matchId,
      occurredOn,
      with: withWhom[dayNumber(occurredOn) % withWhom.length],
      channel: channels[dayNumber(occurredOn) % channels.length],
      ...(concern === undefined ? {} : { concern }),
    },
    timestamp,
  );

const endedBody = (matchId: string, endedOn: IsoDate, reason: EndReason, timestamp = factAt) =>
  body('match.ended', { matchId, endedOn, reason }, timestamp);

function bodiesOf(plan: CarrierPlan): SentBody[] {
  const bodies: SentBody[] = [];
  for (const match of plan.matches) {
    if (match.startedOn) bodies.push(createdBody(match.matchId, match.startedOn));
    match.checkIns.forEach((checkIn, index) =>
      bodies.push(
        checkInBody(`${match.matchId}-ci-${index}`, match.matchId, checkIn.on, checkIn.concern),
      ),
    );
    if (match.end) bodies.push(endedBody(match.matchId, match.end.endedOn, match.end.reason));
  }
  for (const funding of plan.funding) {
    bodies.push(
      body(
        'funding.reported',
        {
          periodId: funding.periodId ?? periodId,
          sources: funding.sources,
          volunteerCount: 12,
          paidStaffHours: 480,
        },
        funding.at ?? factAt,
      ),
    );
  }
  return [...bodies, ...(plan.extra ?? [])];
}

// A small seeded generator, so that a failure can be replayed exactly.
function seeded(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  const int = (low: number, high: number) => low + Math.floor(next() * (high - low + 1));
  const pick = <T>(values: readonly T[]): T => values[int(0, values.length - 1)]!;
  const date = (low: IsoDate, high: IsoDate) => isoDay(int(dayNumber(low), dayNumber(high)));
  const shuffle = <T>(values: T[]): T[] => {
    for (let index = values.length - 1; index > 0; index--) {
      const other = int(0, index);
      [values[index], values[other]] = [values[other]!, values[index]!];
    }
    return values;
  };
  return { next, int, pick, date, shuffle };
}
type Random = ReturnType<typeof seeded>;

const matchKinds = [
  'ongoing-from-before',
  'ended-during',
  'ended-after',
  'ended-before',
  'new-ongoing',
  'new-early-end',
  'new-ended',
  'future',
  'pending',
] as const;
type MatchKind = (typeof matchKinds)[number];

const minDate = (a: IsoDate, b: IsoDate) => (a < b ? a : b);
const maxDate = (a: IsoDate, b: IsoDate) => (a > b ? a : b);

/** Check-ins as a walk: starting up to 20 days before the start, gaps of 3 to 45 days. */
function walkOfCheckIns(random: Random, from: IsoDate, until: IsoDate): CheckInPlan[] {
  const checkIns: CheckInPlan[] = [];
  const count = random.int(0, 8);
  let on = plusDays(from, random.int(-20, 20));
  while (checkIns.length < count && on <= until) {
    checkIns.push(random.next() < 0.12 ? { on, concern: true } : { on });
    on = plusDays(on, random.int(3, 45));
  }
  return checkIns;
}

function randomMatch(random: Random, matchId: string, kind: MatchKind): MatchPlan {
  const reason = random.pick(endReasons);
  const lastCheckIn = '2026-06-30';
  const plan = (startedOn: IsoDate, endedOn?: IsoDate): MatchPlan => ({
    matchId,
    startedOn,
    ...(endedOn ? { end: { endedOn, reason } } : {}),
    checkIns: walkOfCheckIns(random, startedOn, endedOn ?? lastCheckIn),
  });
  switch (kind) {
    case 'ongoing-from-before':
      return plan(random.date('2023-09-01', '2024-12-31'));
    case 'ended-during': {
      const start = random.date('2024-01-01', '2024-12-20');
      return plan(start, random.date(maxDate(plusDays(start, 1), '2025-01-01'), '2025-12-31'));
    }
    case 'ended-after':
      return plan(random.date('2024-03-01', '2025-11-30'), random.date('2026-01-01', '2026-06-30'));
    case 'ended-before': {
      const start = random.date('2023-06-01', '2024-06-30');
      return plan(start, random.date(plusDays(start, 30), '2024-12-31'));
    }
    case 'new-ongoing':
      return plan(random.date('2025-01-01', '2025-12-31'));
    case 'new-early-end': {
      const start = random.date('2025-01-01', '2025-10-01');
      return plan(start, minDate(plusDays(start, random.int(5, 89)), '2025-12-31'));
    }
    case 'new-ended': {
      const start = random.date('2025-01-01', '2025-06-30');
      return plan(start, minDate(plusDays(start, random.int(90, 300)), '2025-12-31'));
    }
    case 'future':
      return plan(random.date('2026-01-01', '2026-02-28'));
    case 'pending': {
      const around = random.date('2025-01-01', '2025-12-31');
      return {
        matchId,
        ...(random.next() < 0.5
          ? { end: { endedOn: plusDays(around, 60), reason: random.pick(endReasons) } }
          : {}),
        checkIns: [{ on: around, concern: true }, ...walkOfCheckIns(random, around, '2025-12-31')],
      };
    }
  }
}

/** Random matches `m-0`, `m-1`, … (the same ids at every carrier) of `count` distinct kinds. */
const randomMatches = (random: Random, count: number): MatchPlan[] =>
  random
    .shuffle([...matchKinds])
    .slice(0, count)
    .map((kind, index) => randomMatch(random, `m-${index}`, kind));

const ci = (on: IsoDate, concern?: boolean): CheckInPlan =>
  concern === undefined ? { on } : { on, concern };

/** Hand-made edge cases of §5 and §6, at the first carrier. */
const edgeCases: MatchPlan[] = [
  // Starts on S; on time, on time, late, then due without a contact.
  {
    matchId: 'e-start-S',
    startedOn: '2025-01-01',
    checkIns: [ci('2025-01-10'), ci('2025-01-16', false), ci('2025-02-20')],
  },
  // Ends on E: ended, not active at the end.
  {
    matchId: 'e-end-E',
    startedOn: '2025-06-01',
    end: { endedOn: '2025-12-31', reason: 'planned_end' },
    checkIns: [ci('2025-06-05'), ci('2025-06-20'), ci('2025-07-15'), ci('2025-09-30')],
  },
  // Ends the day before S; one check-in after its end, inside the period.
  {
    matchId: 'e-end-before-S',
    startedOn: '2024-05-01',
    end: { endedOn: '2024-12-31', reason: 'goal_reached' },
    checkIns: [ci('2024-05-10'), ci('2024-06-01'), ci('2025-01-05')],
  },
  // Ends on S after 92 days; its last due date falls on S = endedOn.
  {
    matchId: 'e-end-S',
    startedOn: '2024-10-01',
    end: { endedOn: '2025-01-01', reason: 'moved_away' },
    checkIns: [ci('2024-10-05'), ci('2024-10-20'), ci('2024-11-25'), ci('2024-12-02')],
  },
  // Starts on E.
  { matchId: 'e-start-E', startedOn: '2025-12-31', checkIns: [ci('2025-12-31')] },
  // Starts on E − 90 and is still active: exactly 90 days.
  {
    matchId: 'e-reached-90',
    startedOn: '2025-10-02',
    checkIns: [ci('2025-10-10'), ci('2025-10-30'), ci('2025-11-28'), ci('2025-12-31')],
  },
  // Ended after exactly 90 days (not early) and after 89 days (early).
  {
    matchId: 'e-90-days',
    startedOn: '2025-02-01',
    end: { endedOn: '2025-05-02', reason: 'mismatch' },
    checkIns: [ci('2025-02-14'), ci('2025-03-20')],
  },
  {
    matchId: 'e-89-days',
    startedOn: '2025-03-01',
    end: { endedOn: '2025-05-29', reason: 'mentee_withdrew' },
    checkIns: [ci('2025-02-27'), ci('2025-03-16', true)],
  },
  // A concern voiced before the start (so not a counted check-in).
  {
    matchId: 'e-concern-before-start',
    startedOn: '2025-05-01',
    checkIns: [ci('2025-04-20', true), ci('2025-05-03')],
  },
  // Pending: no match.created, so none of this counts.
  {
    matchId: 'e-pending',
    end: { endedOn: '2025-06-01', reason: 'other' },
    checkIns: [ci('2025-03-01', true), ci('2025-04-01'), ci('2025-04-15')],
  },
  // Its mentor is erased (see `extra` below): nothing changes.
  {
    matchId: 'e-erased',
    startedOn: '2024-09-15',
    checkIns: [ci('2024-09-20'), ci('2025-01-20', true), ci('2025-03-11')],
  },
  // Two check-ins on one day.
  {
    matchId: 'e-same-day',
    startedOn: '2025-03-03',
    checkIns: [ci('2025-03-05'), ci('2025-03-05')],
  },
  // Starts after the period; a concern before its start, inside the period.
  { matchId: 'e-future', startedOn: '2026-01-10', checkIns: [ci('2025-12-20', true)] },
  // A check-in after the end, in the month the match ended.
  {
    matchId: 'e-checkin-after-end',
    startedOn: '2025-02-01',
    end: { endedOn: '2025-03-15', reason: 'goal_reached' },
    checkIns: [ci('2025-02-05'), ci('2025-03-20')],
  },
];

const erasureOf = (matchId: string, role: 'mentor' | 'mentee'): SentBody[] => [
  body('participant.registered', { participantId: `${matchId}-mentor`, role: 'mentor' }),
  body('participant.registered', {
    participantId: `${matchId}-mentee`,
    role: 'mentee',
    ageGroup: '18_29',
    language: 'uk',
  }),
  body('participant.erased', { participantId: `${matchId}-${role}` }, erasedAt),
];

const source = (kind: string, amountEur: number) => ({ kind, amountEur });

/** Scenario A: twelve carriers, six of them migrant organisations, ten reporting funds. */
function mainScenario(): CarrierPlan[] {
  const random = seeded(2025);
  const matches = (extra: MatchPlan[] = []) => [
    ...randomMatches(random, random.int(6, 8)),
    ...extra,
  ];
  return [
    {
      name: 'Brücken e.V.',
      migrantOrganisation: true,
      matches: matches(edgeCases),
      funding: [{ sources: [source('federal_programme', 40_000), source('foundation', 10_000)] }],
      extra: erasureOf('e-erased', 'mentor'),
    },
    {
      name: 'Köprü Derneği',
      migrantOrganisation: true,
      language: 'tr',
      matches: matches([
        {
          matchId: 'x-safeguarding',
          startedOn: '2024-12-01',
          end: { endedOn: '2025-07-07', reason: 'safeguarding' },
          checkIns: [
            ci('2024-12-10'),
            ci('2025-01-08'),
            ci('2025-02-09'),
            ci('2025-02-28'),
            ci('2025-03-01'),
            ci('2025-04-30'),
            ci('2025-07-01', true),
          ],
        },
        {
          matchId: 'x-corrected-ci',
          startedOn: '2025-02-01',
          checkIns: [ci('2025-02-10'), ci('2025-05-10')],
        },
      ]),
      funding: [
        {
          sources: [
            source('federal_programme', 25_000),
            source('donations', 500.5),
            source('other_third_party', 1_200),
          ],
        },
      ],
      // A corrected check-in: the newer version (20 April) wins whatever arrives last.
      extra: [
        checkInBody('x-ci-late', 'x-corrected-ci', '2025-03-10', true, olderAt),
        checkInBody('x-ci-late', 'x-corrected-ci', '2025-04-20', false, newerAt),
      ],
    },
    {
      name: 'Міст',
      migrantOrganisation: true,
      matches: matches([
        {
          matchId: 'x-end-corrected',
          startedOn: '2025-01-20',
          checkIns: [ci('2025-01-25'), ci('2025-02-14'), ci('2025-06-10')],
        },
      ]),
      funding: [
        {
          sources: [
            source('federal_programme', 30_000),
            source('municipal', 5_000),
            source('own_funds', 1_850),
          ],
        },
      ],
      // A corrected end: the newer one (15 August, moved away) wins.
      extra: [
        endedBody('x-end-corrected', '2025-05-01', 'mismatch', olderAt),
        endedBody('x-end-corrected', '2025-08-15', 'moved_away', newerAt),
      ],
    },
    {
      name: 'Al-Jisr',
      migrantOrganisation: true,
      matches: matches(),
      // Reported twice: the newer report (no own funds) is the one that counts.
      funding: [
        {
          sources: [source('federal_programme', 20_000), source('own_funds', 5_000)],
          at: olderAt,
        },
        {
          sources: [
            source('federal_programme', 20_000),
            source('state', 1_000),
            source('state', 2_000),
          ],
          at: newerAt,
        },
      ],
    },
    {
      name: 'Most',
      migrantOrganisation: true,
      matches: matches(),
      funding: [
        {
          sources: [
            source('federal_programme', 10_000),
            source('foundation', 2_000),
            source('foundation', 3_000),
          ],
        },
      ],
    },
    {
      name: 'Pol',
      migrantOrganisation: true,
      matches: matches(),
      funding: [{ sources: [source('federal_programme', 14_000), source('own_funds', 6_000)] }],
      extra: erasureOf('m-0', 'mentee'),
    },
    {
      name: 'Stadtteilpaten',
      migrantOrganisation: false,
      matches: matches(),
      funding: [
        {
          sources: [
            source('federal_programme', 50_000),
            source('municipal', 20_000),
            source('own_funds', 70_000),
          ],
        },
      ],
    },
    {
      name: 'Lesepaten',
      migrantOrganisation: false,
      matches: matches(),
      funding: [{ sources: [source('state', 12_000), source('donations', 345.67)] }],
      // A corrected start: the newer match.created (1 February 2025) wins.
      extra: [
        createdBody('x-restarted', '2024-11-01', olderAt),
        createdBody('x-restarted', '2025-02-01', newerAt),
        checkInBody('x-restarted-ci-0', 'x-restarted', '2024-12-15', undefined),
        checkInBody('x-restarted-ci-1', 'x-restarted', '2025-02-10', undefined),
        checkInBody('x-restarted-ci-2', 'x-restarted', '2025-03-01', undefined),
      ],
    },
    {
      name: 'Ausbildungspaten',
      migrantOrganisation: false,
      matches: matches(),
      // Own funds exactly 10 %: a third-party share of exactly 0.9.
      funding: [{ sources: [source('federal_programme', 9_000), source('own_funds', 1_000)] }],
    },
    {
      name: 'Wohnpaten',
      migrantOrganisation: false,
      matches: matches(),
      funding: [{ sources: [source('foundation', 8_000), source('own_funds', 2_000)] }],
    },
    {
      name: 'Nur Vorjahr',
      migrantOrganisation: false,
      matches: matches(),
      // Funds for another period, and an empty report for this one: not reporting.
      funding: [
        { periodId: '2024', sources: [source('federal_programme', 5_000)] },
        { sources: [] },
      ],
    },
    {
      name: 'Ohne Meldung',
      migrantOrganisation: false,
      matches: matches(),
      funding: [],
    },
  ];
}

/** Scenario B: five migrant organisations of seven carriers, but only three of them report. */
function partlySuppressedScenario(): CarrierPlan[] {
  const random = seeded(77);
  const plan = (
    name: string,
    migrantOrganisation: boolean,
    sources: Funding['sources'] | undefined,
  ): CarrierPlan => ({
    name,
    migrantOrganisation,
    matches: randomMatches(random, 4),
    funding: sources ? [{ sources }] : [],
  });
  return [
    plan('B0', true, [
      source('federal_programme', 1_000),
      source('municipal', 1_000),
      source('own_funds', 100),
    ]),
    plan('B1', true, [
      source('federal_programme', 2_000),
      source('municipal', 500),
      source('own_funds', 1_500),
    ]),
    plan('B2', true, [source('municipal', 3_000), source('own_funds', 1_000)]),
    plan('B3', true, undefined),
    plan('B4', true, [source('federal_programme', 0), source('own_funds', 0)]),
    plan('B5', false, [
      source('federal_programme', 5_000),
      source('municipal', 2_000),
      source('own_funds', 3_000),
    ]),
    plan('B6', false, [
      source('state', 1_000),
      source('municipal', 1_000),
      source('own_funds', 1_000),
    ]),
  ];
}

/** Scenario C: one migrant organisation among six carriers, five of them reporting. */
function fewMigrantsScenario(): CarrierPlan[] {
  const random = seeded(4242);
  const plan = (name: string, migrantOrganisation: boolean, sources?: Funding['sources']) => ({
    name,
    migrantOrganisation,
    matches: randomMatches(random, 3),
    funding: sources ? [{ sources }] : [],
  });
  return [
    plan('C0', true, [source('federal_programme', 3_000)]),
    plan('C1', false, [source('federal_programme', 4_000), source('own_funds', 400)]),
    plan('C2', false, [source('foundation', 2_500), source('own_funds', 2_500)]),
    plan('C3', false, [source('state', 1_234.56)]),
    plan('C4', false, [source('federal_programme', 800), source('donations', 200)]),
    plan('C5', false),
  ];
}

/** Scenario D: two carriers, one reporting: the whole carrier situation is suppressed. */
function fewReportingScenario(): CarrierPlan[] {
  const random = seeded(9);
  return [
    {
      name: 'D0',
      migrantOrganisation: true,
      matches: randomMatches(random, 3),
      funding: [{ sources: [source('federal_programme', 100), source('own_funds', 50)] }],
    },
    { name: 'D1', migrantOrganisation: false, matches: randomMatches(random, 3), funding: [] },
  ];
}

// ---------------------------------------------------------------------------------------------
// Running a scenario.

interface Deployed {
  readonly carriers: readonly { carrier: TestCarrier; plan: CarrierPlan; bodies: SentBody[] }[];
  readonly adminKey: string;
  readonly expected: { readonly carriers: CarrierComputation[]; readonly summary: SummaryFigures };
  readonly rounding: Rounding;
  readonly webhooksSent: number;
}

/**
 * Onboards the carriers, sends everything shuffled and concurrently in batches, with some
 * webhooks repeated under their webhook-id and some facts repeated under a new one, and waits
 * until the bus has delivered it all.
 */
async function deploy(
  label: string,
  plans: readonly CarrierPlan[],
  seed: number,
): Promise<Deployed> {
  await useTableOfItsOwn(label);
  const random = seeded(seed);
  const carriers = await Promise.all(
    plans.map(async (plan, index) => ({
      carrier: await onboardCarrier({
        name: plan.name,
        coordinatorEmail: `koordination-${label}-${index}@traeger.example`,
        migrantOrganisation: plan.migrantOrganisation,
        ...(plan.language ? { language: plan.language } : {}),
        ...(index === 2 ? { municipality: '05315000' } : {}),
      }),
      plan,
      bodies: bodiesOf(plan),
    })),
  );
  const { apiKey: adminKey } = await createAdminKey();

  const sends: { carrier: TestCarrier; body: SentBody; webhookId: string }[] = [];
  for (const { carrier, bodies } of carriers) {
    for (const sent of bodies) {
      const webhookId = `msg_${randomUUID()}`;
      sends.push({ carrier, body: sent, webhookId });
      if (random.next() < 0.15) sends.push({ carrier, body: sent, webhookId });
      if (random.next() < 0.1)
        sends.push({ carrier, body: sent, webhookId: `msg_${randomUUID()}` });
    }
  }
  random.shuffle(sends);
  const statuses: number[] = [];
  for (let index = 0; index < sends.length; index += 25) {
    const batch = sends.slice(index, index + 25);
    const responses = await Promise.all(
      batch.map(({ carrier, body: sent, webhookId }) => sendWebhook(carrier, sent, { webhookId })),
    );
    statuses.push(...responses.map((response) => response.status));
    await Promise.all(responses.map((response) => response.body?.cancel()));
  }
  expect(statuses.filter((status) => status !== 202)).toEqual([]);
  await processed();

  const rounding = new Rounding();
  const computed = carriers.map(({ carrier, plan, bodies }) =>
    computeCarrier(
      rules,
      { carrierId: carrier.carrierId, migrantOrganisation: plan.migrantOrganisation, bodies },
      rounding,
    ),
  );
  const summary = computeSummary(rules, computed, rounding);
  return {
    carriers,
    adminKey,
    expected: { carriers: computed, summary },
    rounding,
    webhooksSent: sends.length,
  };
}

const close = () => closePeriod(localSystem().urls.api, periodId);

async function get(path: string, apiKey: string) {
  const response = await fetch(`${localSystem().urls.api}${path}`, {
    headers: { authorization: `Bearer ${apiKey}` },
  });
  return {
    status: response.status,
    contentType: response.headers.get('content-type') ?? '',
    text: await response.text(),
  };
}

const carrierReportPath = (carrierId: string, format = 'json') =>
  `/v1/periods/${periodId}/carriers/${carrierId}/report?format=${format}`;
const summaryPath = (format = 'json') => `/v1/periods/${periodId}/report?format=${format}`;

async function getReport(path: string, apiKey: string): Promise<Record<string, unknown>> {
  const response = await get(path, apiKey);
  expect(response.status, `${path}: ${response.text.slice(0, 300)}`).toBe(200);
  expect(response.contentType).toContain('application/json');
  return JSON.parse(response.text) as Record<string, unknown>;
}

/**
 * `actual` with every number that equals the expected one up to float noise replaced by it, so
 * that `toEqual` compares the rounded figures exactly (amounts to the cent, shares to 4
 * decimals: two different rounded values differ by at least 0.0001) and prints a readable diff.
 */
function aligned(actual: unknown, expected: unknown): unknown {
  if (typeof actual === 'number' && typeof expected === 'number') {
    return Math.abs(actual - expected) < 1e-6 ? expected : actual;
  }
  if (
    actual !== null &&
    expected !== null &&
    typeof actual === 'object' &&
    typeof expected === 'object' &&
    !Array.isArray(actual)
  ) {
    return Object.fromEntries(
      Object.entries(actual).map(([key, value]) => [
        key,
        aligned(value, (expected as Record<string, unknown>)[key]),
      ]),
    );
  }
  return actual;
}

const expectedCarrierReport = (computation: CarrierComputation) => ({
  periodId,
  carrierId: computation.carrierId,
  generatedAt: expect.any(String),
  ...computation.figures,
});

const expectedSummary = (summary: SummaryFigures) => ({
  periodId,
  funderId: testFunderConfig.funderId,
  generatedAt: expect.any(String),
  ...summary,
});

const isTimestamp = (value: unknown) =>
  typeof value === 'string' && !Number.isNaN(Date.parse(value));

// ---------------------------------------------------------------------------------------------
// CSV (RFC 4180) and the figures of a report as rows.

/** The identity of a report, as opposed to its figures. */
const identityFields = ['periodId', 'carrierId', 'funderId', 'generatedAt'];

/**
 * The figures of a report as `[dotted path, value]`, e.g. `['matches.reached.90', 0.5]` or
 * `['carrierSituation.withMunicipalFunds.suppressed', true]`.
 */
function figureRows(report: Record<string, unknown>): [string, number | boolean | null][] {
  const rows: [string, number | boolean | null][] = [];
  const walk = (value: unknown, path: string) => {
    if (value === null || typeof value === 'number' || typeof value === 'boolean') {
      rows.push([path, value]);
    } else if (typeof value === 'object') {
      for (const [key, inner] of Object.entries(value)) walk(inner, `${path}.${key}`);
    }
  };
  for (const [section, value] of Object.entries(report)) {
    if (!identityFields.includes(section)) walk(value, section);
  }
  return rows;
}

/**
 * Checks a CSV report against its JSON: RFC 4180, a header row, then one row per figure. The
 * spec fixes no columns; the value is the column named "value" (else the last one), the other
 * cells joined by "." name the figure, and must end with the figure's JSON path. Besides the
 * figures there may be rows for the report's identity (equal to the JSON's) and rows for end
 * reasons that did not occur, with 0 (the JSON leaves them out).
 */
function expectCsvOf(csv: string, json: Record<string, unknown>) {
  const [header, ...rows] = parseCsv(csv);
  expect(header!.length).toBeGreaterThanOrEqual(2);
  for (const row of rows) expect(row).toHaveLength(header!.length);
  const named = header!.findIndex((name) => /^value$/i.test(name.trim()));
  const valueAt = named >= 0 ? named : header!.length - 1;
  const byName = new Map<string, string>();
  for (const row of rows) {
    const name = row.filter((_, column) => column !== valueAt).join('.');
    expect(byName.has(name), `one row for ${name}`).toBe(false);
    byName.set(name, row[valueAt]!);
  }
  const lookUp = (path: string) => {
    const names = [...byName.keys()].filter((name) => name === path || name.endsWith(`.${path}`));
    expect(names, `the CSV row of ${path}`).toHaveLength(1);
    const cell = byName.get(names[0]!)!;
    byName.delete(names[0]!);
    return cell.trim();
  };
  for (const [path, value] of figureRows(json)) {
    const cell = lookUp(path);
    if (value === null) expect(cell, path).toBe('');
    else if (typeof value === 'boolean') expect(cell, path).toBe(String(value));
    else expect(Number(cell), path).toBeCloseTo(value, 6);
  }
  for (const field of identityFields) {
    if (field in json && [...byName.keys()].some((name) => name.endsWith(field))) {
      expect(lookUp(field), field).toBe(json[field]);
    }
  }
  for (const [name, cell] of byName) {
    expect(name, 'a CSV row that is no figure of the JSON').toMatch(/endedByReason\.[a-z_]+$/);
    expect(Number(cell), name).toBe(0);
  }
}

/**
 * The summary's counts and amounts are the sums of the carrier reports' (to the cent); its
 * medians and shares are recomputed over all matches instead, so they are left out here.
 * READING: the same as in computeSummary: "funding … summed over all carriers" adds the amounts
 * the carrier reports state.
 */
function expectSumOfReports(
  summary: Record<string, unknown>,
  reports: readonly Record<string, unknown>[],
) {
  const added = (path: string) =>
    /^(matches|checkIns|funding)\./.test(path) &&
    !/medianDurationDays|reached|Share|adherence/.test(path);
  const sums = new Map<string, number>();
  for (const report of reports) {
    for (const [path, value] of figureRows(report)) {
      if (added(path)) sums.set(path, (sums.get(path) ?? 0) + Number(value));
    }
  }
  for (const [path, value] of figureRows(summary)) {
    if (added(path)) expect(value, path).toBeCloseTo(sums.get(path) ?? 0, 2);
  }
}

// =============================================================================================

describe('period reports, checked against an independent computation of SPEC §6', () => {
  let scenario: Deployed;
  let firstClose: { periodId: string; carriers: number; reports: number };
  const reportsAtFirstClose = new Map<string, Record<string, unknown>>();

  beforeAll(async () => {
    expect(testFunderConfig).toMatchObject({
      periods: [rules.period],
      checkInPolicy: rules.checkInPolicy,
      fundingModels: rules.fundingModels,
      kAnonymity: rules.kAnonymity,
    });
    scenario = await deploy('reports-a', mainScenario(), 1);
  }, 240_000);

  it('builds the scenario it means to (checks on the test data, not on the product)', () => {
    expect(scenario.rounding.ties).toEqual([]);
    const { summary } = scenario.expected;
    expect(summary.carriers).toEqual({ total: 12, reporting: 10, migrantOrganisations: 6 });
    expect(summary.matches.activeDuring).toBeGreaterThan(50);
    expect(Object.keys(summary.matches.endedByReason).length).toBeGreaterThanOrEqual(5);
    expect(summary.matches.withConcern).toBeGreaterThan(3);
    expect(summary.checkIns.due).toBeGreaterThan(summary.checkIns.onTime);
    expect(summary.carrierSituation).toMatchObject({
      // Exactly k carriers fully on third-party funds: shown.
      fullyThirdParty: { count: 5, share: 0.5 },
      atLeast90ThirdParty: { count: 7, share: 0.7 },
      // Two carriers with municipal funds: suppressed.
      withMunicipalFunds: { count: null, share: null, suppressed: true },
      municipalShareOfFunds: null,
      // Six of twelve carriers: shown. The federal share is not: the reporting carriers that
      // are not migrant organisations are fewer than k (complementary groups, SPEC §6).
      migrantOrganisations: {
        shareOfCarriers: 0.5,
        shareOfFederalProgrammeFunds: null,
        suppressed: true,
      },
    });
    // riskFlag has something to measure: matches evaluated from at least k carriers, some
    // flagged, some closed early.
    expect(summary.riskFlag).toMatchObject({ evaluated: expect.any(Number) });
    const riskFlag = summary.riskFlag as {
      evaluated: number;
      flagged: number;
      closedEarly: number;
    };
    expect(riskFlag.evaluated).toBeGreaterThan(10);
    expect(riskFlag.flagged).toBeGreaterThan(0);
    expect(riskFlag.closedEarly).toBeGreaterThan(0);
  });

  it('has no report before the period is closed (404)', async () => {
    const [first] = scenario.carriers;
    const carrierId = first!.carrier.carrierId;
    for (const format of ['json', 'csv', 'html']) {
      expect((await get(carrierReportPath(carrierId, format), first!.carrier.apiKey)).status).toBe(
        404,
      );
      expect((await get(carrierReportPath(carrierId, format), scenario.adminKey)).status).toBe(404);
      expect((await get(summaryPath(format), scenario.adminKey)).status).toBe(404);
    }
  });

  it('closes the period with one report per carrier of the deployment', async () => {
    firstClose = await close();
    expect(firstClose).toEqual({ periodId, carriers: 12, reports: 12 });
  }, 120_000);

  it('gives every carrier a report whose every figure equals the independent computation', async () => {
    for (const [index, { carrier }] of scenario.carriers.entries()) {
      const expected = expectedCarrierReport(scenario.expected.carriers[index]!);
      const report = await getReport(carrierReportPath(carrier.carrierId), carrier.apiKey);
      expect(aligned(report, expected), `carrier ${index} (${carrier.carrierId})`).toEqual(
        expected,
      );
      expect(isTimestamp(report.generatedAt)).toBe(true);
      reportsAtFirstClose.set(carrier.carrierId, report);
      // The admin key reads the same report.
      expect(await getReport(carrierReportPath(carrier.carrierId), scenario.adminKey)).toEqual(
        report,
      );
    }
  });

  it('gives the funder a summary whose every figure equals the independent computation', async () => {
    const expected = expectedSummary(scenario.expected.summary);
    const summary = await getReport(summaryPath(), scenario.adminKey);
    expect(aligned(summary, expected)).toEqual(expected);
    expect(isTimestamp(summary.generatedAt)).toBe(true);
    reportsAtFirstClose.set('summary', summary);
  });

  it('adds the carriers up: counts and amounts of the summary are the sums of the reports', () => {
    const { summary, ...reports } = Object.fromEntries(reportsAtFirstClose);
    expectSumOfReports(summary!, Object.values(reports));
  });

  it('lets a carrier read its own report only: 404 for another carrier, never the summary', async () => {
    const [first, second] = scenario.carriers;
    const own = await get(carrierReportPath(first!.carrier.carrierId), first!.carrier.apiKey);
    expect(own.status).toBe(200);
    const other = await get(carrierReportPath(second!.carrier.carrierId), first!.carrier.apiKey);
    expect(other.status).toBe(404);
    expect(other.text).not.toContain(second!.carrier.carrierId.slice(2));
    for (const format of ['json', 'csv', 'html']) {
      const summary = await get(summaryPath(format), first!.carrier.apiKey);
      expect(summary.status).not.toBe(200);
      expect([401, 403, 404]).toContain(summary.status);
      expect(
        (await get(carrierReportPath(second!.carrier.carrierId, format), first!.carrier.apiKey))
          .status,
      ).toBe(404);
    }
    expect((await get(summaryPath(), 'tdm_not-a-real-key-at-all')).status).toBe(401);
    expect((await get(carrierReportPath(first!.carrier.carrierId), '')).status).toBe(401);
  });

  it('writes the CSV of a report as a header row and one row per figure, equal to the JSON', async () => {
    const { carrier } = scenario.carriers[0]!;
    const response = await get(carrierReportPath(carrier.carrierId, 'csv'), carrier.apiKey);
    expect(response.status).toBe(200);
    expect(response.contentType).toContain('text/csv');
    expectCsvOf(response.text, reportsAtFirstClose.get(carrier.carrierId)!);

    const summary = await get(summaryPath('csv'), scenario.adminKey);
    expect(summary.status).toBe(200);
    expectCsvOf(summary.text, reportsAtFirstClose.get('summary')!);
  });

  it('renders every report as a complete, self-contained HTML page', async () => {
    const { carrier } = scenario.carriers[1]!;
    const pages = [
      await get(carrierReportPath(carrier.carrierId, 'html'), carrier.apiKey),
      await get(summaryPath('html'), scenario.adminKey),
    ];
    for (const page of pages) {
      expect(page.status).toBe(200);
      expect(page.contentType).toContain('text/html');
      expect(page.text.trimStart().replace(/^\ufeff/, '')).toMatch(/^<!doctype html>/i);
      expect(page.text).toMatch(/<\/html>\s*$/i);
      // No external requests: no URL at all, except an XML namespace name (never fetched).
      const withoutNamespaces = page.text.replace(/\sxmlns(:\w+)?="[^"]*"/g, '');
      expect(withoutNamespaces).not.toMatch(/https?:\/\//i);
      expect(withoutNamespaces).not.toMatch(/(src|href|action|poster)\s*=\s*["']?\/\//i);
      expect(withoutNamespaces).not.toMatch(/url\(\s*["']?\/\//i);
      expect(withoutNamespaces).not.toMatch(/@import/i);
    }
    const carrierPage = pages[0]!.text;
    expect(carrierPage.includes(carrier.carrierId) || carrierPage.includes('Köprü')).toBe(true);
  });

  it('answers the HTML report in the reader’s language, another with ?lang=, 400 for others', async () => {
    const { carrier } = scenario.carriers[1]!;
    const page = (lang?: string) =>
      get(
        `${carrierReportPath(carrier.carrierId, 'html')}${lang ? `&lang=${lang}` : ''}`,
        carrier.apiKey,
      );
    // By default the carrier's language (Turkish), and its words.
    const own = await page();
    expect(own.status).toBe(200);
    expect(own.text).toContain('<html lang="tr" dir="ltr">');
    expect(own.text).not.toContain('Neue Tandems');
    const arabic = await page('ar');
    expect(arabic.status).toBe(200);
    expect(arabic.text).toContain('<html lang="ar" dir="rtl">');
    expect(arabic.text).toContain('تقرير');
    expect((await page('de')).text).toContain('Neue Tandems');
    const unknown = await page('xx');
    expect(unknown.status).toBe(400);
    expect(unknown.contentType).toContain('application/problem+json');
    expect(unknown.text).toContain('lang');
    // The funder summary: the funder's language (German by default), another on request.
    const summary = await get(summaryPath('html'), scenario.adminKey);
    expect(summary.text).toContain('<html lang="de" dir="ltr">');
    const farsi = await get(`${summaryPath('html')}&lang=fa`, scenario.adminKey);
    expect(farsi.text).toContain('<html lang="fa" dir="rtl">');
    expect((await get(`${summaryPath('html')}&lang=xx`, scenario.adminKey)).status).toBe(400);
  });

  it('closing again writes a new revision: a new generatedAt, the same figures', async () => {
    expect(await close()).toEqual(firstClose);
    const figuresOf = ({ generatedAt: _, ...figures }: Record<string, unknown>) => figures;
    for (const { carrier } of scenario.carriers) {
      const before = reportsAtFirstClose.get(carrier.carrierId)!;
      const after = await getReport(carrierReportPath(carrier.carrierId), carrier.apiKey);
      expect(after.generatedAt).not.toBe(before.generatedAt);
      expect(Date.parse(after.generatedAt as string)).toBeGreaterThan(
        Date.parse(before.generatedAt as string),
      );
      expect(figuresOf(after)).toEqual(figuresOf(before));
    }
    const before = reportsAtFirstClose.get('summary')!;
    const after = await getReport(summaryPath(), scenario.adminKey);
    expect(after.generatedAt).not.toBe(before.generatedAt);
    expect(figuresOf(after)).toEqual(figuresOf(before));
  }, 120_000);
});

/** The smaller k-anonymity scenarios: each its own deployment (table), closed and compared. */
const suppressionScenarios: {
  readonly title: string;
  readonly label: string;
  readonly seed: number;
  readonly plans: () => CarrierPlan[];
  readonly situation: Record<string, unknown>;
}[] = [
  {
    title: 'fewer than k migrant organisations report funds, fewer than k carriers reach 90 %',
    label: 'reports-b',
    seed: 2,
    plans: partlySuppressedScenario,
    situation: {
      fullyThirdParty: { count: 0, share: 0 },
      atLeast90ThirdParty: { count: null, share: null, suppressed: true },
      withMunicipalFunds: { count: 5, share: 1 },
      municipalShareOfFunds: 0.3247,
      // Five of seven carriers: the other two identify, so the migrant shares go too
      // (complementary groups, SPEC §6).
      migrantOrganisations: {
        shareOfCarriers: null,
        shareOfFederalProgrammeFunds: null,
        suppressed: true,
      },
    },
  },
  {
    title: 'fewer than k migrant organisations',
    label: 'reports-c',
    seed: 3,
    plans: fewMigrantsScenario,
    situation: {
      fullyThirdParty: { count: null, share: null, suppressed: true },
      migrantOrganisations: {
        shareOfCarriers: null,
        shareOfActiveMatches: null,
        shareOfFederalProgrammeFunds: null,
        suppressed: true,
      },
    },
  },
  {
    title: 'fewer than k reporting carriers',
    label: 'reports-d',
    seed: 4,
    plans: fewReportingScenario,
    situation: { suppressed: true },
  },
];

describe.each(suppressionScenarios)('k-anonymity: $title', ({ label, seed, plans, situation }) => {
  let scenario: Deployed;

  beforeAll(async () => {
    scenario = await deploy(label, plans(), seed);
  }, 120_000);

  it('expects the suppression it means to test (a check on the test data)', () => {
    expect(scenario.rounding.ties).toEqual([]);
    expect(scenario.expected.summary.carrierSituation).toMatchObject(situation);
  });

  it('closes the period, and every report and the summary equal the independent computation', async () => {
    const count = scenario.carriers.length;
    expect(await close()).toEqual({ periodId, carriers: count, reports: count });
    const reports: Record<string, unknown>[] = [];
    for (const [index, { carrier }] of scenario.carriers.entries()) {
      const expected = expectedCarrierReport(scenario.expected.carriers[index]!);
      const report = await getReport(carrierReportPath(carrier.carrierId), carrier.apiKey);
      expect(aligned(report, expected), `carrier ${index}`).toEqual(expected);
      reports.push(report);
    }
    const expected = expectedSummary(scenario.expected.summary);
    const summary = await getReport(summaryPath(), scenario.adminKey);
    expect(aligned(summary.carrierSituation, expected.carrierSituation)).toEqual(
      expected.carrierSituation,
    );
    expect(summary.carriers).toEqual(expected.carriers);
    expectSumOfReports(summary, reports);
    expect(aligned(summary, expected)).toEqual(expected);
  }, 120_000);
});
