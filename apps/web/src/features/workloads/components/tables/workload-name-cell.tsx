import type { WorkloadPlural } from '@berth/contracts';
import { Link } from 'react-router';
import { workloadPath } from '../../lib/workload-tab';
import { useCurrentCluster } from '../../../../shared/api/current-cluster';

/** The name column every kind's table starts with: a link to its detail page. */
export const nameColumn = (plural: WorkloadPlural) => ({
  header: 'Name',
  cell: (w: { name: string; namespace: string }) => <WorkloadNameLink workload={w} plural={plural} />,
});

function WorkloadNameLink({
  workload,
  plural,
}: {
  workload: { name: string; namespace: string };
  plural: WorkloadPlural;
}) {
  const cluster = useCurrentCluster();
  return <Link to={workloadPath(cluster, workload.namespace, plural, workload.name)}>{workload.name}</Link>;
}
