import { workloadKinds, workloadResources, type WorkloadPlural } from '@berth/contracts';
import { useState, type ReactNode } from 'react';
import { useClusterReachable } from '../../../../shared/api/use-cluster-reachable';
import { Breadcrumb } from '../../../../shared/ui/breadcrumb';
import { kindSearch } from '../../lib/workload-tab';
import { DeleteWorkloadDialog } from '../delete-workload-dialog';
import { WorkloadStatus } from '../workload-status';
import { namespaceHref, useCurrentCluster } from '../../../../shared/api/current-cluster';

interface DetailFrameProps {
  namespace: string;
  plural: WorkloadPlural;
  detail: { name: string; status: string; reason?: string | undefined; message?: string | undefined };
  /** Buttons beside Delete (Suspend, Edit image…). */
  actions?: ReactNode;
  children: ReactNode;
}

/** A workload detail's frame for every kind: the way back to its tab, name, status with reason and message, Delete. */
export function DetailFrame({ namespace, plural, detail, actions, children }: DetailFrameProps) {
  const cluster = useCurrentCluster();
  const reachable = useClusterReachable();
  const [deleting, setDeleting] = useState(false);
  const kind = workloadKinds.find((k) => workloadResources[k].plural === plural) ?? 'Deployment';
  return (
    <section aria-labelledby="workload-title">
      <Breadcrumb
        listPath={`${namespaceHref(cluster, namespace)}/workloads${kindSearch(plural)}`}
        listLabel={`Workloads / ${workloadResources[kind].label}`}
        name={detail.name}
      />
      <div className="page-header">
        <h1 id="workload-title">{detail.name}</h1>
        <WorkloadStatus status={detail.status} reason={detail.reason} />
        <div className="actions">
          {actions}
          <button type="button" className="button danger" disabled={!reachable} onClick={() => setDeleting(true)}>
            Delete
          </button>
        </div>
      </div>
      {detail.message ? <p className="status-message">{detail.message}</p> : null}
      {children}
      <DeleteWorkloadDialog
        open={deleting}
        onOpenChange={setDeleting}
        namespace={namespace}
        plural={plural}
        name={detail.name}
      />
    </section>
  );
}
