import { useNavigate } from 'react-router';
import { useAnnounce } from '../../../shared/ui/announcer';
import { Modal } from '../../../shared/ui/modal';
import { useDeleteDeployment } from '../api/delete-deployment';
import { ModalFooter } from '../../../shared/ui/modal-footer';

export function DeleteWorkloadDialog({
  open,
  onOpenChange,
  namespace,
  name,
}: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  namespace: string;
  name: string;
}) {
  const remove = useDeleteDeployment();
  const navigate = useNavigate();
  const announce = useAnnounce();
  return (
    <Modal
      open={open}
      onOpenChange={onOpenChange}
      title={`Delete workload ${name}?`}
      description="Its pods are deleted too. The image access credentials stay."
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
                  announce(`Workload ${name} deleted`);
                  void navigate(`/namespaces/${encodeURIComponent(namespace)}/workloads`);
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
