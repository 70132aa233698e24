import type { V1CronJob, V1Job } from '@kubernetes/client-node';
import type { CronJobRun, CronJobStatus, CronJobSummary } from '@berth/contracts';
import { isoTime } from '../../kube/iso-time';
import type { ModelOrJson } from '../../kube/list-json';
import { completionsColumn, jobStatus } from '../jobs/job-summary';
import { podSpecColumns } from '../workloads/detail-parts';

type CronJob = ModelOrJson<V1CronJob>;
type Job = ModelOrJson<V1Job>;

const newestFirst = (a: Job, b: Job) =>
  isoTime(b.metadata?.creationTimestamp).localeCompare(isoTime(a.metadata?.creationTimestamp));

/** One Job of the CronJob as its detail page lists it. */
export function toCronJobRun(job: Job): CronJobRun {
  const { status, reason } = jobStatus(job, []);
  return {
    name: job.metadata?.name ?? '',
    status,
    ...(reason ? { reason } : {}),
    completions: completionsColumn(job),
    ...(job.status?.startTime ? { started: isoTime(job.status.startTime) } : {}),
    ...(job.status?.completionTime ? { completed: isoTime(job.status.completionTime) } : {}),
  };
}

/** Its Jobs, newest first. */
export function cronJobRuns(jobs: readonly Job[]): CronJobRun[] {
  return [...jobs].sort(newestFirst).map(toCronJobRun);
}

/** Suspended, Active (a Job of it runs), Failed (its newest Job failed, with that Job's reason), else Scheduled. */
function cronJobStatus(cronJob: CronJob, jobs: readonly Job[]) {
  if (cronJob.spec?.suspend === true) return { status: 'Suspended' as CronJobStatus };
  if ((cronJob.status?.active ?? []).length > 0) return { status: 'Active' as CronJobStatus };
  const newest = [...jobs].sort(newestFirst)[0];
  const last = newest === undefined ? undefined : jobStatus(newest, []);
  if (last?.status === 'Failed') {
    const { reason, message } = last;
    return { status: 'Failed' as CronJobStatus, ...(reason ? { reason } : {}), ...(message ? { message } : {}) };
  }
  return { status: 'Scheduled' as CronJobStatus };
}

/** A CronJob as its list tab shows it: `kubectl get cronjob`'s SCHEDULE, SUSPEND, ACTIVE, LAST SCHEDULE and status. */
export function toCronJobSummary(cronJob: CronJob, jobs: readonly Job[]): CronJobSummary {
  const lastSchedule = cronJob.status?.lastScheduleTime;
  return {
    name: cronJob.metadata?.name ?? '',
    namespace: cronJob.metadata?.namespace ?? '',
    schedule: cronJob.spec?.schedule ?? '',
    suspend: cronJob.spec?.suspend ?? false,
    active: (cronJob.status?.active ?? []).length,
    ...(lastSchedule ? { lastSchedule: isoTime(lastSchedule) } : {}),
    concurrencyPolicy: cronJob.spec?.concurrencyPolicy ?? 'Allow',
    ...podSpecColumns(cronJob.spec?.jobTemplate.spec?.template.spec),
    ...cronJobStatus(cronJob, jobs),
    created: isoTime(cronJob.metadata?.creationTimestamp),
  };
}
