import * as z from 'zod/mini';
import { partnerId } from '../primitives';
import { about } from './about';

// SPEC §2: the data of a `participant.erased` webhook, in a module of its own so that a function builds
// only the types it meets (webhook-schema-loader.ts).

export const participantErasedData = z
  .strictObject({
    participantId: partnerId.check(about('The participant to erase everywhere', 'p-2')),
  })
  .check(z.describe('A participant asked to be erased; matches keep their dates and counts'));
