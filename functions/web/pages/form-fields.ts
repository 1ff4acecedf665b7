import { html } from 'hono/html';
import type { Html } from './layout';

/** A submitted form's values and its errors, by field name (errors in the page's language). */
export interface FormState {
  readonly values: Readonly<Record<string, string>>;
  readonly errors: Readonly<Record<string, string>>;
}

export const emptyForm: FormState = { values: {}, errors: {} };

interface FieldOptions {
  readonly name: string;
  readonly label: string;
  readonly hint?: string;
  /** Ids must be unique on a page that has several forms. */
  readonly idPrefix?: string;
}

/** Label, hint and error tied to the control by `for` and `aria-describedby`. */
const field = (
  state: FormState,
  options: FieldOptions,
  control: (attributes: { id: string; describedBy: Html | string; invalid: Html | string }) => Html,
) => {
  const id = `${options.idPrefix ?? ''}${options.name}`;
  const error = state.errors[options.name];
  const described = [options.hint ? `${id}-hint` : '', error ? `${id}-error` : '']
    .filter(Boolean)
    .join(' ');
  return html`<div class="field">
    <label for="${id}">${options.label}</label>
    ${options.hint ? html`<span class="hint" id="${id}-hint">${options.hint}</span>` : ''}
    ${error ? html`<span class="error" id="${id}-error">${error}</span>` : ''}
    ${control({
      id,
      describedBy: described ? html` aria-describedby="${described}"` : '',
      invalid: error ? html` aria-invalid="true"` : '',
    })}
  </div>`;
};

export const textField = (
  state: FormState,
  options: FieldOptions & {
    type?: 'text' | 'email' | 'date';
    required?: boolean;
    autocomplete?: string;
  },
) =>
  field(
    state,
    options,
    ({ id, describedBy, invalid }) =>
      html`<input
        type="${options.type ?? 'text'}"
        id="${id}"
        name="${options.name}"
        value="${state.values[options.name] ?? ''}"
        ${options.required ? html` required` : ''}${options.autocomplete ? html` autocomplete="${options.autocomplete}"` : html` autocomplete="off"`}${describedBy}${invalid}
      />`,
  );

export const selectField = (
  state: FormState,
  options: FieldOptions & {
    choices: readonly (readonly [value: string, label: string])[];
    placeholder: string;
  },
) =>
  field(
    state,
    options,
    ({ id, describedBy, invalid }) =>
      html`<select id="${id}" name="${options.name}" required${describedBy}${invalid}>
        <option value="">${options.placeholder}</option>
        ${options.choices.map(
          ([value, label]) =>
            html`<option
              value="${value}"
              ${state.values[options.name] === value ? html` selected` : ''}
            >
              ${label}
            </option>`,
        )}
      </select>`,
  );

export const checkboxField = (state: FormState, options: Omit<FieldOptions, 'hint'>) => {
  const id = `${options.idPrefix ?? ''}${options.name}`;
  return html`<div class="field check">
    <input
      type="checkbox"
      id="${id}"
      name="${options.name}"
      value="on"
      ${state.values[options.name] === 'on' ? html` checked` : ''}
    />
    <label for="${id}">${options.label}</label>
  </div>`;
};

export const hidden = (name: string, value: string) =>
  html`<input type="hidden" name="${name}" value="${value}" />`;

/** The list of problems above a refused form, each linking to its field. */
export const problemSummary = (state: FormState, heading: string, idPrefix = '') => {
  const names = Object.keys(state.errors);
  if (names.length === 0) return '';
  return html`<div class="problems">
    <h2>${heading}</h2>
    <ul>
      ${names.map((name) => html`<li><a href="#${idPrefix}${name}">${state.errors[name]}</a></li>`)}
    </ul>
  </div>`;
};
