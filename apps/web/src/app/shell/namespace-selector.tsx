import { useLocation, useNavigate } from 'react-router';
import { useNamespaces } from '../../shared/api/namespaces';

/** Switching namespace keeps the section (Workloads or Secrets) and drops the object, so the URL stays valid. */
export function NamespaceSelector({ namespace }: { namespace: string }) {
  const namespaces = useNamespaces();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const section = pathname.split('/')[3] ?? 'workloads';
  const names = namespaces.data?.items.map((n) => n.name) ?? [];
  const options = names.includes(namespace) ? names : [namespace, ...names];
  return (
    <div className="namespace-selector">
      <label htmlFor="namespace-selector">Namespace</label>
      <select
        id="namespace-selector"
        value={namespace}
        onChange={(e) => void navigate(`/namespaces/${encodeURIComponent(e.target.value)}/${section}`)}
      >
        {options.map((name) => (
          <option key={name} value={name}>
            {name}
          </option>
        ))}
      </select>
    </div>
  );
}
