import { useAnnounce } from '../../../shared/ui/announcer';
import { ConfirmDeleteDialog } from '../../../shared/ui/confirm-delete-dialog';
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
    <ConfirmDeleteDialog
      open={open}
      onOpenChange={onOpenChange}
      title={`Delete Service ${name}?`}
      description="The pods keep running; they can no longer be reached through this Service."
      pending={remove.isPending}
      error={remove.isError ? remove.error.message : undefined}
      onDelete={() =>
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
    />
  );
}
