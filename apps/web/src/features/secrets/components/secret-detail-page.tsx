import { isPullSecretType, type RegistryLogin } from '@berth/contracts';
import { useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { consolePath } from '../../../shared/api/return-to';
import { useClusterReachable } from '../../../shared/api/use-cluster-reachable';
import { Breadcrumb } from '../../../shared/ui/breadcrumb';
import { formatAge } from '../../../shared/ui/format-age';
import { ErrorState, LoadingState } from '../../../shared/ui/query-state';
import { useSecret } from '../api/get-secret';
import { DeleteSecretDialog } from './delete-secret-dialog';
import { EditSecretDialog } from './edit-secret-dialog';
import { CopySecretSection } from './copy-secret-section';
import { RotatePasswordDialog } from './rotate-password-dialog';
import { SecretUsersSection } from './secret-users-section';
import { namespaceHref, useCurrentCluster } from '../../../shared/api/current-cluster';

/**
 * One secret: metadata, its registries (never a password), who uses it, and edit and delete. `?edit=1` opens Edit (the
 * pull explainer's "Edit secret X"), and a saved edit goes back to `returnTo` when it names a console page.
 */
export function SecretDetailPage({ namespace, name }: { namespace: string; name: string }) {
  const cluster = useCurrentCluster();
  const secret = useSecret(namespace, name);
  const reachable = useClusterReachable();
  const [params, setParams] = useSearchParams();
  const navigate = useNavigate();
  const editing = params.get('edit') === '1';
  const returnTo = consolePath(params.get('returnTo'));
  const setEditing = (open: boolean) =>
    setParams(
      (p) => {
        if (open) p.set('edit', '1');
        else ['edit', 'returnTo'].forEach((key) => p.delete(key));
        return p;
      },
      { replace: true },
    );
  const [deleting, setDeleting] = useState(false);
  const [rotating, setRotating] = useState<RegistryLogin>();
  if (secret.isPending) return <LoadingState label={`Loading secret ${name}…`} />;
  if (secret.isError)
    return <ErrorState error={secret.error} forbidden={{ action: `read secret ${name}`, namespace }} />;
  const s = secret.data;
  const isPullSecret = isPullSecretType(s.type);
  return (
    <section aria-labelledby="secret-title">
      <Breadcrumb listPath={`${namespaceHref(cluster, namespace)}/secrets`} listLabel="Secrets" name={s.name} />
      <div className="page-header">
        <h1 id="secret-title">{s.name}</h1>
        <div className="actions">
          {isPullSecret ? (
            <button type="button" className="button" disabled={!reachable} onClick={() => setEditing(true)}>
              Edit
            </button>
          ) : null}
          <button type="button" className="button danger" disabled={!reachable} onClick={() => setDeleting(true)}>
            Delete
          </button>
        </div>
      </div>
      <dl className="facts">
        <dt>Namespace</dt>
        <dd>{s.namespace}</dd>
        <dt>Secret Type</dt>
        <dd>{s.type}</dd>
        <dt>Data</dt>
        <dd>{s.dataCount}</dd>
        <dt>Created</dt>
        <dd>
          {new Date(s.created).toLocaleString()} ({formatAge(s.created)} ago)
        </dd>
      </dl>
      <h2>Registries</h2>
      {s.registries.length === 0 ? (
        <p>This secret holds no registry logins.</p>
      ) : (
        <div className="table-wrap">
          <table className="table" aria-label="Registries">
            <thead>
              <tr>
                <th scope="col">Image Repository Address</th>
                <th scope="col">Username</th>
                <th scope="col">Email</th>
                <th scope="col">Actions</th>
              </tr>
            </thead>
            <tbody>
              {s.registries.map((r) => (
                <tr key={r.server}>
                  <td>{r.server}</td>
                  <td>{r.username}</td>
                  <td>{r.email ?? '—'}</td>
                  <td>
                    <button
                      type="button"
                      className="button-link"
                      disabled={!reachable}
                      onClick={() => setRotating(r)}
                      aria-label={`Rotate the password of ${r.username} at ${r.server}`}
                    >
                      Rotate password
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {isPullSecret ? (
        <>
          <SecretUsersSection namespace={namespace} name={name} disabled={!reachable} />
          <CopySecretSection namespace={namespace} name={name} disabled={!reachable} />
        </>
      ) : null}
      <EditSecretDialog
        open={editing && isPullSecret}
        onOpenChange={setEditing}
        secret={s}
        {...(returnTo ? { onSaved: () => void navigate(returnTo) } : {})}
      />
      <DeleteSecretDialog open={deleting} onOpenChange={setDeleting} secret={s} />
      {rotating ? (
        <RotatePasswordDialog
          open
          onOpenChange={(open) => (open ? undefined : setRotating(undefined))}
          namespace={namespace}
          login={rotating}
        />
      ) : null}
    </section>
  );
}
