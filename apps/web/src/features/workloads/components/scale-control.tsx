import { replicaCount, type WorkloadPlural } from '@berth/contracts';
import { useId, useState } from 'react';
import { usePatchWorkload } from '../api/change-workload';

/** Why `value` cannot be a number of pods, in the contracts' words (the BFF holds PATCH to the same rule). */
export function replicasProblem(value: string): string | undefined {
  if (value.trim() === '') return 'Enter a number of pods';
  const parsed = replicaCount.safeParse(Number(value));
  return parsed.success ? undefined : `Pods ${parsed.error.issues[0]?.message ?? 'must be a whole number'}`;
}

/** Scale: set the number of pods; a value it refuses says why beside the field. */
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
  const problem = replicasProblem(value);
  return (
    <form
      className="inline-form"
      // The browser's own bubble would refuse silently in some browsers and differently in each: the message is ours.
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        if (problem === undefined) patch.mutate({ namespace, plural, name, patch: { replicas: Number(value) } });
      }}
    >
      <label htmlFor={id}>Pods</label>
      <input
        id={id}
        type="number"
        min={0}
        max={1000}
        step={1}
        value={value}
        onChange={(e) => setValue(e.target.value)}
        aria-invalid={problem ? true : undefined}
        aria-describedby={problem ? `${id}-error` : `${id}-status`}
      />
      <button type="submit" className="button" disabled={disabled || patch.isPending}>
        Scale
      </button>
      {problem ? (
        <span id={`${id}-error`} role="alert" className="field-error">
          {problem}
        </span>
      ) : null}
      <span id={`${id}-status`} role="status">
        {patch.isSuccess ? `Scaled to ${patch.variables.patch.replicas ?? value}` : null}
        {patch.isError ? `Could not scale: ${patch.error.message}` : null}
      </span>
    </form>
  );
}
