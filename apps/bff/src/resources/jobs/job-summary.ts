import type { V1Job, V1Pod } from '@kubernetes/client-node';
import type { JobStatus, JobSummary } from '@berth/contracts';
import { isoTime } from '../../kube/iso-time';
import type { ModelOrJson } from '../../kube/list-json';
import { failingContainer } from '../deployments/deployment-status';
import { podSpecColumns } from '../workloads/detail-parts';
import { controllerOf } from '../workloads/owned-objects';

type Job = ModelOrJson<V1Job>;

/** Failed or Complete by the Job controller's condition (with its reason, e.g. BackoffLimitExceeded), else Running. */
export function jobStatus(job: Job, pods: readonly ModelOrJson<V1Pod>[]) {
  const condition = (type: string) =>
    (job.status?.conditions ?? []).find((c) => c.type === type && c.status === 'True');
  const failed = condition('Failed');
  const detail = (c: { reason?: string; message?: string } | undefined) => ({
    ...(c?.reason ? { reason: c.reason } : {}),
    ...(c?.message ? { message: c.message } : {}),
  });
  if (failed) return { status: 'Failed' as JobStatus, ...detail(failed) };
  const complete = condition('Complete');
  if (complete) return { status: 'Complete' as JobStatus, ...detail(complete) };
  // Still running, as kubectl says; a pod that cannot start says why.
  return { status: 'Running' as JobStatus, ...detail(failingContainer(pods)) };
}

/** `kubectl get job`'s COMPLETIONS: succeeded of completions, or of one with parallel workers when none is set. */
export function completionsColumn(job: Job): string {
  const succeeded = job.status?.succeeded ?? 0;
  const completions = job.spec?.completions;
  if (completions !== undefined && completions !== null) return `${succeeded}/${completions}`;
  const parallelism = job.spec?.parallelism ?? 1;
  return parallelism > 1 ? `${succeeded}/1 of ${parallelism}` : `${succeeded}/1`;
}

/** When a finished Job finished: its completion time, or its Failed condition's. */
function completedAt(job: Job): string | undefined {
  const failed = (job.status?.conditions ?? []).find((c) => c.type === 'Failed' && c.status === 'True');
  const time = job.status?.completionTime ?? failed?.lastTransitionTime;
  return time ? isoTime(time) : undefined;
}

/** A Job as its list tab shows it: COMPLETIONS, the times of DURATION, and Running | Complete | Failed with the reason. */
export function toJobSummary(job: Job, pods: readonly ModelOrJson<V1Pod>[]): JobSummary {
  // kubectl 1.20's `create job --from=cronjob/NAME` names the CronJob as owner without marking it the controller.
  const owner = controllerOf(job) ?? job.metadata?.ownerReferences?.find((ref) => ref.kind === 'CronJob');
  const completed = completedAt(job);
  return {
    name: job.metadata?.name ?? '',
    namespace: job.metadata?.namespace ?? '',
    completions: completionsColumn(job),
    active: job.status?.active ?? 0,
    succeeded: job.status?.succeeded ?? 0,
    failed: job.status?.failed ?? 0,
    ...(job.status?.startTime ? { started: isoTime(job.status.startTime) } : {}),
    ...(completed ? { completed } : {}),
    ...(owner?.kind === 'CronJob' ? { cronJob: owner.name } : {}),
    ...podSpecColumns(job.spec?.template.spec),
    ...jobStatus(job, pods),
    created: isoTime(job.metadata?.creationTimestamp),
  };
}
