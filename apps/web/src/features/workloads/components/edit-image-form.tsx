import { InvalidImageReferenceError, parseImageReference, type WorkloadPlural } from '@berth/contracts';
import { useEffect, useId, useRef, useState } from 'react';
import { usePatchWorkload } from '../api/change-workload';

interface EditImageFormProps {
  namespace: string;
  /** The kind's routes (`statefulsets`…); Deployments unless told. */
  plural?: WorkloadPlural;
  name: string;
  container: string;
  image: string;
  onDone: () => void;
}

function imageProblem(image: string): string | undefined {
  try {
    parseImageReference(image);
    return undefined;
  } catch (error) {
    return error instanceof InvalidImageReferenceError ? error.reason : 'not a valid image reference';
  }
}

/** Edit image: a new reference for one container; it gets focus when opened from the pull explainer. */
export function EditImageForm({
  namespace,
  plural = 'deployments',
  name,
  container,
  image,
  onDone,
}: EditImageFormProps) {
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [value, setValue] = useState(image);
  const patch = usePatchWorkload();
  const problem = value === image ? undefined : imageProblem(value.trim());
  useEffect(() => input.current?.focus(), []);
  return (
    <form
      className="inline-form card"
      onSubmit={(e) => {
        e.preventDefault();
        if (problem === undefined)
          patch.mutate(
            { namespace, plural, name, patch: { image: { container, image: value.trim() } } },
            { onSuccess: onDone },
          );
      }}
    >
      <label htmlFor={id}>Image of container {container}</label>
      <input
        ref={input}
        id={id}
        value={value}
        onChange={(e) => setValue(e.target.value)}
        aria-invalid={problem ? true : undefined}
        aria-describedby={problem ? `${id}-error` : undefined}
      />
      <button type="submit" className="button button-primary" disabled={problem !== undefined || patch.isPending}>
        Save image
      </button>
      <button type="button" className="button" onClick={onDone}>
        Cancel
      </button>
      {problem ? (
        <span id={`${id}-error`} role="alert" className="field-error">
          {problem}
        </span>
      ) : null}
      {patch.isError ? (
        <span role="alert" className="field-error">
          {patch.error.message}
        </span>
      ) : null}
    </form>
  );
}
