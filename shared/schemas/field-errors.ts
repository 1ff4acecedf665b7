import type { core } from 'zod';

/** One field-level problem: where, and what is wrong. */
export interface FieldError {
  readonly path: string;
  readonly message: string;
}

/** zod issues as `{path, message}`; an unknown field is reported at its own path. */
export function fieldErrors(
  error: core.$ZodError,
  unknownFieldMessage = 'unknown field',
): FieldError[] {
  return error.issues.flatMap((issue): FieldError[] => {
    const at = (path: readonly PropertyKey[]) => path.map(String).join('.') || '(root)';
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({
        path: at([...issue.path, key]),
        message: unknownFieldMessage,
      }));
    }
    return [{ path: at(issue.path), message: issue.message }];
  });
}
