import type { CronJobRun } from '@berth/contracts';
import { Link } from 'react-router';
import { DataTable, type Column } from '../../../../shared/ui/data-table';
import { formatAge } from '../../../../shared/ui/format-age';
import { jobDuration } from '../../lib/job-duration';
import { workloadPath } from '../../lib/workload-tab';
import { WorkloadStatus } from '../workload-status';
import { useCurrentCluster } from '../../../../shared/api/current-cluster';

const columns = (cluster: string, namespace: string): readonly Column<CronJobRun>[] => [
  { header: 'Name', cell: (j) => <Link to={workloadPath(cluster, namespace, 'jobs', j.name)}>{j.name}</Link> },
  { header: 'Status', cell: (j) => <WorkloadStatus status={j.status} reason={j.reason} /> },
  { header: 'COMPLETIONS', cell: (j) => j.completions },
  { header: 'DURATION', cell: (j) => jobDuration(j) },
  { header: 'Started', cell: (j) => (j.started ? formatAge(j.started) : '—') },
];

/** The Jobs a CronJob made, newest first, each linked to its own page. */
export function CronJobRunsTable({ namespace, jobs }: { namespace: string; jobs: readonly CronJobRun[] }) {
  const cluster = useCurrentCluster();
  if (jobs.length === 0) return <p className="state state-empty">No Jobs yet.</p>;
  return <DataTable label="Jobs" columns={columns(cluster, namespace)} rows={jobs} rowKey={(j) => j.name} />;
}
