import type { WorkloadPlural } from '@berth/contracts';
import { useNavigate } from 'react-router';
import { useAnnounce } from '../../../shared/ui/announcer';
import { Modal } from '../../../shared/ui/modal';
import { useDeleteWorkload } from '../api/change-workload';
import { kindSearch } from '../lib/workload-tab';
import { ModalFooter } from '../../../shared/ui/modal-footer';
import { namespaceHref, useCurrentCluster } from '../../../shared/api/current-cluster';

export function DeleteWorkloadDialog({
  open,
  onOpenChange,
  namespace,
  plural = 'deployments',
  name,
}: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  namespace: string;
  /** The kind's routes (`statefulsets`…); Deployments unless told. */
  plural?: WorkloadPlural;
  name: string;
}) {
  const cluster = useCurrentCluster();
  const remove = useDeleteWorkload();
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
              { namespace, plural, name },
              {
                onSuccess: () => {
                  announce(`Workload ${name} deleted`);
                  void navigate(`${namespaceHref(cluster, namespace)}/workloads${kindSearch(plural)}`);
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
