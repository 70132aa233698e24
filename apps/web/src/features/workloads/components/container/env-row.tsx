import type { WorkloadFormInput } from '@berth/contracts';
import { useFormContext, useWatch } from 'react-hook-form';
import { FormField } from '../../../../shared/ui/form-field';
import { EnvSourcePickers } from './env-source-pickers';
import { FormInput } from './form-input';
import { slotId, type ContainerSlot } from './form-paths';

const sources = [
  { value: 'value', label: 'Value' },
  { value: 'secretKey', label: 'Secret key' },
  { value: 'configMapKey', label: 'ConfigMap key' },
] as const;

/** One variable: its name, where its value comes from, and that source's fields. */
export function EnvRow({ slot, row, onRemove }: { slot: ContainerSlot; row: number; onRemove: () => void }) {
  const { list, index } = slot;
  const path = `${list}.${index}.env.${row}` as const;
  const id = `${slotId(slot)}-env-${row}`;
  const label = `Variable ${row + 1}`;
  const { register, getValues, setValue } = useFormContext<WorkloadFormInput>();
  // A new source starts with its own empty fields, so the schema names what is missing rather than a wrong type.
  const switchSource = (next: string) => {
    const name = getValues(`${path}.name`) ?? '';
    const row =
      next === 'secretKey'
        ? { source: 'secretKey' as const, name, secret: '', key: '' }
        : next === 'configMapKey'
          ? { source: 'configMapKey' as const, name, configMap: '', key: '' }
          : { source: 'value' as const, name, value: '' };
    setValue(path, row, { shouldDirty: true });
  };
  const source = useWatch<WorkloadFormInput, `${typeof path}.source`>({ name: `${path}.source` });
  return (
    <fieldset className="container-row">
      <legend>{label}</legend>
      <FormInput id={`${id}-name`} label={`${label} name`} required path={`${path}.name`} />
      <FormField id={`${id}-source`} label={`${label} source`}>
        <select
          id={`${id}-source`}
          {...register(`${path}.source`, {
            onChange: (e: { target: { value: string } }) => switchSource(e.target.value),
          })}
        >
          {sources.map((s) => (
            <option key={s.value} value={s.value}>
              {s.label}
            </option>
          ))}
        </select>
      </FormField>
      {source === 'value' || source === undefined ? (
        <FormInput id={`${id}-value`} label={`${label} value`} path={`${path}.value`} />
      ) : (
        <EnvSourcePickers id={id} label={label} path={path} source={source} />
      )}
      <button type="button" className="button-link" onClick={onRemove}>
        Remove {label}
      </button>
    </fieldset>
  );
}
