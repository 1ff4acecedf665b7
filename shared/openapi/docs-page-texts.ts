/** The words of the `/docs` page; English, the language of the OpenAPI document itself. */
export const docsPageTexts = {
  en: {
    contents: 'Contents',
    documentLink: 'The OpenAPI 3.1 document (JSON)',
    documentHint: 'Validate against it and generate clients from it.',
    authentication: 'Authentication',
    endpoints: 'Endpoints',
    webhooks: 'Webhooks',
    webhooksIntro:
      'A partner system sends each fact as the JSON envelope below to POST /v1/carriers/{carrierId}/webhooks. Objects are strict: an unknown field is refused with 422.',
    schemas: 'Response bodies',
    parameters: 'Parameters',
    requestBody: 'Request body',
    responses: 'Responses',
    field: 'Field',
    where: 'In',
    type: 'Type',
    required: 'Required',
    description: 'Description',
    status: 'Status',
    content: 'Content',
    yes: 'yes',
    no: 'no',
    example: 'Example',
    exampleHint: 'Print one with: npx tandem webhooks sample',
    noCredentials: 'No credentials',
    schemaRef: 'see',
    oneOf: 'one of',
    anyValue: 'any',
    footer: 'Generated from the same zod schemas that validate the requests.',
  },
} as const;

export type DocsPageTexts = (typeof docsPageTexts)['en'];
