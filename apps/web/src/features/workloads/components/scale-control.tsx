import type { WorkloadPlural } from '@berth/contracts';
import { useId, useState } from 'react';
import { usePatchWorkload } from '../api/change-workload';

/** Scale: set the number of pods. */
export function ScaleControl({
  namespace,
  plural = 'deployments',
  name,
  replicas,
  disabled,
}: {
  namespace: string;
  /** The kind's routes (`statefulsets`…); Deployments unless told. */
  plural?: WorkloadPlural;
  name: string;
  replicas: number;
  disabled: boolean;
}) {
  const id = useId();
  const [value, setValue] = useState(String(replicas));
  const patch = usePatchWorkload();
  const count = Number(value);
  const valid = value !== '' && Number.isInteger(count) && count >= 0 && count <= 1000;
  return (
    <form
      className="inline-form"
      onSubmit={(e) => {
        e.preventDefault();
        if (valid) patch.mutate({ namespace, plural, name, patch: { replicas: count } });
      }}
    >
      <label htmlFor={id}>Pods</label>
      <input
        id={id}
        type="number"
        min={0}
        max={1000}
        value={value}
        onChange={(e) => setValue(e.target.value)}
        aria-describedby={`${id}-status`}
      />
      <button type="submit" className="button" disabled={disabled || !valid || patch.isPending}>
        Scale
      </button>
      <span id={`${id}-status`} role="status">
        {patch.isSuccess ? `Scaled to ${patch.variables.patch.replicas ?? count}` : null}
        {patch.isError ? `Could not scale: ${patch.error.message}` : null}
      </span>
    </form>
  );
}
