import type { Hono } from 'hono';
import { handle } from 'hono/aws-lambda';
import { appShell } from './app-shell';

// `/app/import` (SPEC §10) runs in functions of its own, one per step: the spreadsheet
// readers stay out of the pages' bundle and out of the upload form's, and only the confirm
// step may publish import facts.

/** One step of the import in the web app's shell: API Gateway HTTP API events (payload 2.0) in and out. */
export const importStepHandler = (step: Hono) => handle(appShell([step]));
