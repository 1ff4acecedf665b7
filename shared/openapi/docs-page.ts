import { createHash } from 'node:crypto';
import { escapeHtml } from '../email/escape-html';
import type { OpenApiDocument } from './document';
import { docsPageTexts, type DocsPageTexts } from './docs-page-texts';
import type { JsonSchema } from './json-schema';
import { webhookSample } from './sample';
import type { WebhookType } from '../schemas/webhooks';

// The `/docs` page (SPEC §11): the OpenAPI document as one self-contained HTML page. No
// script, no font, no image: one inline style sheet, allowed by its hash and nothing else.

const css = `
:root { color-scheme: light; --ink: #1d232a; --muted: #555e69; --line: #dfe3e8; --accent: #1b6f8a; --code: #f3f5f7; }
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }
body { margin: 0 auto; max-width: 64rem; padding: 1rem; font-family: system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; font-size: 16px; line-height: 1.5; color: var(--ink); background: #fff; }
header { border-bottom: 3px solid var(--accent); margin-bottom: 1rem; }
h1 { font-size: 1.6rem; margin: 0 0 0.25rem; }
h2 { font-size: 1.3rem; margin: 2.25rem 0 0.75rem; padding-bottom: 0.25rem; border-bottom: 1px solid var(--line); }
h3 { font-size: 1.1rem; margin: 1.75rem 0 0.5rem; overflow-wrap: anywhere; }
h4 { font-size: 1rem; margin: 1rem 0 0.4rem; }
a { color: var(--accent); }
a:focus-visible, .table-wrap:focus-visible { outline: 3px solid var(--accent); outline-offset: 2px; }
nav ul { padding-left: 1.25rem; }
nav li { margin: 0.35rem 0; }
nav a { display: inline-block; min-height: 24px; }
code, pre { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: 0.9em; }
code { background: var(--code); padding: 0.05rem 0.25rem; border-radius: 3px; overflow-wrap: anywhere; }
pre { background: var(--code); padding: 0.75rem; border-radius: 6px; overflow-x: auto; }
pre code { padding: 0; }
.method { display: inline-block; min-width: 3.5rem; font-weight: 700; }
.muted { color: var(--muted); }
.table-wrap { overflow-x: auto; margin: 0 0 1rem; }
table { width: 100%; border-collapse: collapse; font-size: 0.92rem; }
th, td { padding: 0.4rem 0.5rem; border-bottom: 1px solid var(--line); text-align: left; vertical-align: top; }
thead th { border-bottom: 2px solid var(--line); white-space: nowrap; }
td code { overflow-wrap: anywhere; }
article { border-top: 1px solid var(--line); }
footer { margin-top: 2rem; padding-top: 0.75rem; border-top: 1px solid var(--line); font-size: 0.85rem; color: var(--muted); }
nav li, p, dd { overflow-wrap: anywhere; }
@media (min-width: 48rem) { body { padding: 1.5rem 2rem; } td:first-child { white-space: nowrap; } }
@media (max-width: 47.99rem) {
  table, tbody, tr, td { display: block; }
  thead { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
  tr { border-bottom: 1px solid var(--line); padding: 0.5rem 0; }
  td { border: 0; padding: 0.1rem 0; overflow-wrap: anywhere; }
  td[data-label]::before { content: attr(data-label) ": "; color: var(--muted); }
}
`;

