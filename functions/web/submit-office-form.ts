// POST /app/office/{proxy+} (SPEC §12): the office's forms (onboarding, contacts, invitations,
// umbrellas, staff); a period's close has a function of its own (close-office-period).
import { handle } from 'hono/aws-lambda';
import { appShell } from './app-shell';
import { carrierRoutes } from './office/routes/carriers';
import { staffRoutes } from './office/routes/staff';
import { umbrellaRoutes } from './office/routes/umbrellas';

export const handler = handle(appShell([carrierRoutes, umbrellaRoutes, staffRoutes]));
