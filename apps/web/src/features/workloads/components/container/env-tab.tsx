import { useFieldArray, useFormContext } from 'react-hook-form';
import { EnvRow } from './env-row';
import type { ContainerSlot, WorkloadFormInput } from './form-paths';

/** Environment variables: each a value typed here, or a key of a Secret or of a ConfigMap, resolved by the kubelet. */
export function EnvTab(slot: ContainerSlot) {
  const { control } = useFormContext<WorkloadFormInput>();
  const { fields, append, remove } = useFieldArray({ control, name: `${slot.list}.${slot.index}.env` });
  return (
    <>
      {fields.length === 0 ? <p>No environment variables.</p> : null}
      {fields.map((field, row) => (
        <EnvRow key={field.id} slot={slot} row={row} onRemove={() => remove(row)} />
      ))}
      <button type="button" className="button" onClick={() => append({ source: 'value', name: '', value: '' })}>
        Add Variable
      </button>
    </>
  );
}
