import { useController, type FieldPath } from 'react-hook-form';
import { describedBy, FormField } from '../../../../shared/ui/form-field';
import type { WorkloadFormInput } from './form-paths';

interface LinesFieldProps {
  id: string;
  label: string;
  hint: string;
  path: FieldPath<WorkloadFormInput>;
}

/** A list of strings edited as text, one per line; blank lines are dropped when the box is left. */
export function LinesField({ id, label, hint, path }: LinesFieldProps) {
  // field.ref is left out: react-hooks' refs rule forbids reading it in render (so RHF cannot focus this box itself).
  const {
    field: { name, value, onChange, onBlur },
    fieldState,
  } = useController<WorkloadFormInput>({ name: path });
  const lines = Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
  const error = fieldState.error?.message ?? firstItemError(fieldState.error);
  return (
    <FormField id={id} label={label} hint={hint} error={error}>
      <textarea
        id={id}
        name={name}
        rows={3}
        spellCheck={false}
        value={lines.join('\n')}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, { error, hint: true })}
        onChange={(e) => onChange(e.target.value === '' ? [] : e.target.value.split('\n'))}
        onBlur={() => {
          onChange(lines.filter((line) => line.trim() !== ''));
          onBlur();
        }}
      />
    </FormField>
  );
}

/** An error on one line (`command.2`) shows on the box, numbered as the user counts. */
function firstItemError(error: unknown): string | undefined {
  if (!Array.isArray(error)) return undefined;
  const line = error.findIndex((e: unknown) => typeof e === 'object' && e !== null && 'message' in e);
  const item: unknown = error[line];
  return typeof item === 'object' && item !== null && 'message' in item && typeof item.message === 'string'
    ? `line ${line + 1}: ${item.message}`
    : undefined;
}
