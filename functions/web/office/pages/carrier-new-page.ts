import { html } from 'hono/html';
import type { OfficeCarrierTexts } from '../../../../shared/i18n/office-carrier-texts';
import { languageNames, languages } from '../../../../shared/i18n/languages';
import type { StaffScope } from '../../../../shared/schemas/office';
import {
  checkboxField,
  hidden,
  problemSummary,
  selectField,
  textField,
  type FormState,
} from '../../pages/form-fields';
import { carrierName } from '../../pages/layout';
import type { OfficePageContext } from '../office-context';
import { officePage } from './office-layout';

/** `umbrellaId` value of "no umbrella" in the funder's choice. */
export const noUmbrellaChoice = 'none';

export interface NewCarrierForm {
  readonly state: FormState;
  /** The form's one-time value: the same submission twice onboards one carrier. */
  readonly nonce: string;
  /** Funder staff: the umbrellas to choose from; umbrella staff: their own, fixed. */
  readonly umbrellas: readonly { readonly umbrellaId: string; readonly name: string }[];
}

const umbrellaField = (staff: StaffScope, texts: OfficeCarrierTexts, form: NewCarrierForm) =>
  staff.role === 'funder'
    ? selectField(form.state, {
        name: 'umbrellaId',
        label: texts.umbrella,
        placeholder: texts.selectPlaceholder,
        choices: [
          [noUmbrellaChoice, texts.noUmbrella],
          ...form.umbrellas.map(({ umbrellaId, name }) => [umbrellaId, name] as const),
        ],
      })
    : html`<p>${texts.umbrella}: ${carrierName(form.umbrellas[0]?.name ?? '')}</p>`;

/**
 * `GET /app/office/carriers/new` (SPEC §12): the onboarding form. Nothing secret is shown
 * here or after: the carrier finds its webhook secret and API keys on `/app/connect`.
 */
export const newCarrierPage = (
  page: OfficePageContext,
  staff: StaffScope,
  texts: OfficeCarrierTexts,
  form: NewCarrierForm,
) =>
  officePage(
    page,
    staff,
    texts.newCarrierTitle,
    html`<p>${texts.newCarrierIntro}</p>
      ${problemSummary(form.state, page.texts.errors.summary)}
      <form method="post" action="/app/office/carriers/new" novalidate>
        ${hidden('formToken', page.formToken)} ${hidden('nonce', form.nonce)}
        ${textField(form.state, { name: 'name', label: texts.name, required: true })}
        ${textField(form.state, {
          name: 'coordinatorEmail',
          label: texts.coordinatorEmail,
          type: 'email',
          required: true,
        })}
        ${textField(form.state, {
          name: 'leadEmail',
          label: `${texts.leadEmail} ${texts.optional}`,
          type: 'email',
        })}
        ${selectField(form.state, {
          name: 'language',
          label: texts.language,
          placeholder: texts.selectPlaceholder,
          choices: languages.map((language) => [language, languageNames[language]] as const),
        })}
        ${checkboxField(form.state, { name: 'migrantOrganisation', label: texts.migrantOrganisation })}
        ${textField(form.state, {
          name: 'municipality',
          label: texts.municipality,
          hint: texts.municipalityHint,
        })}
        ${umbrellaField(staff, texts, form)}
        ${textField(form.state, { name: 'quota', label: texts.quota, hint: texts.quotaHint })}
        <button type="submit">${texts.onboard}</button>
      </form>`,
  );
