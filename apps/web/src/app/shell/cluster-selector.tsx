import { Link, useNavigate } from 'react-router';
import { useClusters } from '../../shared/api/clusters';
import { defaultCluster, useCurrentCluster } from '../../shared/api/current-cluster';
import { enterClusterHref } from '../landing-cluster';
import { rememberedNamespaces } from './remembered-namespaces';

/**
 * With several kubeconfig contexts: switch cluster in place (no reload), into its landing namespace; the new cluster's
 * rows come from its own keys and stream. With one context there is nothing to choose, and nothing is shown.
 */
export function ClusterSelector({ user }: { user: string }) {
  const clusters = useClusters();
  const current = useCurrentCluster();
  const navigate = useNavigate();
  const items = clusters.data?.items ?? [];
  if (items.length < 2) return null;
  // Today's short URLs are the default cluster's.
  const selected = current === defaultCluster ? (items.find((c) => c.default)?.name ?? '') : current;
  const open = (name: string) => {
    const cluster = items.find((c) => c.name === name);
    if (cluster !== undefined) void navigate(enterClusterHref(cluster, rememberedNamespaces(cluster.name, user)));
  };
  return (
    <div className="namespace-selector cluster-selector">
      <label htmlFor="cluster-selector">Switch cluster</label>
      <select id="cluster-selector" value={selected} onChange={(e) => open(e.target.value)}>
        {items.map((c) => (
          <option key={c.name} value={c.name}>
            {c.name}
          </option>
        ))}
      </select>
      <Link to="/clusters">All clusters</Link>
    </div>
  );
}
