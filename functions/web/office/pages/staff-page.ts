import { html } from 'hono/html';
import type { OfficeAdminTexts } from '../../../../shared/i18n/office-admin-texts';
import { fill } from '../../../../shared/i18n/web-texts';
import type { StaffMember, StaffScope, Umbrella } from '../../../../shared/schemas/office';
import { staffRoles } from '../../../../shared/schemas/staff-roles';
import {
  hidden,
  problemSummary,
  selectField,
  textField,
  type FormState,
} from '../../pages/form-fields';
import { carrierName, date, ltr } from '../../pages/layout';
import type { OfficePageContext } from '../office-context';
import { officePage } from './office-layout';

const removePath = (staffId: string) => `/app/office/staff/${encodeURIComponent(staffId)}/remove`;

/** A member's scope in words: the whole programme, an umbrella by name, a region key. */
const scopeOf = (texts: OfficeAdminTexts, member: StaffMember, umbrellas: readonly Umbrella[]) => {
  if (member.role === 'umbrella') {
    const umbrella = umbrellas.find(({ umbrellaId }) => umbrellaId === member.umbrellaId);
    return umbrella ? carrierName(umbrella.name) : ltr(member.umbrellaId ?? '');
  }
  if (member.role === 'region') return ltr(member.region ?? '');
  return texts.staff.wholeProgramme;
};

const memberItem = (
  page: OfficePageContext,
  texts: OfficeAdminTexts,
  member: StaffMember,
  umbrellas: readonly Umbrella[],
  self: boolean,
) =>
  html`<li data-staff="${member.staffId}">
    <dl>
      <dt>${texts.staff.staffId}</dt>
      <dd>${ltr(member.staffId)} ${self ? texts.staff.you : ''}</dd>
      <dt>${texts.staff.role}</dt>
      <dd>${texts.staff.roles[member.role]}</dd>
      <dt>${texts.staff.scope}</dt>
      <dd>${scopeOf(texts, member, umbrellas)}</dd>
      <dt>${texts.createdAt}</dt>
      <dd>${date(page, member.createdAt.slice(0, 10))}</dd>
    </dl>
    <p>
      <a href="${removePath(member.staffId)}">${texts.staff.remove}: ${ltr(member.staffId)}</a>
    </p>
  </li>`;

/**
 * `GET /app/office/staff` (SPEC §12, funder staff): every member with role and scope (no
 * address: only its hash is kept with the member), a link to remove each, and the form to
 * add one (`form`: a refused one's values and errors).
 */
export const staffPage = (
  page: OfficePageContext,
  staff: StaffScope,
  texts: OfficeAdminTexts,
  members: readonly StaffMember[],
  umbrellas: readonly Umbrella[],
  form: FormState,
  notice?: string,
) =>
  officePage(
    page,
    staff,
    texts.staff.title,
    html`${notice ? html`<p class="notice" role="status">${notice}</p>` : ''}
      <p>${texts.staff.intro}</p>
      <ul class="matches">
        ${members.map((member) =>
          memberItem(page, texts, member, umbrellas, member.staffId === staff.staffId),
        )}
      </ul>
      <h2 id="add-staff">${texts.staff.addHeading}</h2>
      ${problemSummary(form, texts.problemsHeading)}
      <form method="post" action="/app/office/staff" aria-labelledby="add-staff">
        ${hidden('formToken', page.formToken)}
        ${textField(form, {
          name: 'email',
          label: texts.staff.email,
          type: 'email',
          required: true,
        })}
        ${selectField(form, {
          name: 'role',
          label: texts.staff.role,
          placeholder: texts.staff.chooseRole,
          choices: staffRoles.map((role) => [role, texts.staff.roles[role]] as const),
        })}
        ${umbrellaSelect(texts, form, umbrellas)}
        ${textField(form, {
          name: 'region',
          label: texts.staff.region,
          hint: texts.staff.regionHint,
        })}
        <button type="submit">${texts.staff.add}</button>
      </form>`,
  );

/** The umbrella choice: optional (only the umbrella role needs one), so not `required`. */
const umbrellaSelect = (
  texts: OfficeAdminTexts,
  form: FormState,
  umbrellas: readonly Umbrella[],
) => {
  const error = form.errors.umbrellaId;
  const described = ['umbrellaId-hint', error ? 'umbrellaId-error' : ''].filter(Boolean).join(' ');
  return html`<div class="field">
    <label for="umbrellaId">${texts.staff.umbrella}</label>
    <span class="hint" id="umbrellaId-hint">${texts.staff.umbrellaHint}</span>
    ${error ? html`<span class="error" id="umbrellaId-error">${error}</span>` : ''}
    <select
      id="umbrellaId"
      name="umbrellaId"
      aria-describedby="${described}"
      ${error ? html` aria-invalid="true"` : ''}
    >
      <option value="">${texts.staff.chooseUmbrella}</option>
      ${umbrellas.map(
        (umbrella) =>
          html`<option
            value="${umbrella.umbrellaId}"
            ${form.values.umbrellaId === umbrella.umbrellaId ? html` selected` : ''}
          >
            ${umbrella.name}
          </option>`,
      )}
    </select>
  </div>`;
};

/**
 * `GET /app/office/staff/<staffId>/remove`: what removing a member does, a warning when it
 * is the signed-in member, and the button that removes (a GET changes nothing).
 */
export const staffRemovePage = (
  page: OfficePageContext,
  staff: StaffScope,
  texts: OfficeAdminTexts,
  member: StaffMember,
) =>
  officePage(
    page,
    staff,
    texts.staff.removeTitle,
    html`<p>${fill(texts.staff.removeText, { staff: member.staffId })}</p>
      ${
        member.staffId === staff.staffId
          ? html`<p class="problems">${texts.staff.removeSelfWarning}</p>`
          : ''
      }
      <form method="post" action="${removePath(member.staffId)}">
        ${hidden('formToken', page.formToken)}
        <button type="submit">${texts.staff.confirmRemove}</button>
      </form>
      <p><a href="/app/office/staff">${texts.cancel}</a></p>`,
  );

/** The last funder member is never removed: nobody could add staff or close periods then. */
export const lastFunderPage = (
  page: OfficePageContext,
  staff: StaffScope,
  texts: OfficeAdminTexts,
) =>
  officePage(
    page,
    staff,
    texts.staff.lastFunderTitle,
    html`<p>${texts.staff.lastFunder}</p>
      <p><a href="/app/office/staff">${texts.staff.title}</a></p>`,
  );
