import { useLocation, useNavigate } from 'react-router';
import { ApiError } from '../../shared/api/api-error';
import { namespaceHref, useCurrentCluster } from '../../shared/api/current-cluster';
import { useNamespaces } from '../../shared/api/namespaces';
import { NamespaceInput } from './namespace-input';

/** Switching namespace keeps the section (Workloads or Secrets) and drops the object, so the URL stays valid. */
export function NamespaceSelector({ namespace, user }: { namespace: string; user: string }) {
  const namespaces = useNamespaces();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const cluster = useCurrentCluster();
  // The segment after `namespaces/{ns}/`, with or without `/clusters/{cluster}` before it.
  const segments = pathname.split('/');
  const section = segments[segments.indexOf('namespaces') + 2] ?? 'workloads';
  const open = (name: string) => void navigate(namespaceHref(cluster, name, section));
  // Users RBAC does not let list namespaces (or a failed list) type one instead, helped by the ones they used.
  if (namespaces.isError) {
    const forbidden = namespaces.error instanceof ApiError && namespaces.error.status === 403;
    return <NamespaceInput namespace={namespace} user={user} forbidden={forbidden} onOpen={open} />;
  }
  const names = namespaces.data?.items.map((n) => n.name) ?? [];
  const options = names.includes(namespace) ? names : [namespace, ...names];
  return (
    <div className="namespace-selector">
      <label htmlFor="namespace-selector">Namespace</label>
      <select id="namespace-selector" value={namespace} onChange={(e) => open(e.target.value)}>
        {options.map((name) => (
          <option key={name} value={name}>
            {name}
          </option>
        ))}
      </select>
    </div>
  );
}
