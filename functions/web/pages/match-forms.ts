import { html } from 'hono/html';
import {
  channels,
  checkInWith,
  endReasons,
  programmes,
} from '../../../shared/schemas/webhook-vocabulary';
import type { WebTexts } from '../../../shared/i18n/web-texts';
import {
  checkboxField,
  emptyForm,
  hidden,
  problemSummary,
  selectField,
  textField,
  type FormState,
} from './form-fields';

const choicesOf = <K extends string>(values: readonly K[], labels: Readonly<Record<K, string>>) =>
  values.map((value) => [value, labels[value]] as const);

/** The fields of a check-in (§2 `checkin.recorded`); `concern` only where asked. */
export const checkInFields = (
  texts: WebTexts,
  state: FormState,
  options: { idPrefix: string; withConcern: boolean },
) =>
  html`${textField(state, { name: 'occurredOn', label: texts.occurredOn, hint: texts.dateHint, type: 'date', required: true, idPrefix: options.idPrefix })}
  ${selectField(state, { name: 'with', label: texts.with, choices: choicesOf(checkInWith, texts.withValues), placeholder: '–', idPrefix: options.idPrefix })}
  ${selectField(state, { name: 'channel', label: texts.channel, choices: choicesOf(channels, texts.channelValues), placeholder: '–', idPrefix: options.idPrefix })}
  ${options.withConcern ? checkboxField(state, { name: 'concern', label: texts.concern, idPrefix: options.idPrefix }) : ''}`;

export const checkInForm = (
  texts: WebTexts,
  action: string,
  formToken: string,
  nonce: string,
  state: FormState = emptyForm,
) =>
  html`<form method="post" action="${action}" novalidate>
    ${problemSummary(state, texts.errors.summary, 'checkin-')} ${hidden('formToken', formToken)}
    ${hidden('nonce', nonce)}
    ${checkInFields(texts, state, { idPrefix: 'checkin-', withConcern: true })}
    <button type="submit">${texts.save}</button>
  </form>`;

export const endForm = (
  texts: WebTexts,
  action: string,
  formToken: string,
  state: FormState = emptyForm,
) =>
  html`<form method="post" action="${action}" novalidate>
    ${problemSummary(state, texts.errors.summary, 'end-')} ${hidden('formToken', formToken)}
    ${textField(state, { name: 'endedOn', label: texts.endedOn, hint: texts.dateHint, type: 'date', required: true, idPrefix: 'end-' })}
    ${selectField(state, { name: 'reason', label: texts.reason, choices: choicesOf(endReasons, texts.reasons), placeholder: '–', idPrefix: 'end-' })}
    <button type="submit">${texts.endMatch}</button>
  </form>`;

export const newMatchForm = (
  texts: WebTexts,
  formToken: string,
  nonce: string,
  state: FormState = emptyForm,
) =>
  html`${problemSummary(state, texts.errors.summary)}
    <form method="post" action="/app/matches/new" novalidate>
      ${hidden('formToken', formToken)} ${hidden('nonce', nonce)}
      ${textField(state, { name: 'matchId', label: texts.matchIdOptional, hint: texts.matchIdHint })}
      ${textField(state, { name: 'mentorId', label: texts.mentorId, hint: texts.participantHint, required: true })}
      ${textField(state, { name: 'menteeId', label: texts.menteeId, hint: texts.participantHint, required: true })}
      ${textField(state, { name: 'startedOn', label: texts.startedOn, hint: texts.dateHint, type: 'date', required: true })}
      ${selectField(state, { name: 'programme', label: texts.programme, choices: choicesOf(programmes, texts.programmes), placeholder: '–' })}
      ${checkboxField(state, { name: 'group', label: texts.group })}
      <button type="submit">${texts.save}</button>
    </form>`;
