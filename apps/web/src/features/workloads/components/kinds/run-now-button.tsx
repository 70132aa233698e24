import { useId } from 'react';
import { forbiddenReason, useNamespacePermissions } from '../../../../shared/api/permissions';
import { useAnnounce } from '../../../../shared/ui/announcer';
import { useRunCronJob } from '../../api/run-cronjob';

/** Run a CronJob now, off its schedule: needs `create jobs`; when RBAC refuses it, the button says so. */
export function RunNowButton({ namespace, name, disabled }: { namespace: string; name: string; disabled: boolean }) {
  const run = useRunCronJob();
  const announce = useAnnounce();
  const { createJobs } = useNamespacePermissions(namespace);
  const forbiddenId = useId();
  return (
    <>
      <button
        type="button"
        className="button"
        disabled={disabled || !createJobs || run.isPending}
        aria-describedby={createJobs ? undefined : forbiddenId}
        onClick={() => run.mutate({ namespace, name }, { onSuccess: (job) => announce(`Job ${job.name} started`) })}
      >
        Run now
      </button>
      {createJobs ? null : (
        <span id={forbiddenId} className="field-hint">
          {forbiddenReason('jobs', namespace)}
        </span>
      )}
      {run.isError ? (
        <span role="alert" className="field-error">
          Could not run {name}: {run.error.message}
        </span>
      ) : null}
    </>
  );
}
