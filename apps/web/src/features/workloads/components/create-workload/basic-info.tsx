import { dnsLabelMaxLength, type WorkloadKind } from '@berth/contracts';
import { useFormContext, useWatch } from 'react-hook-form';
import { useNamespaces } from '../../../../shared/api/namespaces';
import { describedBy, FormField } from '../../../../shared/ui/form-field';
import { BoundField, useErrorAt } from './bound-field';
import { hasReplicas, toOptionalNumber, type WorkloadFormInput } from './form-model';
import { KindPicker } from './kind-picker';

/** CCE's Basic Info: the workload type, its name and namespace, and the pod count where the kind has one. */
export function BasicInfo({
  kind,
  namespace,
  onKindChange,
}: {
  kind: WorkloadKind;
  namespace: string;
  onKindChange: (kind: WorkloadKind) => void;
}) {
  const { register, setValue, control } = useFormContext<WorkloadFormInput>();
  const name = useWatch({ control, name: 'name' });
  const nameError = useErrorAt('name');
  const namespaceError = useErrorAt('namespace');
  const namespaces = useNamespaces().data?.items.map((n) => n.name) ?? [];
  return (
    <section className="card" aria-labelledby="basic-info">
      <h2 id="basic-info">Basic Info</h2>
      <KindPicker kind={kind} onChange={onKindChange} />
      <FormField
        id="workload-name"
        label="Workload Name"
        required
        error={nameError}
        hint={`${name.length}/${dnsLabelMaxLength}; lowercase letters, digits and '-'`}
      >
        <input
          id="workload-name"
          autoComplete="off"
          aria-invalid={nameError ? true : undefined}
          aria-describedby={describedBy('workload-name', { error: nameError, hint: true })}
          {...register('name')}
        />
      </FormField>
      <FormField id="workload-namespace" label="Namespace" required error={namespaceError}>
        <select
          id="workload-namespace"
          {...register('namespace', { onChange: () => setValue('imagePullSecrets', []) })}
        >
          {(namespaces.includes(namespace) ? namespaces : [namespace, ...namespaces]).map((n) => (
            <option key={n}>{n}</option>
          ))}
        </select>
      </FormField>
      {hasReplicas(kind) ? (
        <BoundField
          id="workload-replicas"
          label="Pods"
          path="replicas"
          type="number"
          required
          setValueAs={toOptionalNumber}
        />
      ) : null}
    </section>
  );
}
