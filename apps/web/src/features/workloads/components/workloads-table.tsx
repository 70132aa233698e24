import type { DeploymentSummary } from '@berth/contracts';
import { Link } from 'react-router';
import { DataTable, type Column } from '../../../shared/ui/data-table';
import { formatAge } from '../../../shared/ui/format-age';
import { WorkloadStatus } from './workload-status';

const columns: readonly Column<DeploymentSummary>[] = [
  {
    header: 'Name',
    cell: (d) => (
      <Link to={`/namespaces/${encodeURIComponent(d.namespace)}/workloads/${encodeURIComponent(d.name)}`}>
        {d.name}
      </Link>
    ),
  },
  { header: 'Status', cell: (d) => <WorkloadStatus status={d.status} reason={d.reason} /> },
  { header: 'Pods (READY)', cell: (d) => d.ready, width: '7rem' },
  { header: 'UP-TO-DATE', cell: (d) => d.upToDate, width: '6rem' },
  { header: 'AVAILABLE', cell: (d) => d.available, width: '6rem' },
  { header: 'Image', cell: (d) => d.images.join(', ') },
  { header: 'Age', cell: (d) => formatAge(d.created), width: '5rem' },
];

/** `kubectl get deployment` with the console status and images. */
export function WorkloadsTable({ deployments, stale }: { deployments: readonly DeploymentSummary[]; stale: boolean }) {
  return <DataTable label="Workloads" columns={columns} rows={deployments} rowKey={(d) => d.name} stale={stale} />;
}
