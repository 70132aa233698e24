// "Run now": a Job made from a CronJob's jobTemplate exactly as `kubectl create job NAME --from=cronjob/CRONJOB` makes it.
import { randomBytes } from 'node:crypto';
import type { Router } from 'express';
import type { KubeConfig, V1CronJob, V1Job } from '@kubernetes/client-node';
import { cronJobRun, cronJobRunRequest } from '@berth/contracts';
import { kubernetesOf } from '../../auth/identity';
import type { JsonOf } from '../../kube/list-json';
import { NamespacedResources } from '../../kube/namespaced-resources';
import { acknowledgedWrite, type ListCache } from '../../kube/list-cache';
import { namespaceOf } from '../namespaces/namespace-scope';
import { toCronJobRun } from './cronjob-summary';

/** The annotation kubectl (and the CronJob controller's readers) use to tell a manual run from a scheduled one. */
export const manualRunAnnotation = 'cronjob.kubernetes.io/instantiate';

// A Job's name becomes its pods' `job-name` label value: at most 63 characters.
const maxJobName = 63;
const alphabet = 'abcdefghijklmnopqrstuvwxyz0123456789';

/** `<cronjob>-manual-<5 random>`: kubectl makes the user name it; the console picks a name no scheduled run uses. */
export function manualJobName(cronJob: string, random: (size: number) => Buffer = randomBytes): string {
  const suffix = [...random(5)].map((byte) => alphabet[byte % alphabet.length]).join('');
  return `${cronJob.slice(0, maxJobName - '-manual-'.length - suffix.length)}-manual-${suffix}`;
}

/**
 * kubectl's createJobFromCronJob: the jobTemplate's spec, its labels, its annotations over `instantiate: manual`, and
 * the CronJob as owner in the group version it was read as. `controller: true` as kubectl 1.30 and later set it (1.20
 * left it out, so the CronJob controller never counted or cleaned up manual runs: kubernetes#118276), and no
 * blockOwnerDeletion, which would need the cronjobs/finalizers permission (kubernetes#124883).
 */
export function jobFromCronJob(cronJob: JsonOf<V1CronJob>, groupVersion: string, name: string): V1Job {
  const template = cronJob.spec?.jobTemplate;
  return {
    apiVersion: 'batch/v1',
    kind: 'Job',
    metadata: {
      name,
      annotations: { [manualRunAnnotation]: 'manual', ...template?.metadata?.annotations },
      ...(template?.metadata?.labels ? { labels: template.metadata.labels } : {}),
      ownerReferences: [
        {
          apiVersion: groupVersion,
          kind: 'CronJob',
          name: cronJob.metadata?.name ?? '',
          uid: cronJob.metadata?.uid ?? '',
          controller: true,
        },
      ],
    },
    spec: template?.spec as V1Job['spec'],
  };
}

/** `POST /namespaces/:ns/cronjobs/:name/jobs`: runs the CronJob now; answers 201 with the Job as its Jobs table row. */
export function cronJobRunRoute(
  router: Router,
  groupVersion: (kubeConfig: KubeConfig) => Promise<string>,
  lists?: ListCache,
): void {
  router.post('/:name/jobs', async (req, res) => {
    cronJobRunRequest.parse(req.body);
    const namespace = namespaceOf(res);
    const name = req.params.name;
    const { kubeConfig } = kubernetesOf(res);
    const cronJobs = new NamespacedResources<V1CronJob>(kubeConfig, await groupVersion(kubeConfig), 'cronjobs');
    const cronJob = await cronJobs.read(namespace, name);
    const jobs = new NamespacedResources<V1Job>(kubeConfig, 'batch/v1', 'jobs');
    const created = await jobs.create(namespace, jobFromCronJob(cronJob, cronJobs.groupVersion, manualJobName(name)));
    lists?.acknowledge(namespace, 'jobs', acknowledgedWrite(created));
    res.status(201).json(cronJobRun.parse(toCronJobRun(created)));
  });
}
