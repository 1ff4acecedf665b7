import type { z } from 'zod';
import type { FieldError } from './problem';

/** zod issues as `{path, message}`; an unknown field is reported at its own path. */
export function fieldErrors(error: z.ZodError): FieldError[] {
  return error.issues.flatMap((issue): FieldError[] => {
    const at = (path: readonly PropertyKey[]) => path.map(String).join('.') || '(body)';
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({
        path: at([...issue.path, key]),
        message: 'unknown field: Tandem does not accept it (no names, e-mails or free text)',
      }));
    }
    return [{ path: at(issue.path), message: issue.message }];
  });
}
