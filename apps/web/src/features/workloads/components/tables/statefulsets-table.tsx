import type { StatefulSetSummary } from '@berth/contracts';
import { DataTable, type Column } from '../../../../shared/ui/data-table';
import { formatAge } from '../../../../shared/ui/format-age';
import { WorkloadStatus } from '../workload-status';
import { nameColumn } from './workload-name-cell';
import { useFilteredList, type KindTableProps } from './use-filtered-list';

const columns: readonly Column<StatefulSetSummary>[] = [
  nameColumn('statefulsets'),
  { header: 'Status', cell: (s) => <WorkloadStatus status={s.status} reason={s.reason} /> },
  { header: 'Pods (READY)', cell: (s) => s.ready, width: '7rem' },
  { header: 'Service', cell: (s) => s.serviceName },
  { header: 'Image', cell: (s) => s.images.join(', ') },
  { header: 'Age', cell: (s) => formatAge(s.created), width: '5rem' },
];

/** `kubectl get statefulset` (READY) with the console status, its headless Service and images. */
export default function StatefulSetsTable({ namespace, q, stale }: KindTableProps) {
  const rows = useFilteredList(namespace, 'statefulsets', q);
  if (rows.length === 0) return null;
  return <DataTable label="Workloads" columns={columns} rows={rows} rowKey={(s) => s.name} stale={stale} />;
}
