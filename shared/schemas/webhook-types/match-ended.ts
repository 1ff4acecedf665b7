import * as z from 'zod/mini';
import { isoDate, partnerId } from '../primitives';
import { endReasons } from '../webhook-vocabulary';
import { about } from './about';

// SPEC §2: the data of a `match.ended` webhook, in a module of its own so that a function builds
// only the types it meets (webhook-schema-loader.ts).

export const matchEndedData = z
  .strictObject({
    matchId: partnerId.check(about('The match', 'm-1')),
    endedOn: isoDate.check(about('The last day of the match', '2025-12-19')),
    reason: z.enum(endReasons).check(about('Why it ended', 'goal_reached')),
  })
  .check(z.describe('A match ended'));
