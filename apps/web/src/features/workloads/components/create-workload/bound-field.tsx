import type { ReactNode } from 'react';
import { get, useFormContext, useFormState, type FieldPath, type RegisterOptions } from 'react-hook-form';
import { describedBy, FormField } from '../../../../shared/ui/form-field';
import type { WorkloadFormInput } from './form-model';

type Path = FieldPath<WorkloadFormInput>;

/** The message of the error at a form path (schema or server), if any. */
export function useErrorAt(path: string): string | undefined {
  const { errors } = useFormState<WorkloadFormInput>();
  const error: unknown = get(errors, path);
  return typeof error === 'object' && error !== null && 'message' in error && typeof error.message === 'string'
    ? error.message
    : undefined;
}

interface BoundFieldProps {
  id: string;
  label: string;
  path: Path;
  hint?: ReactNode;
  required?: boolean;
  type?: 'text' | 'number';
  setValueAs?: (value: unknown) => unknown;
  /** Options make it a select. */
  options?: readonly string[];
}

/** A labelled input or select bound to one form path, its error tied by aria-describedby. */
export function BoundField({ id, label, path, hint, required, type = 'text', setValueAs, options }: BoundFieldProps) {
  const { register } = useFormContext<WorkloadFormInput>();
  const error = useErrorAt(path);
  const aria = {
    id,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': describedBy(id, { error, hint: hint !== undefined }),
  };
  const rules: RegisterOptions<WorkloadFormInput, Path> = setValueAs ? { setValueAs } : {};
  return (
    <FormField id={id} label={label} required={required} error={error} hint={hint}>
      {options ? (
        <select {...aria} {...register(path, rules)}>
          {options.map((o) => (
            <option key={o}>{o}</option>
          ))}
        </select>
      ) : (
        <input
          {...aria}
          autoComplete="off"
          {...(type === 'number' ? { type: 'number', inputMode: 'numeric' as const } : {})}
          {...register(path, rules)}
        />
      )}
    </FormField>
  );
}
