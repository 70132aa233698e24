import type { ReactNode } from 'react';
import { useFormContext, type FieldPath } from 'react-hook-form';
import { describedBy, FormField } from '../../../../shared/ui/form-field';
import { useFieldError } from './field-error';
import type { WorkloadFormInput } from './form-paths';

interface FormInputProps {
  id: string;
  label: string;
  path: FieldPath<WorkloadFormInput>;
  hint?: ReactNode;
  required?: boolean;
  placeholder?: string;
  /** Whole numbers: an empty box means "not set" (undefined), never NaN. */
  numeric?: boolean;
  /** Optional text: an empty box means "not set" (undefined) rather than an empty string. */
  optional?: boolean;
}

/** A labelled text or number box bound to one form path, with its schema error tied by aria-describedby. */
export function FormInput({ id, label, path, hint, required, placeholder, numeric, optional }: FormInputProps) {
  const { register } = useFormContext<WorkloadFormInput>();
  const error = useFieldError(path);
  return (
    <FormField id={id} label={label} required={required} error={error} hint={hint}>
      <input
        id={id}
        autoComplete="off"
        {...(numeric ? { type: 'number', inputMode: 'numeric' as const } : {})}
        {...(placeholder ? { placeholder } : {})}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, { error, hint: hint !== undefined })}
        {...register(path, numeric ? { setValueAs: toOptionalNumber } : optional ? { setValueAs: toOptionalText } : {})}
      />
    </FormField>
  );
}

/** An empty number box is "not set"; anything else is the number typed. */
export const toOptionalNumber = (value: unknown) =>
  value === '' || value === undefined || value === null ? undefined : Number(value);

/** An empty (or blank) text box is "not set". */
export const toOptionalText = (value: unknown) =>
  typeof value === 'string' && value.trim() === '' ? undefined : value;
