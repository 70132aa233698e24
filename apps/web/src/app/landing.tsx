import { Navigate } from 'react-router';
import { useCluster } from '../shared/api/cluster';
import { useClusters } from '../shared/api/clusters';
import { LoadingState } from '../shared/ui/query-state';
import { landsOnClusters } from './landing-cluster';
import { landingNamespace } from './landing-namespace';
import { rememberedNamespaces } from './shell/remembered-namespaces';
import { SessionGate } from './shell/session-gate';

/** `/`: once the BFF says who is signed in, the Clusters page (several contexts) or the namespace's Workloads (one). */
export function Landing() {
  return <SessionGate>{(session) => <LandingRedirect user={session.username} />}</SessionGate>;
}

function LandingRedirect({ user }: { user: string }) {
  // Both asked at once, so a single-cluster start waits no longer than before for its first page.
  const cluster = useCluster();
  const clusters = useClusters();
  if (clusters.isPending || (cluster.isPending && !landsOnClusters(clusters.data?.items)))
    return <LoadingState label="Loading Berth…" />;
  // A BFF that cannot list its clusters still opens the default one, as before.
  if (landsOnClusters(clusters.data?.items)) return <Navigate to="/clusters" replace />;
  // The one context's name: /api/cluster's, else the list's (the other may have failed).
  const context = cluster.data?.context ?? clusters.data?.items.find((c) => c.default)?.name;
  const namespace = landingNamespace(cluster.data?.namespace, rememberedNamespaces(context, user));
  return <Navigate to={`/namespaces/${encodeURIComponent(namespace)}/workloads`} replace />;
}