/** The page's own policy, also in a meta element: its style sheet, by hash, and nothing else. */
const pagePolicy = [
  "default-src 'none'",
  `style-src 'sha256-${createHash('sha256').update(css).digest('base64')}'`,
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

/** The Content-Security-Policy header; `frame-ancestors` works in a header only. */
export const docsPageContentSecurityPolicy = `${pagePolicy}; frame-ancestors 'none'`;

type Html = string;
const text = (value: unknown): Html => escapeHtml(String(value ?? ''));
const code = (value: string): Html => `<code>${text(value)}</code>`;
/** Description text; `backticks` (CommonMark code spans, as OpenAPI allows) become code. */
const prose = (value: unknown): Html => text(value).replace(/`([^`]+)`/g, '<code>$1</code>');
const refName = (schema: JsonSchema): string | undefined =>
  typeof schema.$ref === 'string' ? schema.$ref.split('/').at(-1) : undefined;
const schemaAnchor = (name: string) => `schema-${name.replace(/[^A-Za-z0-9_-]/g, '-')}`;

/** A short human description of a schema's type and bounds. */
function typeSummary(schema: JsonSchema, words: DocsPageTexts): Html {
  const ref = refName(schema);
  if (ref) return `<a href="#${schemaAnchor(ref)}">${text(ref)}</a>`;
  if ('const' in schema) return code(JSON.stringify(schema.const));
  if (Array.isArray(schema.enum)) return schema.enum.map((v) => code(String(v))).join(' | ');
  const alternatives = (schema.anyOf ?? schema.oneOf) as JsonSchema[] | undefined;
  if (alternatives) {
    return alternatives.map((alternative) => typeSummary(alternative, words)).join(' or ');
  }
  const bounds: string[] = [];
  if (schema.format) bounds.push(text(schema.format));
  else if (typeof schema.pattern === 'string' && schema.pattern.length <= 60) {
    bounds.push(`${code(schema.pattern)}`);
  }
  if (schema.minimum !== undefined) bounds.push(`≥ ${text(schema.minimum)}`);
  if (schema.exclusiveMaximum !== undefined) bounds.push(`< ${text(schema.exclusiveMaximum)}`);
  if (schema.maximum !== undefined) bounds.push(`≤ ${text(schema.maximum)}`);
  if (schema.maxLength !== undefined) bounds.push(`≤ ${text(schema.maxLength)} chars`);
  if (schema.maxItems !== undefined) bounds.push(`≤ ${text(schema.maxItems)} items`);
  if (schema.type === 'array' && schema.items) {
    return `array of ${typeSummary(schema.items as JsonSchema, words)}${bounds.length ? `, ${bounds.join(', ')}` : ''}`;
  }
  if (schema.type === 'object' && schema.propertyNames) {
    const keys = typeSummary(schema.propertyNames as JsonSchema, words);
    const values = typeSummary((schema.additionalProperties ?? {}) as JsonSchema, words);
    return `object: ${keys} → ${values}`;
  }
  const type = typeof schema.type === 'string' ? text(schema.type) : words.anyValue;
  return bounds.length ? `${type}, ${bounds.join(', ')}` : type;
}

interface FieldRow {
  readonly name: string;
  readonly type: Html;
  readonly required: boolean;
  readonly description: string;
}

/** One row per field, nested objects (also inside arrays and unions) as dotted names. */
function fieldRows(schema: JsonSchema, words: DocsPageTexts, prefix = ''): FieldRow[] {
  const alternatives = (schema.anyOf ?? schema.oneOf) as JsonSchema[] | undefined;
  if (alternatives) return alternatives.flatMap((alt) => fieldRows(alt, words, prefix));
  if (schema.type === 'array' && schema.items) {
    return fieldRows(schema.items as JsonSchema, words, `${prefix}[]`);
  }
  const properties = schema.properties as Record<string, JsonSchema> | undefined;
  if (schema.type !== 'object' || !properties) return [];
  const required = new Set((schema.required ?? []) as string[]);
  return Object.entries(properties).flatMap(([name, property]) => {
    const dotted = prefix ? `${prefix}.${name}` : name;
    return [
      {
        name: dotted,
        type: typeSummary(property, words),
        required: required.has(name),
        description: String(property.description ?? ''),
      },
      ...fieldRows(property, words, dotted),
    ];
  });
}

/** Removes the repeats that the alternatives of a union give. */
const distinct = (rows: readonly FieldRow[]) => {
  const seen = new Set<string>();
  return rows.filter((row) => {
    const key = `${row.name}\u0000${row.type}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
};

function table(caption: string, headings: readonly string[], rows: readonly Html[][]): Html {
  return `<div class="table-wrap" role="region" aria-label="${text(caption)}" tabindex="0"><table>
<thead><tr>${headings.map((heading) => `<th scope="col">${text(heading)}</th>`).join('')}</tr></thead>
<tbody>${rows.map((cells) => `<tr>${cells.map((cell, index) => `<td${index ? ` data-label="${text(headings[index])}"` : ''}>${cell}</td>`).join('')}</tr>`).join('\n')}</tbody>
</table></div>`;
}

const fieldTable = (caption: string, schema: JsonSchema, words: DocsPageTexts): Html =>
  table(
    caption,
    [words.field, words.type, words.required, words.description],
    distinct(fieldRows(schema, words)).map((row) => [
      code(row.name),
      row.type,
      row.required ? words.yes : words.no,
      prose(row.description),
    ]),
  );

interface Parameter {
  name: string;
  in: string;
  required: boolean;
  description?: string;
  schema: JsonSchema;
}

interface Operation {
  operationId: string;
  summary: string;
  description: string;
  security: Record<string, unknown>[];
  parameters: Parameter[];
  requestBody?: { content: Record<string, { schema: JsonSchema }> };
  responses: Record<string, { description: string; content?: Record<string, unknown> }>;
}

