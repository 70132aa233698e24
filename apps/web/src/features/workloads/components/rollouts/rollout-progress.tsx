import { rolloutStatus, type RolloutKind, type RolloutProgress } from '@berth/contracts';

/** Live from the stream: new pods ready of desired, old pods left, and what `kubectl rollout status` would say. */
export function RolloutProgressView({
  kind,
  name,
  progress,
}: {
  kind: RolloutKind;
  name: string;
  progress: RolloutProgress;
}) {
  const status = rolloutStatus(kind, name, progress);
  // Pods on the new template that are ready: all updated ones once no old pod is left, else at most the ready ones.
  const newReady = Math.min(progress.updated, progress.ready);
  return (
    <div className="rollout-progress">
      <dl className="facts">
        <dt>New pods ready</dt>
        <dd>
          <progress max={Math.max(progress.desired, 1)} value={newReady} aria-label="New pods ready" /> {newReady} of{' '}
          {progress.desired}
        </dd>
        <dt>Old pods left</dt>
        <dd>{status.oldLeft}</dd>
        {progress.paused ? (
          <>
            <dt>Paused</dt>
            <dd>Yes: template changes wait until it is resumed</dd>
          </>
        ) : null}
      </dl>
      <p role="status" className={status.done ? 'status-message' : 'status-message warning'}>
        {status.message}
      </p>
    </div>
  );
}
