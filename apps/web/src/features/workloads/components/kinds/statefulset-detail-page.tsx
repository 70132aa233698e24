import type { ReactNode } from 'react';
import { useClusterReachable } from '../../../../shared/api/use-cluster-reachable';
import { ErrorState, LoadingState } from '../../../../shared/ui/query-state';
import { useWorkloadDetail } from '../../api/workload-queries';
import { inOrdinalOrder } from '../../lib/ordinal';
import { ScaleControl } from '../scale-control';
import { DetailFrame } from './detail-frame';
import { DetailTables } from './detail-tables';
import { EditButtons } from './edit-buttons';
import { PullHelp, useEditing } from './pull-help';
import { WorkloadFacts } from './workload-facts';
import { RolloutSection } from '../rollouts/rollout-section';
import type { AccessSlotProps } from '../workload-detail-page';

/** One StatefulSet: status, pull help, its headless Service, scale, pods by ordinal, conditions, events, delete. */
export function StatefulSetDetailPage({
  namespace,
  name,
  renderAccess,
}: {
  namespace: string;
  name: string;
  renderAccess?: (props: AccessSlotProps) => ReactNode;
}) {
  const query = useWorkloadDetail(namespace, 'statefulsets', name);
  const reachable = useClusterReachable();
  const [editing, setEditing] = useEditing();
  if (query.isPending) return <LoadingState label={`Loading StatefulSet ${name}…`} />;
  if (query.isError)
    return <ErrorState error={query.error} forbidden={{ action: `read statefulset ${name}`, namespace }} />;
  const s = query.data;
  const pods = inOrdinalOrder(s.pods);
  return (
    <DetailFrame
      namespace={namespace}
      plural="statefulsets"
      detail={s}
      actions={
        <EditButtons
          firstContainer={pods[0]?.containers[0]?.name ?? s.name}
          firstImage={s.images[0] ?? ''}
          disabled={!reachable}
          onEdit={setEditing}
        />
      }
    >
      <PullHelp
        namespace={namespace}
        plural="statefulsets"
        name={s.name}
        pods={pods}
        events={s.events}
        imagePullSecrets={s.imagePullSecrets}
        editing={editing}
        onEdit={setEditing}
        editable
      />
      <WorkloadFacts
        namespace={s.namespace}
        facts={[
          ['Pods (READY)', s.ready],
          ['CURRENT', s.current],
          ['UPDATED', s.updated],
          ['Headless Service', s.serviceName],
        ]}
        images={s.images}
        imagePullSecrets={s.imagePullSecrets}
        created={s.created}
      />
      <ScaleControl
        key={s.replicas}
        namespace={namespace}
        plural="statefulsets"
        name={s.name}
        replicas={s.replicas}
        disabled={!reachable}
      />
      {renderAccess?.({ namespace, selector: s.podLabels, containerPorts: s.containerPorts })}
      <RolloutSection
        namespace={namespace}
        plural="statefulsets"
        name={s.name}
        progress={s.rollout}
        disabled={!reachable}
      />
      <DetailTables pods={pods} conditions={s.conditions} events={s.events} />
    </DetailFrame>
  );
}
