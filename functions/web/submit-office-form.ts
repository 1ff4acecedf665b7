// POST /app/office/{proxy+} (SPEC §12): the office's forms (onboarding, contacts, invitations,
// umbrellas, staff); a period's close has a function of its own (close-office-period).
import { handle } from 'hono/aws-lambda';
import { appShell } from './app-shell';
import { carrierForms } from './office/routes/carrier-forms';
import { staffForms } from './office/routes/staff-forms';
import { umbrellaForm } from './office/routes/umbrella-form';

export const handler = handle(appShell([carrierForms, umbrellaForm, staffForms]));
