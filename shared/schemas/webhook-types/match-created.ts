import * as z from 'zod/mini';
import { isoDate, partnerId } from '../primitives';
import { programmes } from '../webhook-vocabulary';
import { about } from './about';

// SPEC §2: the data of a `match.created` webhook, in a module of its own so that a function builds
// only the types it meets (webhook-schema-loader.ts).

export const matchCreatedData = z
  .strictObject({
    matchId: partnerId.check(about("The partner system's id of the match", 'm-1')),
    mentorId: partnerId.check(about("The mentor's participant id", 'p-1')),
    menteeId: partnerId.check(about("The mentee's participant id", 'p-2')),
    startedOn: isoDate.check(about('The first day of the match', '2025-02-03')),
    programme: z.enum(programmes).check(about('The kind of programme', 'education_work')),
    group: z.optional(z.boolean()).check(about('A group match (default false)', false)),
  })
  .check(z.describe('A mentor and a mentee were matched'));
