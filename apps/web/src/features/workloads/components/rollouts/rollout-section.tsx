import { useId, useState } from 'react';
import {
  rolloutKinds,
  rolloutPlurals,
  type RolloutPlural,
  type RolloutProgress,
  type WorkloadRevision,
} from '@berth/contracts';
import { useNamespacePermissions } from '../../../../shared/api/permissions';
import { useAnnounce } from '../../../../shared/ui/announcer';
import { ErrorState, LoadingState } from '../../../../shared/ui/query-state';
import { useRevisions } from '../../api/get-revisions';
import { useRolloutAction } from '../../api/rollout-actions';
import { RestartDialog } from './restart-dialog';
import { RevisionsTable } from './revisions-table';
import { RollbackDialog } from './rollback-dialog';
import { RolloutProgressView } from './rollout-progress';

const patchPermissionOf = {
  deployments: 'patchDeployments',
  statefulsets: 'patchStatefulSets',
  daemonsets: 'patchDaemonSets',
} as const satisfies Record<RolloutPlural, string>;

/**
 * A Deployment's, StatefulSet's or DaemonSet's rollout: its progress live from the stream, its revisions, roll back,
 * restart, and pause and resume (Deployments only, as kubectl).
 */
export function RolloutSection({
  namespace,
  plural,
  name,
  progress,
  disabled,
}: {
  namespace: string;
  plural: RolloutPlural;
  name: string;
  /** The summary's rollout fields, which the stream keeps current. */
  progress: RolloutProgress | undefined;
  /** The cluster cannot be reached. */
  disabled: boolean;
}) {
  const titleId = useId();
  const kind = rolloutKinds[rolloutPlurals.indexOf(plural)] ?? 'Deployment';
  const revisions = useRevisions(namespace, plural, name);
  const mayPatch = useNamespacePermissions(namespace)[patchPermissionOf[plural]];
  const confirmed = useRolloutAction();
  const toggle = useRolloutAction();
  const announce = useAnnounce();
  const [restarting, setRestarting] = useState(false);
  const [target, setTarget] = useState<WorkloadRevision>();
  const paused = progress?.paused ?? revisions.data?.paused ?? false;
  const whyNot = !mayPatch
    ? `Your Kubernetes user may not change ${plural} in namespace ${namespace}`
    : paused
      ? 'Resume it first: kubectl does not roll back or restart a paused Deployment'
      : undefined;
  const enabled = !disabled && whyNot === undefined;
  const current = revisions.data?.revisions.find((r) => r.current);
  const close = () => {
    setRestarting(false);
    setTarget(undefined);
    confirmed.reset();
  };

  return (
    <section aria-labelledby={titleId}>
      <h2 id={titleId}>Rollout</h2>
      {progress ? <RolloutProgressView kind={kind} name={name} progress={progress} /> : null}
      <div className="actions">
        <button type="button" className="button" disabled={!enabled} title={whyNot} onClick={() => setRestarting(true)}>
          Restart
        </button>
        {plural === 'deployments' ? (
          <button
            type="button"
            className="button"
            disabled={disabled || !mayPatch || toggle.isPending}
            onClick={() =>
              toggle.mutate(
                { namespace, plural, name, do: { action: paused ? 'resume' : 'pause' } },
                { onSuccess: (answer) => announce(`${name} ${answer.result}`) },
              )
            }
          >
            {paused ? 'Resume' : 'Pause'}
          </button>
        ) : null}
      </div>
      {toggle.isError ? (
        <p role="alert" className="form-error">
          {toggle.error.message}
        </p>
      ) : null}
      <h3>Revisions</h3>
      {revisions.isPending ? (
        <LoadingState label={`Loading the revisions of ${name}…`} />
      ) : revisions.isError ? (
        <ErrorState error={revisions.error} forbidden={{ action: `list the revisions of ${name}`, namespace }} />
      ) : (
        <RevisionsTable
          revisions={revisions.data.revisions}
          canRollBack={enabled}
          whyNot={whyNot}
          onRollBack={setTarget}
        />
      )}
      <RollbackDialog
        name={name}
        current={current}
        target={target}
        pending={confirmed.isPending}
        error={confirmed.isError ? confirmed.error.message : undefined}
        onOpenChange={(open) => (open ? undefined : close())}
        onConfirm={() => {
          if (target === undefined) return;
          confirmed.mutate(
            { namespace, plural, name, do: { action: 'rollback', revision: target.revision } },
            {
              onSuccess: (answer) => {
                announce(
                  `${name}: ${answer.message === 'rolled back' ? `rolled back to revision ${target.revision}` : answer.message}`,
                );
                close();
              },
            },
          );
        }}
      />
      <RestartDialog
        name={name}
        open={restarting}
        pending={confirmed.isPending}
        error={confirmed.isError ? confirmed.error.message : undefined}
        onOpenChange={(open) => (open ? setRestarting(true) : close())}
        onConfirm={() =>
          confirmed.mutate(
            { namespace, plural, name, do: { action: 'restart' } },
            {
              onSuccess: () => {
                announce(`${name} restarted`);
                close();
              },
            },
          )
        }
      />
    </section>
  );
}
