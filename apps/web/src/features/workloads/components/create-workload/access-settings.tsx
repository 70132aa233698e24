import { serviceTypes, type ServiceFormInput } from '@berth/contracts';
import { useFieldArray, useFormContext, useWatch } from 'react-hook-form';
import { describedBy, FormField } from '../../../../shared/ui/form-field';
import { BoundField, useErrorAt } from './bound-field';
import { toOptionalNumber, type WorkloadFormInput } from './form-model';

type ServicePorts = ServiceFormInput['ports'];

/** The port mappings a new Service starts with: one per container port, forwarded to that port. */
export function portsFromContainers(containers: WorkloadFormInput['containers']): ServicePorts {
  const ports = containers.flatMap((c) => ('ports' in c && Array.isArray(c.ports) ? c.ports : []));
  return ports.map((p) => ({
    ...(typeof p.name === 'string' && p.name !== '' ? { name: p.name } : {}),
    protocol: p.protocol ?? 'TCP',
    port: p.containerPort,
    targetPort: p.containerPort,
  }));
}

/** CCE's Access Settings: an optional Service (ClusterIP, NodePort or Headless) in front of the pods. */
export function AccessSettings() {
  const { control, getValues, setValue } = useFormContext<WorkloadFormInput>();
  const service = useWatch({ control, name: 'service' });
  const choose = (type: string) => {
    if (type === 'None') return setValue('service', undefined, { shouldValidate: true });
    const serviceType = serviceTypes.find((t) => t === type) ?? 'ClusterIP';
    const current = getValues('service');
    setValue(
      'service',
      current
        ? { ...current, type: serviceType }
        : { name: getValues('name'), type: serviceType, ports: portsFromContainers(getValues('containers')) },
      { shouldValidate: true },
    );
  };
  return (
    <section className="card" aria-labelledby="access-settings">
      <h2 id="access-settings">Access Settings</h2>
      <FormField id="service-type" label="Service" hint="How other pods (and, with NodePort, clients outside) reach it">
        <select
          id="service-type"
          aria-describedby={describedBy('service-type', { hint: true })}
          value={service?.type ?? 'None'}
          onChange={(e) => choose(e.target.value)}
        >
          <option value="None">None</option>
          {serviceTypes.map((t) => (
            <option key={t}>{t}</option>
          ))}
        </select>
      </FormField>
      {service ? (
        <>
          <BoundField id="access-service-name" label="Service Name" path="service.name" required />
          <ServicePortRows nodePort={service.type === 'NodePort'} />
        </>
      ) : null}
    </section>
  );
}

function ServicePortRows({ nodePort }: { nodePort: boolean }) {
  const { control } = useFormContext<WorkloadFormInput>();
  const { fields, append, remove } = useFieldArray({ control, name: 'service.ports' });
  const rootError = useErrorAt('service.ports.root');
  const listError = useErrorAt('service.ports');
  return (
    <fieldset className="picker">
      <legend>Port Settings</legend>
      {fields.map((field, i) => (
        <div key={field.id} className="key-value-row">
          <BoundField
            id={`service-port-${i}-protocol`}
            label={`Port ${i + 1} protocol`}
            path={`service.ports.${i}.protocol`}
            options={['TCP', 'UDP', 'SCTP']}
          />
          <BoundField id={`service-port-${i}-name`} label={`Port ${i + 1} name`} path={`service.ports.${i}.name`} />
          <BoundField
            id={`service-port-${i}-target`}
            label={`Port ${i + 1} container port`}
            path={`service.ports.${i}.targetPort`}
            type="number"
            setValueAs={toOptionalNumber}
          />
          <BoundField
            id={`service-port-${i}-port`}
            label={`Port ${i + 1} service port`}
            path={`service.ports.${i}.port`}
            type="number"
            setValueAs={toOptionalNumber}
          />
          {nodePort ? (
            <BoundField
              id={`service-port-${i}-node-port`}
              label={`Port ${i + 1} node port`}
              path={`service.ports.${i}.nodePort`}
              type="number"
              hint="30000-32767; empty picks one"
              setValueAs={toOptionalNumber}
            />
          ) : null}
          <button type="button" className="button-link" onClick={() => remove(i)}>
            Delete port {i + 1}
          </button>
        </div>
      ))}
      {(rootError ?? listError) ? (
        <div role="alert" className="field-error">
          {rootError ?? listError}
        </div>
      ) : null}
      <button
        type="button"
        className="button-link"
        onClick={() => append({ protocol: 'TCP', port: Number.NaN, targetPort: Number.NaN })}
      >
        Add Port
      </button>
    </fieldset>
  );
}
