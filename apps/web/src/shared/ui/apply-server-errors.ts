import type { FieldPath, FieldValues, UseFormSetError } from 'react-hook-form';
import { ApiError } from '../api/api-error';

/**
 * Put the server's field errors under their fields (a duplicate name under Name).
 * Returns the message to show for the form as a whole when no field took it.
 */
export function applyServerErrors<T extends FieldValues>(
  error: unknown,
  setError: UseFormSetError<T>,
  fieldNames: readonly string[],
): string | undefined {
  if (!(error instanceof ApiError)) return error instanceof Error ? error.message : 'Something went wrong';
  const known = error.fields.filter((f) => fieldNames.some((name) => f.path === name || f.path.startsWith(`${name}.`)));
  known.forEach((field, index) =>
    setError(field.path as FieldPath<T>, { type: 'server', message: field.message }, { shouldFocus: index === 0 }),
  );
  return known.length === 0 ? error.message : undefined;
}
