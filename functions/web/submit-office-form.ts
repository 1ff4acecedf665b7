// POST /app/office/{proxy+} (SPEC §12): the office's forms (onboarding, contacts, invitations,
// umbrellas, staff); a period's close has a function of its own (close-office-period). Each
// area is loaded with its first form: a staff form does not read the carrier onboarding's code.
import { handlerByArea } from './handler-by-area';

export const handler = handlerByArea('/app/office/', {
  carriers: async () => (await import('./office/routes/carrier-forms')).carrierForms,
  umbrellas: async () => (await import('./office/routes/umbrella-form')).umbrellaForm,
  staff: async () => (await import('./office/routes/staff-forms')).staffForms,
});
