import { Modal } from '../../../../shared/ui/modal';
import { ModalFooter } from '../../../../shared/ui/modal-footer';

/** "Restart X?": `kubectl rollout restart`, new pods replace the old ones by the workload's update strategy. */
export function RestartDialog({
  name,
  open,
  pending,
  error,
  onOpenChange,
  onConfirm,
}: {
  name: string;
  open: boolean;
  pending: boolean;
  error?: string | undefined;
  onOpenChange: (open: boolean) => void;
  onConfirm: () => void;
}) {
  return (
    <Modal
      open={open}
      onOpenChange={onOpenChange}
      title={`Restart ${name}?`}
      description="New pods replace the old ones, a few at a time as its update strategy allows (kubectl rollout restart)."
    >
      <ModalFooter error={error}>
        <button type="button" className="button button-primary" disabled={pending} onClick={onConfirm}>
          Restart
        </button>
      </ModalFooter>
    </Modal>
  );
}
