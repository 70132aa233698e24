import type { CronJobSummary } from '@berth/contracts';
import { DataTable, type Column } from '../../../../shared/ui/data-table';
import { formatAge } from '../../../../shared/ui/format-age';
import { WorkloadStatus } from '../workload-status';
import { nameColumn } from './workload-name-cell';
import { useFilteredList, type KindTableProps } from './use-filtered-list';

const columns: readonly Column<CronJobSummary>[] = [
  nameColumn('cronjobs'),
  { header: 'Status', cell: (c) => <WorkloadStatus status={c.status} reason={c.reason} /> },
  { header: 'SCHEDULE', cell: (c) => <code>{c.schedule}</code> },
  { header: 'SUSPEND', cell: (c) => (c.suspend ? 'True' : 'False'), width: '5rem' },
  { header: 'ACTIVE', cell: (c) => c.active, width: '5rem' },
  { header: 'LAST SCHEDULE', cell: (c) => (c.lastSchedule ? formatAge(c.lastSchedule) : '<none>'), width: '7rem' },
  { header: 'Image', cell: (c) => c.images.join(', ') },
  { header: 'Age', cell: (c) => formatAge(c.created), width: '5rem' },
];

/** `kubectl get cronjob` (SCHEDULE, SUSPEND, ACTIVE, LAST SCHEDULE) with the console status. */
export default function CronJobsTable({ namespace, q, stale }: KindTableProps) {
  const rows = useFilteredList(namespace, 'cronjobs', q);
  if (rows.length === 0) return null;
  return <DataTable label="Workloads" columns={columns} rows={rows} rowKey={(c) => c.name} stale={stale} />;
}
