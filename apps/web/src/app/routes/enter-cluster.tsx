import { Link, Navigate, useParams } from 'react-router';
import { useClusters } from '../../shared/api/clusters';
import { ErrorState, LoadingState } from '../../shared/ui/query-state';
import { enterClusterHref } from '../landing-cluster';
import { rememberedNamespaces } from '../shell/remembered-namespaces';
import { SessionGate } from '../shell/session-gate';

/** `/clusters/{cluster}`: on to the cluster's landing namespace, from the cluster list (no probe of its own). */
export function Component() {
  const name = useParams().cluster ?? '';
  return <SessionGate>{(session) => <EnterCluster name={name} user={session.username} />}</SessionGate>;
}

function EnterCluster({ name, user }: { name: string; user: string }) {
  const clusters = useClusters();
  if (clusters.isPending) return <LoadingState label="Loading Berth…" />;
  if (clusters.isError) return <ErrorState error={clusters.error} forbidden={{ action: 'list the clusters' }} />;
  const cluster = clusters.data.items.find((c) => c.name === name);
  if (cluster === undefined)
    return (
      <main className="page">
        <p role="alert">
          The kubeconfig has no context named {name}. <Link to="/clusters">Clusters</Link>
        </p>
      </main>
    );
  return <Navigate to={enterClusterHref(cluster, rememberedNamespaces(cluster.name, user))} replace />;
}
