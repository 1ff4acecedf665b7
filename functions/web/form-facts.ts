import * as z from 'zod/mini';
import { funderConfig } from '../../shared/config/runtime-env';
import { timingProblems, type Receipt } from '../../shared/domain/fact-timing';
import type { WebTexts } from '../../shared/i18n/web-texts';
import { webhookDataSchema } from '../../shared/schemas/webhook-schema-loader';
import type { CheckInRecorded, MatchCreated, MatchEnded } from '../../shared/schemas/webhooks';
import type { FormState } from './pages/form-fields';

/**
 * Turns submitted form fields into the data of the §2 webhook of the same type, validated by
 * the same zod schema; a refusal names each field with a message in the page's language.
 */
export type FormResult<T> = { ok: true; data: T } | { ok: false; state: FormState };

export type FormFields = Readonly<Record<string, string>>;

const messageKind: Record<string, keyof WebTexts['errors']> = {
  occurredOn: 'date',
  endedOn: 'date',
  startedOn: 'date',
  matchId: 'id',
  mentorId: 'id',
  menteeId: 'id',
  checkInId: 'id',
  with: 'choice',
  channel: 'choice',
  reason: 'choice',
  programme: 'choice',
};

async function validate<T>(
  schema: Promise<z.core.$ZodType<T>>,
  data: Record<string, unknown>,
  fields: FormFields,
  texts: WebTexts,
): Promise<FormResult<T>> {
  const parsed = z.safeParse(await schema, data);
  if (parsed.success) return { ok: true, data: parsed.data };
  const errors: Record<string, string> = {};
  for (const issue of parsed.error.issues) {
    const name = String(issue.path[0] ?? '');
    errors[name] ??= texts.errors[messageKind[name] ?? 'choice'];
  }
  return { ok: false, state: { values: fields, errors } };
}

const checked = (fields: FormFields, name: string) => fields[name] === 'on';

/** A form is received now, in the funder's time zone. */
const receivedNow = (): Receipt => ({ at: new Date(), timeZone: funderConfig().timezone });

export async function checkInFromForm(
  fields: FormFields,
  ids: { matchId: string; checkInId: string },
  texts: WebTexts,
  options: { withConcern: boolean; receipt?: Receipt },
): Promise<FormResult<CheckInRecorded>> {
  const result = await validate(
    webhookDataSchema('checkin.recorded'),
    {
      checkInId: ids.checkInId,
      matchId: ids.matchId,
      occurredOn: fields.occurredOn ?? '',
      with: fields.with ?? '',
      channel: fields.channel ?? '',
      ...(options.withConcern ? { concern: checked(fields, 'concern') } : {}),
    },
    fields,
    texts,
  );
  // The webhooks' rule (SPEC §2): a contact after tomorrow would silence its reminders.
  if (!result.ok) return result;
  const tooLate = timingProblems(
    { occurredOn: result.data.occurredOn },
    options.receipt ?? receivedNow(),
  );
  if (tooLate.length === 0) return result;
  return {
    ok: false,
    state: { values: fields, errors: { occurredOn: texts.errors.occurredOnTooLate } },
  };
}

export const matchEndFromForm = (
  fields: FormFields,
  matchId: string,
  texts: WebTexts,
): Promise<FormResult<MatchEnded>> =>
  validate(
    webhookDataSchema('match.ended'),
    { matchId, endedOn: fields.endedOn ?? '', reason: fields.reason ?? '' },
    fields,
    texts,
  );

export const newMatchFromForm = (
  fields: FormFields,
  generatedMatchId: string,
  texts: WebTexts,
): Promise<FormResult<MatchCreated>> =>
  validate(
    webhookDataSchema('match.created'),
    {
      matchId: fields.matchId?.trim() || generatedMatchId,
      mentorId: fields.mentorId?.trim() ?? '',
      menteeId: fields.menteeId?.trim() ?? '',
      startedOn: fields.startedOn ?? '',
      programme: fields.programme ?? '',
      group: checked(fields, 'group'),
    },
    fields,
    texts,
  );
