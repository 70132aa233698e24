import type { WorkloadFormInput } from '@berth/contracts';
import { useFieldArray, useFormContext } from 'react-hook-form';
import { FormField } from '../../../../shared/ui/form-field';
import { FormInput } from './form-input';
import { slotId, type ContainerSlot } from './form-paths';

/** The ports the container listens on; the access Service maps its ports to these. */
export function PortsTab(slot: ContainerSlot) {
  const { list, index } = slot;
  const { control, register } = useFormContext<WorkloadFormInput>();
  const { fields, append, remove } = useFieldArray({ control, name: `${list}.${index}.ports` });
  return (
    <>
      {fields.length === 0 ? <p>No container ports.</p> : null}
      {fields.map((field, row) => {
        const id = `${slotId(slot)}-port-${row}`;
        const label = `Port ${row + 1}`;
        const path = `${list}.${index}.ports.${row}` as const;
        return (
          <fieldset key={field.id} className="container-row">
            <legend>{label}</legend>
            <FormInput
              id={`${id}-name`}
              label={`${label} name`}
              path={`${path}.name`}
              optional
              hint="Optional, e.g. http"
            />
            <FormInput
              id={`${id}-number`}
              label={`${label} container port`}
              required
              numeric
              path={`${path}.containerPort`}
            />
            <FormField id={`${id}-protocol`} label={`${label} protocol`}>
              <select id={`${id}-protocol`} {...register(`${path}.protocol`)}>
                <option value="TCP">TCP</option>
                <option value="UDP">UDP</option>
                <option value="SCTP">SCTP</option>
              </select>
            </FormField>
            <button type="button" className="button-link" onClick={() => remove(row)}>
              Remove {label}
            </button>
          </fieldset>
        );
      })}
      <button type="button" className="button" onClick={() => append({ containerPort: 80, protocol: 'TCP' })}>
        Add Port
      </button>
    </>
  );
}
