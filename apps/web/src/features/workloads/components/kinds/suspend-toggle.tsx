import { usePatchWorkload } from '../../api/change-workload';

/** Suspend or resume a CronJob (`spec.suspend`): a suspended one starts no new Jobs; running ones go on. */
export function SuspendToggle({
  namespace,
  name,
  suspend,
  disabled,
}: {
  namespace: string;
  name: string;
  suspend: boolean;
  disabled: boolean;
}) {
  const patch = usePatchWorkload();
  return (
    <>
      <button
        type="button"
        className="button"
        disabled={disabled || patch.isPending}
        onClick={() => patch.mutate({ namespace, plural: 'cronjobs', name, patch: { suspend: !suspend } })}
      >
        {suspend ? 'Resume' : 'Suspend'}
      </button>
      {patch.isError ? (
        <span role="alert" className="field-error">
          Could not {suspend ? 'resume' : 'suspend'}: {patch.error.message}
        </span>
      ) : null}
    </>
  );
}
