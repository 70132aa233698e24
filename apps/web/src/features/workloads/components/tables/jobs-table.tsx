import type { JobSummary } from '@berth/contracts';
import { DataTable, type Column } from '../../../../shared/ui/data-table';
import { formatAge } from '../../../../shared/ui/format-age';
import { jobDuration } from '../../lib/job-duration';
import { WorkloadStatus } from '../workload-status';
import { nameColumn } from './workload-name-cell';
import { useFilteredList, type KindTableProps } from './use-filtered-list';

const columns: readonly Column<JobSummary>[] = [
  nameColumn('jobs'),
  { header: 'Status', cell: (j) => <WorkloadStatus status={j.status} reason={j.reason} /> },
  { header: 'COMPLETIONS', cell: (j) => j.completions, width: '7rem' },
  { header: 'DURATION', cell: (j) => jobDuration(j), width: '6rem' },
  { header: 'Image', cell: (j) => j.images.join(', ') },
  { header: 'Age', cell: (j) => formatAge(j.created), width: '5rem' },
];

/** `kubectl get job` (COMPLETIONS, DURATION) with Running, Complete or Failed and the reason. */
export default function JobsTable({ namespace, q, stale }: KindTableProps) {
  const rows = useFilteredList(namespace, 'jobs', q);
  if (rows.length === 0) return null;
  return <DataTable label="Workloads" columns={columns} rows={rows} rowKey={(j) => j.name} stale={stale} />;
}
