import { handle } from 'hono/aws-lambda';
import { webApp } from './app';

/** The web app's Lambda handler: API Gateway HTTP API events (payload 2.0) in and out. */
export const handler = handle(webApp());
