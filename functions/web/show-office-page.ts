// GET /app/office/{proxy+} (SPEC §12): the office's pages and downloads; they only read
// (infra/route-access.ts). One entry file per route, so each route is its own function with
// its own least privilege; one app.
export { handler } from './handle-office-request';
