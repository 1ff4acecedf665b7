/**
 * A Lambda request carries at most 6 MB, and API Gateway hands an upload over in base64
 * (4/3 of its size); the confirm step sends the file once more, itself in base64 inside the
 * form. 3 MB keeps both requests under the limit; larger lists go through the CLI.
 */
export const webImportLimitBytes = 3 * 1024 * 1024;
export const importLimitLabel = '3 MB';
