import type { SecretDetail } from '@berth/contracts';
import { useNavigate } from 'react-router';
import { useAnnounce } from '../../../shared/ui/announcer';
import { ConfirmDeleteDialog } from '../../../shared/ui/confirm-delete-dialog';
import { useDeleteSecret } from '../api/delete-secret';
import { namespaceHref, useCurrentCluster } from '../../../shared/api/current-cluster';

/** Deleting names what still uses the secret: those pods will fail their next pull. */
export function DeleteSecretDialog({
  open,
  onOpenChange,
  secret,
}: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  secret: SecretDetail;
}) {
  const remove = useDeleteSecret();
  const cluster = useCurrentCluster();
  const navigate = useNavigate();
  const announce = useAnnounce();
  const users = [
    ...secret.usedBy.deployments.map((d) => `workload ${d}`),
    ...secret.usedBy.serviceAccounts.map((s) => `service account ${s}`),
  ];
  const onDelete = () =>
    remove.mutate(
      { namespace: secret.namespace, name: secret.name },
      {
        onSuccess: () => {
          announce(`Secret ${secret.name} deleted`);
          void navigate(`${namespaceHref(cluster, secret.namespace)}/secrets`);
        },
      },
    );
  return (
    <ConfirmDeleteDialog
      open={open}
      onOpenChange={onOpenChange}
      title={`Delete secret ${secret.name}?`}
      pending={remove.isPending}
      error={remove.isError ? remove.error.message : undefined}
      onDelete={onDelete}
    >
      {users.length > 0 ? (
        <p role="alert" className="warning">
          Still used by {users.join(', ')}. Their new pods will not be able to pull images with it.
        </p>
      ) : (
        <p>Nothing in namespace {secret.namespace} uses it.</p>
      )}
    </ConfirmDeleteDialog>
  );
}
