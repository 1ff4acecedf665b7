import { isImportField, type ColumnMapping, type ImportField } from '../../shared/import/columns';

// SPEC §10's mapping step on the web: the chosen columns travel in the form, as the file does
// (the server keeps nothing between preview and confirm).

/** The form field holding the file's column chosen for `field`. */
export const mappingFieldName = (field: ImportField): string => `map-${field}`;

/** The columns chosen in the form: `map-<field>` fields with a header. */
export function columnMappingOf(body: Record<string, unknown>): ColumnMapping {
  const mapping: ColumnMapping = {};
  for (const [name, value] of Object.entries(body)) {
    const field = name.startsWith('map-') ? name.slice('map-'.length) : '';
    if (isImportField(field) && typeof value === 'string' && value.trim() !== '') {
      mapping[field] = value.trim();
    }
  }
  return mapping;
}

/**
 * The file the mapping form sends back (base64 in `content`), when no new file is uploaded;
 * undefined otherwise.
 */
export function carriedUpload(body: Record<string, unknown>): Buffer | undefined {
  if (body.file instanceof File || typeof body.content !== 'string') return undefined;
  const bytes = Buffer.from(body.content, 'base64');
  return bytes.length ? bytes : undefined;
}
