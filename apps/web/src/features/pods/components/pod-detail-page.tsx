import { workloadKinds, workloadResources, type PodOwner } from '@berth/contracts';
import { Link } from 'react-router';
import { namespaceHref, useCurrentCluster } from '../../../shared/api/current-cluster';
import { useNamespacePermissions } from '../../../shared/api/permissions';
import { Breadcrumb } from '../../../shared/ui/breadcrumb';
import { formatAge } from '../../../shared/ui/format-age';
import { ErrorState, LoadingState } from '../../../shared/ui/query-state';
import { usePod } from '../api/get-pod';
import { LogViewer } from './log-viewer';
import { PodContainersTable } from './pod-containers-table';
import { PodEventsTable } from './pod-events-table';

/** The owner as a link to its workload's page when it is one of the console's kinds (a ReplicaSet shows as text). */
function OwnerLink({ namespace, owner }: { namespace: string; owner: PodOwner }) {
  const cluster = useCurrentCluster();
  const kind = workloadKinds.find((k) => k === owner.kind);
  if (kind === undefined) return <>{`${owner.kind}/${owner.name}`}</>;
  const href = namespaceHref(cluster, namespace, 'workloads', workloadResources[kind].plural, owner.name);
  return <Link to={href}>{`${owner.kind} ${owner.name}`}</Link>;
}

/** One pod: its status as kubectl shows it, its containers and init containers, its logs and its events. */
export function PodDetailPage({ namespace, name }: { namespace: string; name: string }) {
  const cluster = useCurrentCluster();
  const pod = usePod(namespace, name);
  const { getPodLogs } = useNamespacePermissions(namespace);
  if (pod.isPending) return <LoadingState label={`Loading pod ${name}…`} />;
  if (pod.isError) return <ErrorState error={pod.error} forbidden={{ action: `read pod ${name}`, namespace }} />;
  const p = pod.data;
  return (
    <section aria-labelledby="pod-title" className="pod-detail">
      <Breadcrumb listPath={namespaceHref(cluster, namespace, 'workloads')} listLabel="Workloads" name={p.name} />
      <div className="page-header">
        <h1 id="pod-title">Pod {p.name}</h1>
      </div>
      <dl className="facts">
        <dt>Status</dt>
        <dd>{p.status}</dd>
        <dt>Phase</dt>
        <dd>{p.phase}</dd>
        <dt>Owner</dt>
        <dd>{p.owner ? <OwnerLink namespace={namespace} owner={p.owner} /> : 'None'}</dd>
        <dt>Node</dt>
        <dd>{p.node ?? 'Not scheduled'}</dd>
        <dt>Pod IP</dt>
        <dd>{p.podIP ?? '—'}</dd>
        <dt>Created</dt>
        <dd>
          {new Date(p.created).toLocaleString()} ({formatAge(p.created)} ago)
        </dd>
      </dl>
      <h2>Containers</h2>
      <PodContainersTable containers={p.containers} />
      {getPodLogs ? (
        <LogViewer namespace={namespace} pod={p.name} containers={p.containers} events={p.events} />
      ) : (
        <p className="state">Your Kubernetes user may not read logs (get pods/log) in namespace {namespace}.</p>
      )}
      <h2>Events</h2>
      <PodEventsTable events={p.events} />
    </section>
  );
}
