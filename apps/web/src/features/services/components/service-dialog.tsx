import {
  serviceFieldPath,
  serviceForm,
  toServiceManifest,
  type ServiceForm,
  type ServiceFormInput,
  type ServiceType,
} from '@berth/contracts';
import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useFieldArray, useForm, useWatch, type DefaultValues, type FieldPath } from 'react-hook-form';
import { ApiError } from '../../../shared/api/api-error';
import { useAnnounce } from '../../../shared/ui/announcer';
import { describedBy, FormField } from '../../../shared/ui/form-field';
import { Modal } from '../../../shared/ui/modal';
import { useUnsavedChanges } from '../../../shared/ui/modal-context';
import { ModalFooter } from '../../../shared/ui/modal-footer';
import { useCreateService } from '../api/create-service';
import { usePatchService } from '../api/patch-service';
import type { ContainerPort } from '../lib/access';
import { ServicePortFields } from './service-port-fields';

export interface ServiceDialogProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  namespace: string;
  selector: Readonly<Record<string, string>>;
  containerPorts: readonly ContainerPort[];
  values: DefaultValues<ServiceFormInput>;
  /** Editing an existing Service: its name is fixed, and so is whether it is headless (its cluster IP). */
  editing?: boolean;
}

/** Add a Service for the workload's pods, or change one's type and port mappings. */
export function ServiceDialog(props: ServiceDialogProps) {
  const { open, onOpenChange, editing, values } = props;
  const title = editing ? `Edit Service ${values.name ?? ''}` : 'Add Service';
  return (
    <Modal open={open} onOpenChange={onOpenChange} title={title} wide>
      {open ? <ServiceFormBody {...props} onDone={() => onOpenChange(false)} /> : null}
    </Modal>
  );
}

const formFields = ['name', 'type', 'ports'];

function ServiceFormBody({
  namespace,
  selector,
  containerPorts,
  values,
  editing,
  onDone,
}: ServiceDialogProps & { onDone: () => void }) {
  const form = useForm<ServiceFormInput, unknown, ServiceForm>({
    resolver: zodResolver(serviceForm),
    defaultValues: values,
  });
  const ports = useFieldArray({ control: form.control, name: 'ports' });
  const create = useCreateService();
  const patch = usePatchService();
  const announce = useAnnounce();
  const [formError, setFormError] = useState<string>();
  useUnsavedChanges(form.formState.isDirty);
  const type = useWatch({ control: form.control, name: 'type' });
  const errors = form.formState.errors;
  const headless = values.type === 'Headless';
  // A Service's cluster IP is set once: editing may switch ClusterIP and NodePort, never to or from headless.
  const types: ServiceType[] = !editing
    ? ['ClusterIP', 'NodePort', 'Headless']
    : headless
      ? ['Headless']
      : ['ClusterIP', 'NodePort'];

  const onSubmit = form.handleSubmit(async (service) => {
    setFormError(undefined);
    try {
      if (editing) {
        await patch.mutateAsync({ namespace, name: service.name, patch: { type: service.type, ports: service.ports } });
        announce(`Service ${service.name} updated`);
      } else {
        await create.mutateAsync({
          namespace,
          manifest: toServiceManifest(service, { namespace, selector: { ...selector } }),
        });
        announce(`Service ${service.name} created`);
      }
      onDone();
    } catch (error) {
      setFormError(
        showServerErrors(error, (path, message, first) =>
          form.setError(path as FieldPath<ServiceFormInput>, { type: 'server', message }, { shouldFocus: first }),
        ),
      );
    }
  });

  return (
    <form onSubmit={(e) => void onSubmit(e)} noValidate className="form">
      <FormField id="service-name" label="Service Name" required error={errors.name?.message}>
        <input
          id="service-name"
          autoComplete="off"
          readOnly={editing}
          aria-invalid={errors.name ? true : undefined}
          aria-describedby={describedBy('service-name', { error: errors.name?.message })}
          {...form.register('name')}
        />
      </FormField>
      <FormField id="service-type" label="Access Type" required error={errors.type?.message}>
        <select
          id="service-type"
          {...form.register('type', {
            // Node ports belong to NodePort Services only: leaving that type clears them, so none hides in the form.
            onChange: () => ports.fields.forEach((_, i) => form.setValue(`ports.${i}.nodePort`, undefined)),
          })}
        >
          {types.map((t) => (
            <option key={t} value={t}>
              {t}
            </option>
          ))}
        </select>
      </FormField>
      {containerPorts.length > 0 ? (
        <datalist id="service-container-ports">
          {containerPorts.map((c) => (
            <option key={`${c.containerPort}/${c.protocol}`} value={c.containerPort}>
              {c.name ?? `${c.containerPort}/${c.protocol}`}
            </option>
          ))}
        </datalist>
      ) : null}
      {ports.fields.map((field, index) => (
        <ServicePortFields
          key={field.id}
          form={form}
          index={index}
          nodePort={type === 'NodePort'}
          containerPorts={containerPorts}
          {...(ports.fields.length > 1 ? { onRemove: () => ports.remove(index) } : {})}
        />
      ))}
      {(errors.ports?.message ?? errors.ports?.root?.message) ? (
        <p role="alert" className="form-error">
          {errors.ports.message ?? errors.ports.root?.message}
        </p>
      ) : null}
      <button
        type="button"
        className="button-link"
        // NaN is an empty number box, as the port fields read one back.
        onClick={() => ports.append({ name: '', protocol: 'TCP', port: Number.NaN, targetPort: Number.NaN })}
      >
        Add port mapping
      </button>
      <ModalFooter error={formError}>
        <button type="submit" className="button button-primary" disabled={form.formState.isSubmitting}>
          {editing ? 'Save' : 'Create'}
        </button>
      </ModalFooter>
    </form>
  );
}

/** The server's field errors under their fields (API paths such as `spec.ports[0].nodePort` mapped to the form's); the rest for the form. */
function showServerErrors(
  error: unknown,
  setError: (path: string, message: string, first: boolean) => void,
): string | undefined {
  if (!(error instanceof ApiError)) return error instanceof Error ? error.message : 'Something went wrong';
  const known = error.fields
    .map((f) => ({ path: serviceFieldPath(f.path), message: f.message }))
    .filter((f) => formFields.some((name) => f.path === name || f.path.startsWith(`${name}.`)));
  known.forEach((f, i) => setError(f.path, f.message, i === 0));
  return known.length === 0 ? error.message : undefined;
}
