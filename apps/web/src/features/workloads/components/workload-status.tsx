import type { DeploymentStatus } from '@berth/contracts';

/** Running / Processing / Unavailable / Failed, with the reason (e.g. ImagePullBackOff) beside it. */
export function WorkloadStatus({ status, reason }: { status: DeploymentStatus; reason?: string | undefined }) {
  return (
    <span className={`status status-${status.toLowerCase()}`}>
      <span className="status-dot" aria-hidden="true" />
      {status}
      {reason ? <span className="status-reason"> ({reason})</span> : null}
    </span>
  );
}
