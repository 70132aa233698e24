import { useFieldArray, useFormContext, type FieldPath } from 'react-hook-form';
import { useErrorAt } from './bound-field';
import type { WorkloadFormInput } from './form-model';

/** Labels or annotations as key/value rows; `app: <name>` is set by the console and not listed. */
export function KeyValueRows({ list, title }: { list: 'labels' | 'annotations'; title: string }) {
  const { control } = useFormContext<WorkloadFormInput>();
  const { fields, append, remove } = useFieldArray({ control, name: list });
  const singular = title.replace(/s$/, '');
  return (
    <fieldset className="picker">
      <legend>{title}</legend>
      {fields.map((field, i) => (
        <div key={field.id} className="key-value-row">
          <RowInput id={`${list}-${i}-key`} label={`${singular} ${i + 1} key`} path={`${list}.${i}.key`} />
          <RowInput id={`${list}-${i}-value`} label={`${singular} ${i + 1} value`} path={`${list}.${i}.value`} />
          <button type="button" className="button-link" onClick={() => remove(i)}>
            Delete {singular.toLowerCase()} {i + 1}
          </button>
        </div>
      ))}
      <button type="button" className="button-link" onClick={() => append({ key: '', value: '' })}>
        Add {singular}
      </button>
    </fieldset>
  );
}

function RowInput({ id, label, path }: { id: string; label: string; path: FieldPath<WorkloadFormInput> }) {
  const { register } = useFormContext<WorkloadFormInput>();
  const error = useErrorAt(path);
  return (
    <div>
      <input
        id={id}
        autoComplete="off"
        aria-label={label}
        placeholder={label.endsWith('key') ? 'Key' : 'Value'}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        {...register(path)}
      />
      {error ? (
        <div id={`${id}-error`} role="alert" className="field-error">
          {error}
        </div>
      ) : null}
    </div>
  );
}
