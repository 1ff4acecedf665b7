// GET /app/office (SPEC §12): the office's overview; it only reads. One entry file per route,
// so each route is its own function with its own least privilege; one app.
export { handler } from './handle-office-request';
