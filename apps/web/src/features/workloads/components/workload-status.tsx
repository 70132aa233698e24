/**
 * The console's one word for a workload (Running, Processing, Degraded (partly available), Unavailable, Failed; a Job's Complete; a CronJob's
 * Scheduled, Active, Suspended), with the reason (e.g. ImagePullBackOff, BackoffLimitExceeded) beside it.
 */
export function WorkloadStatus({ status, reason }: { status: string; reason?: string | undefined }) {
  return (
    <span className={`status status-${status.toLowerCase()}`}>
      <span className="status-dot" aria-hidden="true" />
      {status}
      {reason ? <span className="status-reason"> ({reason})</span> : null}
    </span>
  );
}
