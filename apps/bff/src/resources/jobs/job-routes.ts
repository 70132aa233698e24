import type { Router } from 'express';
import type { V1Job } from '@kubernetes/client-node';
import { jobDetail, jobPatch, jobSummary, type JobDetail, type JobSummary } from '@berth/contracts';
import type { ListCache } from '../../kube/list-cache';
import { podRows, toConditions } from '../workloads/detail-parts';
import type { WorkloadDefinition } from '../workloads/workload-kind';
import { workloadRoutes } from '../workloads/workload-routes';
import { toJobSummary } from './job-summary';

export const jobs: WorkloadDefinition<V1Job, JobSummary, JobDetail> = {
  kind: 'Job',
  plural: 'jobs',
  param: 'job',
  apiVersions: ['batch/v1'],
  groupVersion: () => Promise.resolve('batch/v1'),
  related: 'pods',
  summary: (job, pods) => toJobSummary(job, pods),
  summarySchema: jobSummary,
  detail: (job, { pods, events }) => ({
    ...toJobSummary(job, pods),
    parallelism: job.spec?.parallelism ?? 1,
    backoffLimit: job.spec?.backoffLimit ?? 6,
    conditions: toConditions(job.status?.conditions),
    pods: podRows(pods),
    events,
  }),
  detailSchema: jobDetail,
  patchSchema: jobPatch,
  // A Job's pod template cannot change once created; its parallelism can.
  podSpecPath: '/spec/template/spec',
  podSpec: (job) => job.spec?.template.spec,
};

/** `/namespaces/:ns/jobs`. */
export function jobRoutes(lists?: ListCache): Router {
  return workloadRoutes(jobs, lists);
}
