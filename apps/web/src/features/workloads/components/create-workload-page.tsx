import { deploymentForm, dnsLabelMaxLength, type DeploymentForm, type SecretSummary } from '@berth/contracts';
import { zodResolver } from '@hookform/resolvers/zod';
import { useState, type ReactNode } from 'react';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { useNavigate } from 'react-router';
import type { z } from 'zod';
import { useSecrets } from '../../../shared/api/list-secrets';
import { useNamespaces } from '../../../shared/api/namespaces';
import { useClusterReachable } from '../../../shared/api/use-cluster-reachable';
import { useAnnounce } from '../../../shared/ui/announcer';
import { applyServerErrors } from '../../../shared/ui/apply-server-errors';
import { describedBy, FormField } from '../../../shared/ui/form-field';
import { useCreateDeployment } from '../api/create-deployment';
import { imageHints } from '../lib/image-hints';
import { CheckImage } from './check-image';
import { CredentialPicker } from './credential-picker';
import { ImageHintList } from './image-hint-list';
import { WorkloadPreview } from './workload-preview';

export interface CreateSecretSlotProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  namespace: string;
  onCreated: (name: string) => void;
}

type WorkloadFormInput = z.input<typeof deploymentForm>;

/** CCE's Create Workload page for a Deployment; the Create Secret dialog is passed in by the app, since features do not import each other. */
export function CreateWorkloadPage({
  namespace,
  renderCreateSecret,
}: {
  namespace: string;
  renderCreateSecret?: (props: CreateSecretSlotProps) => ReactNode;
}) {
  const form = useForm<WorkloadFormInput, unknown, DeploymentForm>({
    resolver: zodResolver(deploymentForm),
    mode: 'onChange',
    defaultValues: {
      name: '',
      namespace,
      replicas: 1,
      containers: [{ name: '', image: '', tag: '', imagePullPolicy: 'Always' }],
      imagePullSecrets: [],
    },
  });
  const { register, formState, control, setValue, setError, handleSubmit } = form;
  const navigate = useNavigate();
  const announce = useAnnounce();
  const create = useCreateDeployment();
  const reachable = useClusterReachable();
  const namespaces = useNamespaces();
  const [creatingSecret, setCreatingSecret] = useState(false);
  const [formError, setFormError] = useState<string>();
  const [name, chosenNamespace, replicas, containers, imagePullSecrets] = useWatch({
    control,
    name: ['name', 'namespace', 'replicas', 'containers', 'imagePullSecrets'],
  });
  const values = { name, namespace: chosenNamespace, replicas, containers, imagePullSecrets };
  const secrets = useSecrets(chosenNamespace);
  const selected = values.imagePullSecrets ?? [];
  const container = values.containers[0];
  const selectedSecrets = selected.flatMap(
    (name) => secrets.data?.items.find((s) => s.name === name) ?? [],
  ) satisfies SecretSummary[];
  const hints = imageHints(container?.image ?? '', container?.tag, selectedSecrets);
  const errors = formState.errors;
  const containerErrors = errors.containers?.[0];

  const onSubmit = handleSubmit(async (model) => {
    setFormError(undefined);
    try {
      const created = await create.mutateAsync(model);
      announce(`Workload ${created.name} created`);
      await navigate(
        `/namespaces/${encodeURIComponent(created.namespace)}/workloads/${encodeURIComponent(created.name)}`,
      );
    } catch (error) {
      setFormError(
        applyServerErrors(error, setError, ['name', 'namespace', 'replicas', 'containers', 'imagePullSecrets']),
      );
    }
  });

  const namespaceNames = namespaces.data?.items.map((n) => n.name) ?? [];
  return (
    <>
      <form
        onSubmit={(e) => void onSubmit(e)}
        noValidate
        className="form page-form"
        aria-labelledby="create-workload-title"
      >
        <h1 id="create-workload-title">Create Workload</h1>
        <section className="card" aria-labelledby="basic-info">
          <h2 id="basic-info">Basic Info</h2>
          <FormField id="workload-type" label="Workload Type">
            <input id="workload-type" value="Deployment" readOnly />
          </FormField>
          <FormField
            id="workload-name"
            label="Workload Name"
            required
            error={errors.name?.message}
            hint={`${values.name.length}/${dnsLabelMaxLength}; lowercase letters, digits and '-'`}
          >
            <input
              id="workload-name"
              autoComplete="off"
              aria-invalid={errors.name ? true : undefined}
              aria-describedby={describedBy('workload-name', { error: errors.name?.message, hint: true })}
              {...register('name')}
            />
          </FormField>
          <FormField id="workload-namespace" label="Namespace" required error={errors.namespace?.message}>
            <select
              id="workload-namespace"
              {...register('namespace', { onChange: () => setValue('imagePullSecrets', []) })}
            >
              {(namespaceNames.includes(namespace) ? namespaceNames : [namespace, ...namespaceNames]).map((n) => (
                <option key={n}>{n}</option>
              ))}
            </select>
          </FormField>
          <FormField id="workload-replicas" label="Pods" required error={errors.replicas?.message}>
            <input
              id="workload-replicas"
              type="number"
              min={0}
              max={1000}
              aria-invalid={errors.replicas ? true : undefined}
              aria-describedby={describedBy('workload-replicas', { error: errors.replicas?.message })}
              {...register('replicas', { valueAsNumber: true })}
            />
          </FormField>
        </section>
        <section className="card" aria-labelledby="container-settings">
          <h2 id="container-settings">Container Settings</h2>
          <h3>Container Information</h3>
          <h4>Basic Info</h4>
          <FormField id="container-name" label="Container Name" required error={containerErrors?.name?.message}>
            <input
              id="container-name"
              autoComplete="off"
              aria-invalid={containerErrors?.name ? true : undefined}
              aria-describedby={describedBy('container-name', { error: containerErrors?.name?.message })}
              {...register('containers.0.name')}
            />
          </FormField>
          <FormField
            id="image-name"
            label="Image Name"
            required
            error={containerErrors?.image?.message}
            hint={<ImageHintList id="image-hints" hints={hints} selectedCount={selected.length} />}
          >
            <input
              id="image-name"
              autoComplete="off"
              placeholder="www.example.com/janedoe/awesomeapp"
              aria-invalid={containerErrors?.image ? true : undefined}
              aria-describedby={describedBy('image-name', { error: containerErrors?.image?.message, hint: true })}
              {...register('containers.0.image')}
            />
          </FormField>
          <FormField
            id="image-tag"
            label="Image Tag"
            error={containerErrors?.tag?.message}
            hint="Empty means latest, unless the image names a tag or digest"
          >
            <input
              id="image-tag"
              aria-invalid={containerErrors?.tag ? true : undefined}
              autoComplete="off"
              aria-describedby={describedBy('image-tag', { error: containerErrors?.tag?.message, hint: true })}
              {...register('containers.0.tag')}
            />
          </FormField>
          <FormField id="pull-policy" label="Pull Policy">
            <select id="pull-policy" {...register('containers.0.imagePullPolicy')}>
              <option value="Always">Always</option>
              <option value="IfNotPresent">IfNotPresent</option>
              <option value="Never">Never</option>
            </select>
          </FormField>
          <Controller
            control={control}
            name="imagePullSecrets"
            render={({ field }) => (
              <CredentialPicker
                namespace={chosenNamespace}
                selected={field.value ?? []}
                onChange={field.onChange}
                {...(renderCreateSecret ? { onCreateSecret: () => setCreatingSecret(true) } : {})}
              />
            )}
          />
          <CheckImage namespace={chosenNamespace} image={hints?.written} imagePullSecrets={selected} />
        </section>
        <WorkloadPreview values={values} />
        {formError ? (
          <div role="alert" className="form-error">
            {formError}
          </div>
        ) : null}
        <div className="form-footer">
          <button type="button" className="button" onClick={() => void navigate(-1)}>
            Cancel
          </button>
          <button type="submit" className="button button-primary" disabled={formState.isSubmitting || !reachable}>
            {formState.isSubmitting ? 'Creating…' : 'Create Workload'}
          </button>
        </div>
      </form>
      {renderCreateSecret?.({
        open: creatingSecret,
        onOpenChange: setCreatingSecret,
        namespace: chosenNamespace,
        onCreated: (name) =>
          setValue('imagePullSecrets', [...selected.filter((s) => s !== name), name], { shouldValidate: true }),
      })}
    </>
  );
}
