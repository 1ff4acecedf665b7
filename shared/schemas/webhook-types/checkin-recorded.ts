import * as z from 'zod/mini';
import { isoDate, partnerId } from '../primitives';
import { channels, checkInWith } from '../webhook-vocabulary';
import { about } from './about';

// SPEC §2: the data of a `checkin.recorded` webhook, in a module of its own so that a function builds
// only the types it meets (webhook-schema-loader.ts).

export const checkInRecordedData = z
  .strictObject({
    checkInId: partnerId.check(about("The partner system's id of the check-in", 'ci-1')),
    matchId: partnerId.check(about('The match it belongs to', 'm-1')),
    occurredOn: isoDate.check(about('The day of the contact', '2025-02-17')),
    with: z.enum(checkInWith).check(about('Whom the staff spoke with', 'both')),
    channel: z.enum(channels).check(about('How', 'in_person')),
    concern: z.optional(z.boolean()).check(about('The staff noted a concern', false)),
  })
  .check(z.describe('The programme staff had a support contact with the match'));
