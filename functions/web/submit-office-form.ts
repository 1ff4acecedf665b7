// POST /app/office/{proxy+} (SPEC §12): the office's forms (onboarding, invitations, contacts,
// umbrellas, staff); they may write, but not start a period's close.
export { handler } from './handle-office-request';
