import { useFormContext, useWatch, type FieldPath } from 'react-hook-form';
import { describedBy, FormField } from '../../../../shared/ui/form-field';
import { useFieldError } from './field-error';
import type { WorkloadFormInput } from './form-paths';

interface NameSelectProps {
  id: string;
  label: string;
  path: FieldPath<WorkloadFormInput>;
  /** The names to choose from; undefined while they load. */
  names: readonly string[] | undefined;
  /** Why the names could not be read (e.g. the user may not list them). */
  problem?: string | undefined;
  onChange?: () => void;
}

/** A labelled select over names the cluster has (Secrets, ConfigMaps, their keys), keeping a value the list lacks. */
export function NameSelect({ id, label, path, names, problem, onChange }: NameSelectProps) {
  const { register } = useFormContext<WorkloadFormInput>();
  const current = useWatch<WorkloadFormInput>({ name: path });
  const error = useFieldError(path) ?? problem;
  const chosen = typeof current === 'string' && current !== '' ? current : undefined;
  // A name typed in YAML (or deleted since) stays choosable, so the select never shows a value it does not hold.
  const options = chosen === undefined || names?.includes(chosen) ? (names ?? []) : [chosen, ...(names ?? [])];
  return (
    <FormField id={id} label={label} required error={error}>
      <select
        id={id}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, { error })}
        {...register(path, onChange ? { onChange } : {})}
      >
        <option value="">{names === undefined && problem === undefined ? 'Loading…' : 'Choose…'}</option>
        {options.map((name) => (
          <option key={name} value={name}>
            {name}
          </option>
        ))}
      </select>
    </FormField>
  );
}
