import { handle } from 'hono/aws-lambda';
import { officeApp } from './office-app';

/** The programme office's Lambda handler: API Gateway HTTP API events (payload 2.0). */
export const handler = handle(officeApp());
