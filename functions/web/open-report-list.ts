// GET /app/reports: the carrier's reports of every closed period. One entry file per route,
// so each route is its own function with its own least privilege; one report area.
export { handler } from './report-pages-handler';
