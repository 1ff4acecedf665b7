import * as z from 'zod/mini';
import { languageCode, partnerId } from '../primitives';
import { ageGroups, roles } from '../webhook-vocabulary';
import { about } from './about';

// SPEC §2: the data of a `participant.registered` webhook, in a module of its own so that a function builds
// only the types it meets (webhook-schema-loader.ts).

export const participantRegisteredData = z
  .strictObject({
    participantId: partnerId.check(about("The partner system's pseudonymous id", 'p-1')),
    role: z.enum(roles).check(about('Mentor or mentee', 'mentor')),
    ageGroup: z.optional(z.enum(ageGroups)).check(about('Coarse age group', '30_49')),
    language: z.optional(languageCode).check(about('Preferred language, ISO 639-1', 'de')),
  })
  .check(z.describe('A mentor or mentee is known to the partner system'));