function operationSection(
  method: string,
  path: string,
  operation: Operation,
  words: DocsPageTexts,
) {
  const security = operation.security.map((entry) => Object.keys(entry).join(' + ')).join(', ');
  const body = operation.requestBody?.content['application/json']?.schema;
  return `<article id="op-${text(operation.operationId)}">
<h3><span class="method">${text(method.toUpperCase())}</span> ${code(path)}</h3>
<p><strong>${text(operation.summary)}.</strong> ${prose(operation.description)}</p>
<p>${text(words.authentication)}: ${security ? `<a href="#authentication">${text(security)}</a>` : text(words.noCredentials)}</p>
${
  operation.parameters.length
    ? `<h4>${text(words.parameters)}</h4>${table(
        `${method.toUpperCase()} ${path} ${words.parameters}`,
        [words.field, words.where, words.type, words.required, words.description],
        operation.parameters.map((parameter) => [
          code(parameter.name),
          text(parameter.in),
          typeSummary(parameter.schema, words),
          parameter.required ? words.yes : words.no,
          prose(parameter.description),
        ]),
      )}`
    : ''
}
${body ? `<h4>${text(words.requestBody)}</h4><p>application/json: ${typeSummary(body, words)}</p>` : ''}
<h4>${text(words.responses)}</h4>
${table(
  `${method.toUpperCase()} ${path} ${words.responses}`,
  [words.status, words.description, words.content],
  Object.entries(operation.responses).map(([status, response]) => [
    code(status),
    prose(response.description),
    Object.entries(response.content ?? {})
      .map(
        ([mediaType, media]) =>
          `${text(mediaType)}${refName((media as { schema: JsonSchema }).schema) ? `: ${typeSummary((media as { schema: JsonSchema }).schema, words)}` : ''}`,
      )
      .join('<br>'),
  ]),
)}
</article>`;
}

function webhookSection(type: string, schema: JsonSchema, words: DocsPageTexts) {
  const data = (schema.properties as Record<string, JsonSchema>).data ?? {};
  return `<article id="webhook-${text(type)}">
<h3>${code(type)}</h3>
<p>${prose(data.description)}</p>
${fieldTable(`${type} fields`, schema, words)}
<h4>${text(words.example)}</h4>
<p class="muted">${text(words.exampleHint)} ${text(type)}</p>
<pre><code>${text(JSON.stringify(webhookSample(type as WebhookType), null, 2))}</code></pre>
</article>`;
}

/** The `/docs` page of an OpenAPI document: a pure function from the document to HTML. */
export function renderDocsPage(document: OpenApiDocument, language: 'en' = 'en'): Html {
  const words = docsPageTexts[language];
  const schemas = document.components.schemas as Record<string, JsonSchema>;
  const webhookTypes = Object.keys(document.webhooks);
  const operations = Object.entries(document.paths).flatMap(([path, item]) =>
    Object.entries(item).map(([method, operation]) => ({
      path,
      method,
      operation: operation as Operation,
    })),
  );
  const responseSchemaNames = Object.keys(schemas).filter(
    (name) => !webhookTypes.includes(name) && name !== 'WebhookEnvelope',
  );
  const { info } = document;
  return `<!doctype html>
<html lang="${language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${text(pagePolicy)}">
<title>${text(info.title)} ${text(info.version)}</title>
<style>${css}</style>
</head>
<body>
<header>
<h1>${text(info.title)} <span class="muted">${text(info.version)}</span></h1>
<p>${text(info.summary)}</p>
</header>
<nav aria-label="${text(words.contents)}">
<h2>${text(words.contents)}</h2>
<ul>
<li><a href="/v1/openapi.json">${text(words.documentLink)}</a>. ${text(words.documentHint)}</li>
<li><a href="#authentication">${text(words.authentication)}</a></li>
<li><a href="#endpoints">${text(words.endpoints)}</a><ul>
${operations.map(({ path, method, operation }) => `<li><a href="#op-${text(operation.operationId)}">${text(method.toUpperCase())} ${text(path)}</a></li>`).join('\n')}
</ul></li>
<li><a href="#webhooks">${text(words.webhooks)}</a><ul>
${webhookTypes.map((type) => `<li><a href="#webhook-${text(type)}">${text(type)}</a></li>`).join('\n')}
</ul></li>
<li><a href="#schemas">${text(words.schemas)}</a></li>
</ul>
</nav>
<main>
<p>${prose(info.description)}</p>
<section id="authentication" aria-labelledby="authentication-heading">
<h2 id="authentication-heading">${text(words.authentication)}</h2>
<dl>
${Object.entries(document.components.securitySchemes)
  .map(([name, scheme]) => `<dt>${code(name)}</dt><dd>${prose(scheme.description)}</dd>`)
  .join('\n')}
</dl>
</section>
<section id="endpoints" aria-labelledby="endpoints-heading">
<h2 id="endpoints-heading">${text(words.endpoints)}</h2>
${operations.map(({ path, method, operation }) => operationSection(method, path, operation, words)).join('\n')}
</section>
<section id="webhooks" aria-labelledby="webhooks-heading">
<h2 id="webhooks-heading">${text(words.webhooks)}</h2>
<p>${text(words.webhooksIntro)}</p>
${webhookTypes.map((type) => webhookSection(type, schemas[type] ?? {}, words)).join('\n')}
</section>
<section id="schemas" aria-labelledby="schemas-heading">
<h2 id="schemas-heading">${text(words.schemas)}</h2>
${responseSchemaNames
  .map(
    (name) => `<article id="${schemaAnchor(name)}">
<h3>${text(name)}</h3>
<p>${prose(schemas[name]?.description)}</p>
${fieldTable(`${name} fields`, schemas[name] ?? {}, words)}
</article>`,
  )
  .join('\n')}
</section>
</main>
<footer>${text(words.footer)}</footer>
</body>
</html>
`;
}
