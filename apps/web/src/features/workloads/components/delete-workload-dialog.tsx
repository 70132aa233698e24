import type { WorkloadPlural } from '@berth/contracts';
import { useNavigate } from 'react-router';
import { useAnnounce } from '../../../shared/ui/announcer';
import { ConfirmDeleteDialog } from '../../../shared/ui/confirm-delete-dialog';
import { useDeleteWorkload } from '../api/change-workload';
import { kindSearch } from '../lib/workload-tab';
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
    <ConfirmDeleteDialog
      open={open}
      onOpenChange={onOpenChange}
      title={`Delete workload ${name}?`}
      description="Its pods are deleted too. The image access credentials stay."
      pending={remove.isPending}
      error={remove.isError ? remove.error.message : undefined}
      onDelete={() =>
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
    />
  );
}
