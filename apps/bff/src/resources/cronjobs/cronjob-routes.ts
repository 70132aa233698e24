import type { Router } from 'express';
import type { V1CronJob } from '@kubernetes/client-node';
import { cronJobDetail, cronJobPatch, cronJobSummary, type CronJobDetail, type CronJobSummary } from '@berth/contracts';
import { HttpError } from '../../http/errors';
import { cronJobGroupVersion, cronJobGroupVersions } from '../../kube/cronjob-version';
import type { ListCache } from '../../kube/list-cache';
import { podRows } from '../workloads/detail-parts';
import type { WorkloadDefinition } from '../workloads/workload-kind';
import { workloadRoutes } from '../workloads/workload-routes';
import { cronJobRunRoute } from './cronjob-run';
import { cronJobRuns, toCronJobSummary } from './cronjob-summary';

export const cronJobs: WorkloadDefinition<V1CronJob, CronJobSummary, CronJobDetail> = {
  kind: 'CronJob',
  plural: 'cronjobs',
  param: 'cronjob',
  apiVersions: cronJobGroupVersions,
  groupVersion: async (kubeConfig) => {
    const version = await cronJobGroupVersion(kubeConfig);
    if (version === undefined) throw new HttpError(404, 'NotFound', 'This cluster serves no CronJobs');
    return version;
  },
  related: 'jobs',
  summary: (cronJob, jobs) => toCronJobSummary(cronJob, jobs),
  summarySchema: cronJobSummary,
  detail: (cronJob, { owned, pods, events }) => ({
    ...toCronJobSummary(cronJob, owned),
    jobs: cronJobRuns(owned),
    // A CronJob has no conditions; the field keeps every detail the same shape.
    conditions: [],
    pods: podRows(pods),
    events,
  }),
  detailSchema: cronJobDetail,
  patchSchema: cronJobPatch,
  podSpecPath: '/spec/jobTemplate/spec/template/spec',
  podSpec: (cronJob) => cronJob.spec?.jobTemplate.spec?.template.spec,
};

/** `/namespaces/:ns/cronjobs`, in the group version the cluster serves (batch/v1beta1 on 1.20), and "Run now". */
export function cronJobRoutes(lists?: ListCache): Router {
  const router = workloadRoutes(cronJobs, lists);
  cronJobRunRoute(router, cronJobs.groupVersion, lists);
  return router;
}
