import type { DaemonSetSummary } from '@berth/contracts';
import { DataTable, type Column } from '../../../../shared/ui/data-table';
import { formatAge } from '../../../../shared/ui/format-age';
import { WorkloadStatus } from '../workload-status';
import { nameColumn } from './workload-name-cell';
import { useFilteredList, type KindTableProps } from './use-filtered-list';

const columns: readonly Column<DaemonSetSummary>[] = [
  nameColumn('daemonsets'),
  { header: 'Status', cell: (d) => <WorkloadStatus status={d.status} reason={d.reason} /> },
  { header: 'DESIRED', cell: (d) => d.desired, width: '5rem' },
  { header: 'CURRENT', cell: (d) => d.current, width: '5rem' },
  { header: 'READY', cell: (d) => d.ready, width: '5rem' },
  { header: 'UP-TO-DATE', cell: (d) => d.upToDate, width: '6rem' },
  { header: 'AVAILABLE', cell: (d) => d.available, width: '6rem' },
  { header: 'Image', cell: (d) => d.images.join(', ') },
  { header: 'Age', cell: (d) => formatAge(d.created), width: '5rem' },
];

/** `kubectl get daemonset` with the console status and images. */
export default function DaemonSetsTable({ namespace, q, stale }: KindTableProps) {
  const rows = useFilteredList(namespace, 'daemonsets', q);
  if (rows.length === 0) return null;
  return <DataTable label="Workloads" columns={columns} rows={rows} rowKey={(d) => d.name} stale={stale} />;
}
