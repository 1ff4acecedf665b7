import * as z from 'zod';

/** A JSON Schema 2020-12 object, as it sits inside the OpenAPI document. */
export type JsonSchema = Record<string, unknown>;

/**
 * The JSON Schema of a zod schema, without its `$schema` line (the document's
 * `jsonSchemaDialect` says 2020-12 once). `input` is what a client sends (before defaults
 * and transforms), `output` what the API answers. Refinements that JSON Schema cannot say
 * (a real calendar date) are left to the API's own check.
 */
export function jsonSchemaOf(schema: z.core.$ZodType, io: 'input' | 'output'): JsonSchema {
  const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, {
    io,
    target: 'draft-2020-12',
    unrepresentable: 'any',
  }) as JsonSchema;
  return rest;
}
