import type { ReactNode } from 'react';
import { useClusterReachable } from '../../../../shared/api/use-cluster-reachable';
import { ErrorState, LoadingState } from '../../../../shared/ui/query-state';
import { useWorkloadDetail } from '../../api/workload-queries';
import { DetailFrame } from './detail-frame';
import { DetailTables } from './detail-tables';
import { EditButtons } from './edit-buttons';
import { PullHelp, useEditing } from './pull-help';
import { WorkloadFacts } from './workload-facts';
import { RolloutSection } from '../rollouts/rollout-section';
import type { AccessSlotProps } from '../workload-detail-page';

/** One DaemonSet: status, pull help, a pod per node (DESIRED, CURRENT, READY…), conditions, events, delete. */
export function DaemonSetDetailPage({
  namespace,
  name,
  renderAccess,
}: {
  namespace: string;
  name: string;
  renderAccess?: (props: AccessSlotProps) => ReactNode;
}) {
  const query = useWorkloadDetail(namespace, 'daemonsets', name);
  const reachable = useClusterReachable();
  const [editing, setEditing] = useEditing();
  if (query.isPending) return <LoadingState label={`Loading DaemonSet ${name}…`} />;
  if (query.isError)
    return <ErrorState error={query.error} forbidden={{ action: `read daemonset ${name}`, namespace }} />;
  const d = query.data;
  return (
    <DetailFrame
      namespace={namespace}
      plural="daemonsets"
      detail={d}
      actions={
        <EditButtons
          firstContainer={d.pods[0]?.containers[0]?.name ?? d.name}
          firstImage={d.images[0] ?? ''}
          disabled={!reachable}
          onEdit={setEditing}
        />
      }
    >
      <PullHelp
        namespace={namespace}
        plural="daemonsets"
        name={d.name}
        pods={d.pods}
        events={d.events}
        imagePullSecrets={d.imagePullSecrets}
        editing={editing}
        onEdit={setEditing}
        editable
      />
      <WorkloadFacts
        namespace={d.namespace}
        facts={[
          ['DESIRED', d.desired],
          ['CURRENT', d.current],
          ['READY', d.ready],
          ['UP-TO-DATE', d.upToDate],
          ['AVAILABLE', d.available],
        ]}
        images={d.images}
        imagePullSecrets={d.imagePullSecrets}
        created={d.created}
      />
      {renderAccess?.({ namespace, selector: d.podLabels, containerPorts: d.containerPorts })}
      <RolloutSection
        namespace={namespace}
        plural="daemonsets"
        name={d.name}
        progress={d.rollout}
        disabled={!reachable}
      />
      <DetailTables pods={d.pods} conditions={d.conditions} events={d.events} />
    </DetailFrame>
  );
}
