import { secretUpdateRequest, type SecretDetail, type SecretForm } from '@berth/contracts';
import { useState } from 'react';
import { useFieldArray, useForm } from 'react-hook-form';
import { useAnnounce } from '../../../shared/ui/announcer';
import { applyServerErrors } from '../../../shared/ui/apply-server-errors';
import { Modal } from '../../../shared/ui/modal';
import { useUnsavedChanges } from '../../../shared/ui/modal-context';
import { useUpdateSecret } from '../api/update-secret';
import { RegistryFieldset } from './registry-fieldset';
import { ModalFooter } from '../../../shared/ui/modal-footer';

interface EditSecretDialogProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  secret: SecretDetail;
  /** Called once the change is saved (the page a link came from is shown again). */
  onSaved?: () => void;
}

/** Rotate a password or change a registry; an empty password keeps the stored one. */
export function EditSecretDialog({ open, onOpenChange, secret, onSaved }: EditSecretDialogProps) {
  return (
    <Modal open={open} onOpenChange={onOpenChange} title={`Edit secret ${secret.name}`} wide>
      {open ? (
        <EditSecretForm
          secret={secret}
          onDone={(saved) => {
            if (saved && onSaved) onSaved();
            else onOpenChange(false);
          }}
        />
      ) : null}
    </Modal>
  );
}

function EditSecretForm({ secret, onDone }: { secret: SecretDetail; onDone: (saved: boolean) => void }) {
  const form = useForm<SecretForm>({
    defaultValues: {
      name: secret.name,
      namespace: secret.namespace,
      registries: secret.registries.map((r) => ({ ...r, password: '', email: r.email ?? '' })),
    },
  });
  const registries = useFieldArray({ control: form.control, name: 'registries' });
  const update = useUpdateSecret();
  const announce = useAnnounce();
  const [formError, setFormError] = useState<string>();
  // A legacy dockercfg secret keeps its type (the API server refuses to change it) unless the user asks to convert it.
  const legacy = secret.type === 'kubernetes.io/dockercfg';
  const [convert, setConvert] = useState(false);
  useUnsavedChanges(form.formState.isDirty);

  const onSubmit = form.handleSubmit(async (values) => {
    const request = secretUpdateRequest.safeParse({
      registries: values.registries.map(({ server, username, password, email }) => ({
        server,
        username,
        ...(password === '' ? {} : { password }),
        ...(email ? { email } : {}),
      })),
      ...(legacy && convert ? { convertTo: 'kubernetes.io/dockerconfigjson' } : {}),
    });
    if (!request.success) {
      request.error.issues.forEach((issue) =>
        form.setError(issue.path.join('.') as 'registries', { type: 'validate', message: issue.message }),
      );
      return;
    }
    try {
      await update.mutateAsync({ namespace: secret.namespace, name: secret.name, request: request.data });
      announce(`Secret ${secret.name} updated`);
      onDone(true);
    } catch (error) {
      setFormError(applyServerErrors(error, form.setError, ['registries']));
    }
  });

  return (
    <form onSubmit={(e) => void onSubmit(e)} noValidate className="form">
      {registries.fields.map((field, index) => (
        <RegistryFieldset
          key={field.id}
          form={form}
          index={index}
          passwordOptional
          {...(registries.fields.length > 1 ? { onRemove: () => registries.remove(index) } : {})}
        />
      ))}
      <button
        type="button"
        className="button-link"
        onClick={() => registries.append({ server: '', username: '', password: '', email: '' })}
      >
        Add another registry
      </button>
      {legacy ? (
        <label>
          <input type="checkbox" checked={convert} onChange={(e) => setConvert(e.target.checked)} /> Convert to
          kubernetes.io/dockerconfigjson (the secret is deleted and created again under the same name; it is kept as
          kubernetes.io/dockercfg otherwise)
        </label>
      ) : null}
      <ModalFooter error={formError}>
        <button type="submit" className="button button-primary" disabled={form.formState.isSubmitting}>
          Save
        </button>
      </ModalFooter>
    </form>
  );
}
