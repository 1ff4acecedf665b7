import * as z from 'zod/mini';
import { isoTimestamp } from '../primitives';
import { about } from './about';

/** SPEC §2: every webhook body is `{ type, timestamp, data }`, strict like its data. */
export const webhookEnvelope = <T extends string, D extends z.ZodMiniType>(type: T, data: D) =>
  z.strictObject({
    type: z.literal(type).check(z.describe('The event type')),
    timestamp: isoTimestamp.check(
      about('When the partner system recorded the fact, ISO 8601', '2025-02-03T10:00:00Z'),
    ),
    data,
  });
