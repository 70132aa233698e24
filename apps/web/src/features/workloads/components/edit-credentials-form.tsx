import type { WorkloadPlural } from '@berth/contracts';
import { useEffect, useRef, useState } from 'react';
import { usePatchWorkload } from '../api/change-workload';
import { CredentialPicker } from './credential-picker';

interface EditCredentialsFormProps {
  namespace: string;
  /** The kind's routes (`statefulsets`…); Deployments unless told. */
  plural?: WorkloadPlural;
  name: string;
  imagePullSecrets: string[];
  onDone: () => void;
}

/** Change the Image Access Credential of a running workload; new pods pull with the new choice. */
export function EditCredentialsForm({
  namespace,
  plural = 'deployments',
  name,
  imagePullSecrets,
  onDone,
}: EditCredentialsFormProps) {
  const [selected, setSelected] = useState(imagePullSecrets);
  const patch = usePatchWorkload();
  const wrapper = useRef<HTMLFormElement>(null);
  useEffect(() => wrapper.current?.querySelector<HTMLElement>('input, button')?.focus(), []);
  return (
    <form
      ref={wrapper}
      className="card"
      onSubmit={(e) => {
        e.preventDefault();
        patch.mutate({ namespace, plural, name, patch: { imagePullSecrets: selected } }, { onSuccess: onDone });
      }}
    >
      <CredentialPicker namespace={namespace} selected={selected} onChange={setSelected} />
      <div className="actions">
        <button type="submit" className="button button-primary" disabled={patch.isPending}>
          Save credentials
        </button>
        <button type="button" className="button" onClick={onDone}>
          Cancel
        </button>
      </div>
      {patch.isError ? (
        <p role="alert" className="field-error">
          {patch.error.message}
        </p>
      ) : null}
    </form>
  );
}
