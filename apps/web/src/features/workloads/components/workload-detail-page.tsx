import { useState, type ReactNode } from 'react';
import type { ContainerPort } from '@berth/contracts';
import { Link } from 'react-router';
import { useClusterReachable } from '../../../shared/api/use-cluster-reachable';
import { Breadcrumb } from '../../../shared/ui/breadcrumb';
import { formatAge } from '../../../shared/ui/format-age';
import { ErrorState, LoadingState } from '../../../shared/ui/query-state';
import { useDeployment } from '../api/get-deployment';
import { ConditionsTable } from './conditions-table';
import { DeleteWorkloadDialog } from './delete-workload-dialog';
import { EventsTable } from './events-table';
import { PodsTable } from './pods-table';
import { PullHelp, type Editing } from './kinds/pull-help';
import { ScaleControl } from './scale-control';
import { WorkloadStatus } from './workload-status';
import { RolloutSection } from './rollouts/rollout-section';
import { namespaceHref, useCurrentCluster } from '../../../shared/api/current-cluster';

/** What the services feature's Access section needs; the app passes it in, since features do not import each other. */
export interface AccessSlotProps {
  namespace: string;
  /** The workload's pod template labels. */
  selector: Record<string, string>;
  containerPorts: ContainerPort[];
}

interface WorkloadDetailPageProps {
  namespace: string;
  name: string;
  renderAccess?: (props: AccessSlotProps) => ReactNode;
}

/** One workload: status, why a pull fails and how to fix it, pods, conditions, events, access; scale, edit, delete. */
export function WorkloadDetailPage({ namespace, name, renderAccess }: WorkloadDetailPageProps) {
  const cluster = useCurrentCluster();
  const deployment = useDeployment(namespace, name);
  const reachable = useClusterReachable();
  const [editing, setEditing] = useState<Editing>();
  const [deleting, setDeleting] = useState(false);
  if (deployment.isPending) return <LoadingState label={`Loading workload ${name}…`} />;
  if (deployment.isError)
    return <ErrorState error={deployment.error} forbidden={{ action: `read deployment ${name}`, namespace }} />;
  const d = deployment.data;
  const [firstImage = ''] = d.images;
  return (
    <section aria-labelledby="workload-title">
      <Breadcrumb listPath={`${namespaceHref(cluster, namespace)}/workloads`} listLabel="Workloads" name={d.name} />
      <div className="page-header">
        <h1 id="workload-title">{d.name}</h1>
        <WorkloadStatus status={d.status} reason={d.reason} />
        <div className="actions">
          <button
            type="button"
            className="button"
            disabled={!reachable}
            onClick={() =>
              setEditing({ kind: 'image', container: d.pods[0]?.containers[0]?.name ?? d.name, image: firstImage })
            }
          >
            Edit image
          </button>
          <button
            type="button"
            className="button"
            disabled={!reachable}
            onClick={() => setEditing({ kind: 'credentials' })}
          >
            Edit credentials
          </button>
          <button type="button" className="button danger" disabled={!reachable} onClick={() => setDeleting(true)}>
            Delete
          </button>
        </div>
      </div>
      {d.message ? <p className="status-message">{d.message}</p> : null}
      <PullHelp
        namespace={namespace}
        plural="deployments"
        name={d.name}
        pods={d.pods}
        events={d.events}
        imagePullSecrets={d.imagePullSecrets}
        editing={editing}
        onEdit={setEditing}
        editable
      />
      <dl className="facts">
        <dt>Namespace</dt>
        <dd>{d.namespace}</dd>
        <dt>Pods (READY)</dt>
        <dd>{d.ready}</dd>
        <dt>UP-TO-DATE</dt>
        <dd>{d.upToDate}</dd>
        <dt>AVAILABLE</dt>
        <dd>{d.available}</dd>
        <dt>Image</dt>
        <dd>{d.images.join(', ')}</dd>
        <dt>Image Access Credential</dt>
        <dd>
          {d.imagePullSecrets.length === 0
            ? "None (the service account's defaults apply)"
            : d.imagePullSecrets.map((s, i) => (
                <span key={s}>
                  {i > 0 ? ', ' : null}
                  <Link to={`${namespaceHref(cluster, namespace)}/secrets/${encodeURIComponent(s)}`}>{s}</Link>
                </span>
              ))}
        </dd>
        <dt>Age</dt>
        <dd>{formatAge(d.created)}</dd>
      </dl>
      {renderAccess?.({ namespace, selector: d.podLabels, containerPorts: d.containerPorts })}
      <ScaleControl key={d.replicas} namespace={namespace} name={d.name} replicas={d.replicas} disabled={!reachable} />
      <RolloutSection
        namespace={namespace}
        plural="deployments"
        name={d.name}
        progress={d.rollout}
        disabled={!reachable}
      />
      <h2>Pods</h2>
      <PodsTable pods={d.pods} />
      <h2>Conditions</h2>
      <ConditionsTable conditions={d.conditions} />
      <h2>Events</h2>
      <EventsTable events={d.events} />
      <DeleteWorkloadDialog open={deleting} onOpenChange={setDeleting} namespace={namespace} name={d.name} />
    </section>
  );
}
