// POST /app/office/periods/{periodId}/close (SPEC §12): the only web function that may start
// a period's close, as `periods close` does.
export { handler } from './handle-office-request';
