import type { WebhookType } from '../schemas/webhooks';
import { webhookEnvelopes } from './document';
import { jsonSchemaOf, type JsonSchema } from './json-schema';

/**
 * An example value of a JSON Schema: its first `examples` entry, else its `const`, first
 * `enum` value or `default`, else built from its type. Objects get every property, optional
 * ones too, so a sample shows all a partner may send. A string with a pattern and no example
 * is an error: a made-up value would not match, and the schema should carry an example.
 */
export function sampleOf(schema: JsonSchema, at = '(root)'): unknown {
  const examples = schema.examples as unknown[] | undefined;
  if (examples?.length) return examples[0];
  if ('const' in schema) return schema.const;
  const values = schema.enum as unknown[] | undefined;
  if (values?.length) return values[0];
  if ('default' in schema) return schema.default;
  const alternatives = (schema.anyOf ?? schema.oneOf) as JsonSchema[] | undefined;
  if (alternatives) {
    const first = alternatives.find((alternative) => alternative.type !== 'null');
    return first ? sampleOf(first, at) : null;
  }
  switch (schema.type) {
    case 'object': {
      const properties = (schema.properties ?? {}) as Record<string, JsonSchema>;
      return Object.fromEntries(
        Object.entries(properties).map(([name, property]) => [
          name,
          sampleOf(property, at === '(root)' ? name : `${at}.${name}`),
        ]),
      );
    }
    case 'array':
      return schema.items ? [sampleOf(schema.items as JsonSchema, `${at}[]`)] : [];
    case 'integer':
    case 'number':
      return (schema.minimum as number | undefined) ?? 0;
    case 'boolean':
      return false;
    case 'null':
      return null;
    case 'string':
      if (schema.pattern) throw new Error(`${at}: a patterned string needs an example`);
      return 'example';
    default:
      throw new Error(`${at}: no sample for this schema`);
  }
}

/** A valid example body of a webhook type (SPEC §11), built from its envelope schema. */
export function webhookSample(type: WebhookType): unknown {
  const envelope = webhookEnvelopes.find((entry) => entry.type === type);
  if (!envelope) throw new Error(`Unknown webhook type: ${type}`);
  return sampleOf(jsonSchemaOf(envelope.schema, 'input'));
}

export const webhookTypes = webhookEnvelopes.map((entry) => entry.type);
