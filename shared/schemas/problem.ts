import * as z from 'zod';

/** An RFC 9457 problem as the API answers it (`application/problem+json`, shared/http/problem.ts). */
export const problemSchema = z
  .strictObject({
    type: z.url().describe('A URI naming the kind of problem'),
    title: z.string().describe('A short summary of the kind of problem, the same for every case'),
    status: z.int().min(400).max(599).describe('The HTTP status code'),
    detail: z.string().optional().describe('What went wrong in this case'),
    errors: z
      .array(
        z.strictObject({
          path: z.string().describe('The field, dotted (`data.matchId`), or `(root)`'),
          message: z.string().describe('What is wrong with it'),
        }),
      )
      .optional()
      .describe('For 422: one entry per field that breaks the schema, the first 20 of them'),
    moreErrors: z
      .int()
      .min(1)
      .optional()
      .describe('For 422: how many more errors there are than `errors` lists'),
  })
  .describe('An error, as application/problem+json');
export type Problem = z.infer<typeof problemSchema>;
