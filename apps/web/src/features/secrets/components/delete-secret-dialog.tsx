import type { SecretDetail } from '@berth/contracts';
import { useNavigate } from 'react-router';
import { useAnnounce } from '../../../shared/ui/announcer';
import { Modal } from '../../../shared/ui/modal';
import { useDeleteSecret } from '../api/delete-secret';
import { ModalFooter } from '../../../shared/ui/modal-footer';
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
    <Modal open={open} onOpenChange={onOpenChange} title={`Delete secret ${secret.name}?`}>
      {users.length > 0 ? (
        <p role="alert" className="warning">
          Still used by {users.join(', ')}. Their new pods will not be able to pull images with it.
        </p>
      ) : (
        <p>Nothing in namespace {secret.namespace} uses it.</p>
      )}
      <ModalFooter error={remove.isError ? remove.error.message : undefined}>
        <button type="button" className="button button-danger" disabled={remove.isPending} onClick={onDelete}>
          Delete
        </button>
      </ModalFooter>
    </Modal>
  );
}
