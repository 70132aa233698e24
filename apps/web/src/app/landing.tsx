import { Navigate } from 'react-router';
import { useCluster } from '../shared/api/cluster';
import { LoadingState } from '../shared/ui/query-state';
import { landingNamespace } from './landing-namespace';
import { rememberedNamespaces } from './shell/remembered-namespaces';
import { SessionGate } from './shell/session-gate';

/** `/`: once the BFF says who is signed in, open their namespace's Workloads. */
export function Landing() {
  return <SessionGate>{(session) => <LandingRedirect user={session.username} />}</SessionGate>;
}

function LandingRedirect({ user }: { user: string }) {
  const cluster = useCluster();
  if (cluster.isPending) return <LoadingState label="Loading Berth…" />;
  const namespace = landingNamespace(cluster.data?.namespace, rememberedNamespaces(user));
  return <Navigate to={`/namespaces/${encodeURIComponent(namespace)}/workloads`} replace />;
}
