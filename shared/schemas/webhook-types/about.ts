import * as z from 'zod/mini';

// Descriptions and examples feed the OpenAPI document and `tandem webhooks sample`.
// zod/mini (see primitives.ts): each schema is checked by `.check(...)`, documented by
// `about`, made optional by `z.optional`.
export const about = (description: string, example: unknown) =>
  z.meta({ description, examples: [example] });
