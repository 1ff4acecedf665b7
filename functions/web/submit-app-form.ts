// POST /app/{proxy+}: the app's forms. One entry file per route, so each route is its own
// function with its own least privilege; one app.
export { handler } from './handle-web-request';
