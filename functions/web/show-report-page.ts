// GET /app/reports/{proxy+}: one period's report and its files. One entry file per route, so
// each route is its own function with its own least privilege; one report area.
export { handler } from './report-pages-handler';
