import type { ServiceFormInput } from '@berth/contracts';
import type { UseFormReturn } from 'react-hook-form';
import { describedBy, FormField } from '../../../shared/ui/form-field';
import type { ContainerPort } from '../lib/access';

interface ServicePortFieldsProps {
  form: UseFormReturn<ServiceFormInput>;
  index: number;
  nodePort: boolean;
  containerPorts: readonly ContainerPort[];
  /** Shown when there is more than one port mapping. */
  onRemove?: () => void;
}

// An emptied number box is no number (the schema says "must be a number"); an empty node port lets the API server pick.
const asNumber = (value: unknown) => (value === '' || value === undefined ? Number.NaN : Number(value));
const asOptionalNumber = (value: unknown) => (value === '' || value === undefined ? undefined : Number(value));

/** One port mapping: the Service's port, the container port it forwards to, and for NodePort the node's port. */
export function ServicePortFields({ form, index, nodePort, containerPorts, onRemove }: ServicePortFieldsProps) {
  const { register, formState } = form;
  const errors = formState.errors.ports?.[index];
  const id = (field: string) => `service-port-${index}-${field}`;
  const field = (name: 'name' | 'port' | 'targetPort' | 'nodePort') => ({
    id: id(name),
    'aria-invalid': errors?.[name] ? true : undefined,
    'aria-describedby': describedBy(id(name), { error: errors?.[name]?.message }),
  });
  return (
    <fieldset className="port-mapping">
      <legend>Port mapping {index + 1}</legend>
      <FormField id={id('name')} label="Name" error={errors?.name?.message}>
        <input autoComplete="off" {...field('name')} {...register(`ports.${index}.name`)} />
      </FormField>
      <FormField id={id('protocol')} label="Protocol">
        <select id={id('protocol')} {...register(`ports.${index}.protocol`)}>
          <option value="TCP">TCP</option>
          <option value="UDP">UDP</option>
          <option value="SCTP">SCTP</option>
        </select>
      </FormField>
      <FormField id={id('port')} label="Service Port" required error={errors?.port?.message}>
        <input type="number" {...field('port')} {...register(`ports.${index}.port`, { setValueAs: asNumber })} />
      </FormField>
      <FormField id={id('targetPort')} label="Container Port" required error={errors?.targetPort?.message}>
        <input
          type="number"
          list={containerPorts.length > 0 ? 'service-container-ports' : undefined}
          {...field('targetPort')}
          {...register(`ports.${index}.targetPort`, { setValueAs: asNumber })}
        />
      </FormField>
      {nodePort ? (
        <FormField id={id('nodePort')} label="Node Port" error={errors?.nodePort?.message}>
          <input
            type="number"
            placeholder="30000–32767, or empty to have one assigned"
            {...field('nodePort')}
            {...register(`ports.${index}.nodePort`, { setValueAs: asOptionalNumber })}
          />
        </FormField>
      ) : null}
      {onRemove ? (
        <button type="button" className="button-link danger" onClick={onRemove}>
          Remove port mapping {index + 1}
        </button>
      ) : null}
    </fieldset>
  );
}
