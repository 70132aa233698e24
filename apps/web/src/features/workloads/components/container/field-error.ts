import { get, useFormState, type FieldPath } from 'react-hook-form';
import type { WorkloadFormInput } from './form-paths';

/** The schema's (or the server's) message for one field, re-rendering only when that field's error changes. */
export function useFieldError(path: FieldPath<WorkloadFormInput>): string | undefined {
  const { errors } = useFormState<WorkloadFormInput>({ name: path });
  const error: unknown = get(errors, path);
  return typeof error === 'object' && error !== null && 'message' in error && typeof error.message === 'string'
    ? error.message
    : undefined;
}
