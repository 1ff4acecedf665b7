import * as z from 'zod';

/** The answer to an accepted webhook (SPEC §2), also to a duplicate `webhook-id`. */
export const webhookAcceptedSchema = z
  .strictObject({
    status: z.literal('accepted'),
    webhookId: z.string().describe('The `webhook-id` header of the request'),
  })
  .describe('The event is durably on the bus; resending the same webhook-id is harmless');
export type WebhookAccepted = z.infer<typeof webhookAcceptedSchema>;
