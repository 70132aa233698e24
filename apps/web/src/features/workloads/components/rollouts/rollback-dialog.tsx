import type { WorkloadRevision } from '@berth/contracts';
import { Modal } from '../../../../shared/ui/modal';
import { ModalFooter } from '../../../../shared/ui/modal-footer';
import { revisionChanges } from '../../lib/revision-changes';

/** "Roll back to revision N?" naming what changes (image A → B, credentials), as `kubectl rollout undo` would apply it. */
export function RollbackDialog({
  name,
  current,
  target,
  pending,
  error,
  onOpenChange,
  onConfirm,
}: {
  name: string;
  current: WorkloadRevision | undefined;
  target: WorkloadRevision | undefined;
  pending: boolean;
  error?: string | undefined;
  onOpenChange: (open: boolean) => void;
  onConfirm: () => void;
}) {
  const changes = target ? revisionChanges(current, target) : [];
  return (
    <Modal
      open={target !== undefined}
      onOpenChange={onOpenChange}
      title={`Roll back ${name} to revision ${target?.revision ?? ''}?`}
      description="Its pods are replaced by pods of that revision's template, as kubectl rollout undo does."
    >
      {changes.length === 0 ? (
        <p>The images and credentials stay the same; only the rest of the pod template changes.</p>
      ) : (
        <ul aria-label="What changes">
          {changes.map((c) => (
            <li key={c.what}>
              {c.what}: {c.from} → {c.to}
            </li>
          ))}
        </ul>
      )}
      <ModalFooter error={error}>
        <button type="button" className="button button-primary" disabled={pending} onClick={onConfirm}>
          Roll back
        </button>
      </ModalFooter>
    </Modal>
  );
}
