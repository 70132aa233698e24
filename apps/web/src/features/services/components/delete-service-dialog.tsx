import { useAnnounce } from '../../../shared/ui/announcer';
import { Modal } from '../../../shared/ui/modal';
import { ModalFooter } from '../../../shared/ui/modal-footer';
import { useDeleteService } from '../api/delete-service';

interface DeleteServiceDialogProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  namespace: string;
  name: string;
}

/** Confirm before deleting a Service: the pods keep running, but nothing reaches them through it any more. */
export function DeleteServiceDialog({ open, onOpenChange, namespace, name }: DeleteServiceDialogProps) {
  const remove = useDeleteService();
  const announce = useAnnounce();
  return (
    <Modal
      open={open}
      onOpenChange={onOpenChange}
      title={`Delete Service ${name}?`}
      description="The pods keep running; they can no longer be reached through this Service."
    >
      <ModalFooter error={remove.isError ? remove.error.message : undefined}>
        <button
          type="button"
          className="button button-danger"
          disabled={remove.isPending}
          onClick={() =>
            remove.mutate(
              { namespace, name },
              {
                onSuccess: () => {
                  announce(`Service ${name} deleted`);
                  onOpenChange(false);
                },
              },
            )
          }
        >
          Delete
        </button>
      </ModalFooter>
    </Modal>
  );
}
