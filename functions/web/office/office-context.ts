import type { Context } from 'hono';
import { funderConfig } from '../../../shared/config/runtime-env';
import type { OfficeRow } from '../../../shared/data/office-rows';
import { readSession, sessionStaffScope, type Session } from '../../../shared/data/sessions';
import { getUmbrella } from '../../../shared/data/umbrellas';
import { sameToken } from '../../../shared/domain/web-access';
import { officeTexts } from '../../../shared/i18n/office-texts';
import { fill } from '../../../shared/i18n/web-texts';
import type { StaffScope } from '../../../shared/schemas/office';
import type { PageContext } from '../pages/layout';
import { formFields, pageOf } from '../web-context';
import { sessionCookie } from '../web-session';

// What every area of the programme office (SPEC §12) needs of a request: the signed-in staff
// member's scope, the page's language and texts, and the checks of what the scope may see.

/** A page of the office: the scope's name and the signed-in address are in its header. */
export interface OfficePageContext extends PageContext {
  readonly formToken: string;
  /** "Programme office (funder)", "Umbrella X", "Region K" in the page's language. */
  readonly scopeName: string;
  readonly staffAddress: string;
}

export interface StaffSignedIn {
  readonly session: Session;
  readonly staff: StaffScope;
  readonly page: OfficePageContext;
}

/** The scope's name in the page's language (an umbrella by its name). */
async function scopeName(staff: StaffScope, page: PageContext): Promise<string> {
  const texts = officeTexts[page.language].scope;
  if (staff.role === 'umbrella') {
    const umbrella = await getUmbrella(staff.umbrellaId);
    return fill(texts.umbrella, { name: umbrella?.name ?? staff.umbrellaId });
  }
  if (staff.role === 'region') return fill(texts.region, { key: staff.region });
  return texts.funder;
}

/**
 * The session and its staff scope, or a redirect: to sign in without a session, to the
 * choice when none is chosen yet, to the coordinator's home for a carrier's session.
 * Office pages are in the funder's language unless the reader picks another.
 */
export async function staffSignedIn(c: Context): Promise<StaffSignedIn | Response> {
  const session = await readSession(sessionCookie.read(c));
  if (!session) return c.redirect('/app/sign-in', 303);
  const staff = sessionStaffScope(session);
  if (!staff) return c.redirect(session.carrierId ? '/app/matches' : '/app/carriers', 303);
  const base = pageOf(c, funderConfig().language, session.formToken);
  const page: OfficePageContext = {
    ...base,
    formToken: session.formToken,
    scopeName: await scopeName(staff, base),
    staffAddress: session.staffAddress ?? '',
  };
  return { session, staff, page };
}

/** A signed-in office POST: also the session's form token (403 without). */
export async function staffSignedInPost(c: Context) {
  const context = await staffSignedIn(c);
  if (context instanceof Response) return context;
  const fields = await formFields(c);
  if (!sameToken(context.session.formToken, fields.formToken)) return c.text('Forbidden', 403);
  return { ...context, fields };
}

/** Funder staff see every carrier, umbrella staff their umbrella's, region staff none. */
export const carrierInScope = (staff: StaffScope, row: Pick<OfficeRow, 'umbrellaId'>): boolean =>
  staff.role === 'funder' || (staff.role === 'umbrella' && row.umbrellaId === staff.umbrellaId);

export const umbrellaInScope = (staff: StaffScope, umbrellaId: string): boolean =>
  staff.role === 'funder' || (staff.role === 'umbrella' && umbrellaId === staff.umbrellaId);

/** Region staff see their own key and the keys inside it (SPEC §13); funder staff all. */
export const regionInScope = (staff: StaffScope, regionKey: string): boolean =>
  staff.role === 'funder' || (staff.role === 'region' && regionKey.startsWith(staff.region));
