import {
  dnsSubdomainMaxLength,
  dnsSubdomainProblems,
  dockerConfigJsonType,
  secretForm,
  type SecretForm,
} from '@berth/contracts';
import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useFieldArray, useForm, useWatch } from 'react-hook-form';
import { useNamespaces } from '../../../shared/api/namespaces';
import { useClusterReachable } from '../../../shared/api/use-cluster-reachable';
import { useAnnounce } from '../../../shared/ui/announcer';
import { applyServerErrors } from '../../../shared/ui/apply-server-errors';
import { describedBy, FormField } from '../../../shared/ui/form-field';
import { Modal } from '../../../shared/ui/modal';
import { useUnsavedChanges } from '../../../shared/ui/modal-context';
import { useCreateSecret } from '../api/create-secret';
import { ImportConfigJson } from './import-config-json';
import { RegistryFieldset } from './registry-fieldset';
import { SecretPreview } from './secret-preview';
import { ModalFooter } from '../../../shared/ui/modal-footer';

interface CreateSecretDialogProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  namespace: string;
  /** Called with the new secret's name once it exists (the workload form selects it). */
  onCreated?: (name: string) => void;
  /** What the user came to create (a missing secret's name, the image's registry): the form starts with it. */
  initial?: { name?: string | undefined; server?: string | undefined };
}

const emptyRegistry = { server: '', username: '', password: '', email: '' };

/** CCE's Create Secret dialog: Name, namespace, the fixed Secret Type, and the Data of one or more registries. */
export function CreateSecretDialog({ open, onOpenChange, namespace, onCreated, initial }: CreateSecretDialogProps) {
  return (
    <Modal open={open} onOpenChange={onOpenChange} title="Create Secret" wide>
      {open ? (
        <CreateSecretForm
          namespace={namespace}
          onDone={() => onOpenChange(false)}
          {...(onCreated ? { onCreated } : {})}
          {...(initial ? { initial } : {})}
        />
      ) : null}
    </Modal>
  );
}

function CreateSecretForm({
  namespace,
  onDone,
  onCreated,
  initial,
}: {
  namespace: string;
  onDone: () => void;
  onCreated?: (name: string) => void;
  initial?: CreateSecretDialogProps['initial'];
}) {
  const form = useForm<SecretForm>({
    resolver: zodResolver(secretForm),
    mode: 'onChange',
    defaultValues: {
      name: initial?.name ?? '',
      namespace,
      registries: [{ ...emptyRegistry, server: initial?.server ?? '' }],
    },
  });
  const { register, handleSubmit, formState, setError, control, reset } = form;
  const registries = useFieldArray({ control, name: 'registries' });
  const namespaces = useNamespaces();
  const reachable = useClusterReachable();
  const announce = useAnnounce();
  const create = useCreateSecret();
  const [formError, setFormError] = useState<string>();
  useUnsavedChanges(formState.isDirty);
  const [name, formNamespace, formRegistries] = useWatch({ control, name: ['name', 'namespace', 'registries'] });
  const values = { name, namespace: formNamespace, registries: formRegistries };
  // Every problem with the name at once, in the contracts' words; a server answer (duplicate name) replaces them.
  const nameIssue = formState.errors.name;
  const nameError =
    nameIssue?.type === 'server'
      ? nameIssue.message
      : nameIssue
        ? dnsSubdomainProblems(values.name).join('; ')
        : undefined;

  const onSubmit = handleSubmit(async (values) => {
    setFormError(undefined);
    try {
      const secret = await create.mutateAsync(values);
      announce(`Secret ${secret.name} created`);
      onCreated?.(secret.name);
      onDone();
    } catch (error) {
      setFormError(applyServerErrors(error, setError, ['name', 'namespace', 'registries']));
    }
  });

  const namespaceNames = namespaces.data?.items.map((n) => n.name) ?? [];
  return (
    // The dialog may sit inside another form's React tree (Create Workload): keep its submit to itself.
    <form
      onSubmit={(e) => {
        e.stopPropagation();
        void onSubmit(e);
      }}
      noValidate
      className="form"
    >
      <FormField
        id="secret-name"
        label="Name"
        required
        error={nameError}
        hint={
          <>
            <span>Starts and ends with a lowercase letter or digit; lowercase letters, digits, '-' and '.' only.</span>{' '}
            <span aria-label={`${values.name.length} of ${dnsSubdomainMaxLength} characters`}>
              {values.name.length}/{dnsSubdomainMaxLength}
            </span>
          </>
        }
      >
        <input
          id="secret-name"
          autoComplete="off"
          aria-invalid={nameError ? true : undefined}
          aria-describedby={describedBy('secret-name', { error: nameError, hint: true })}
          {...register('name')}
        />
      </FormField>
      <FormField id="secret-namespace" label="Namespace" required error={formState.errors.namespace?.message}>
        <select id="secret-namespace" {...register('namespace')}>
          {(namespaceNames.includes(namespace) ? namespaceNames : [namespace, ...namespaceNames]).map((n) => (
            <option key={n} value={n}>
              {n}
            </option>
          ))}
        </select>
      </FormField>
      <FormField id="secret-type" label="Secret Type" hint="Used to authenticate when third-party images are pulled.">
        <input id="secret-type" value={dockerConfigJsonType} readOnly aria-describedby="secret-type-hint" />
      </FormField>
      <div className="field">
        <span className="field-label" id="secret-data-label">
          <span className="required" aria-hidden="true">
            *{' '}
          </span>
          Data
        </span>
        <div className="field-control" role="group" aria-labelledby="secret-data-label">
          <ImportConfigJson
            onImport={(entries) =>
              reset(
                { ...form.getValues(), registries: entries.map((e) => ({ ...emptyRegistry, ...e })) },
                // Imported registries are typed data too: compared with the empty form, so closing asks first.
                { keepDefaultValues: true },
              )
            }
          />
          {registries.fields.map((field, index) => (
            <RegistryFieldset
              key={field.id}
              form={form}
              index={index}
              {...(registries.fields.length > 1 ? { onRemove: () => registries.remove(index) } : {})}
            />
          ))}
          <button type="button" className="button-link" onClick={() => registries.append(emptyRegistry)}>
            Add another registry
          </button>
        </div>
      </div>
      <SecretPreview form={values} />
      <ModalFooter error={formError}>
        <button type="submit" className="button button-primary" disabled={formState.isSubmitting || !reachable}>
          {formState.isSubmitting ? 'Creating…' : 'OK'}
        </button>
      </ModalFooter>
    </form>
  );
}
