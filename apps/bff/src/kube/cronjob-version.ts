// kube-apiserver 1.20 serves CronJobs only as batch/v1beta1, 1.21 and later as batch/v1 (v1beta1 gone in 1.25): which
// one a cluster offers is asked once by discovery, as kubectl's RESTMapper does, and kept per API server.
import type { KubeConfig } from '@kubernetes/client-node';
import { cronJobApiVersions, type CronJobApiVersion } from '@berth/contracts';
import { kubeRequestJson } from './kube-request';
import { statusCodeOf } from './kubernetes-errors';

// Newest first: where a server serves both, the newest is chosen.
export const cronJobGroupVersions = cronJobApiVersions;
export type CronJobGroupVersion = CronJobApiVersion;

/** A discovery answer (`GET /apis/batch/v1`): the resources a group version serves. */
export interface ServedResources {
  groupVersion: string;
  resources: readonly { name: string }[];
}

/** The newest group version serving `cronjobs`, from the discovery answers the server gave (a missing one serves none). */
export function chooseCronJobVersion(
  answers: readonly (ServedResources | undefined)[],
): CronJobGroupVersion | undefined {
  return cronJobGroupVersions.find((version) =>
    answers.some((a) => a?.groupVersion === version && a.resources.some((r) => r.name === 'cronjobs')),
  );
}

async function discover(kubeConfig: KubeConfig, groupVersion: string): Promise<ServedResources | undefined> {
  try {
    return await kubeRequestJson<ServedResources>(kubeConfig, { method: 'GET', path: `/apis/${groupVersion}` });
  } catch (error) {
    // 404: the server does not serve that group version at all.
    if (statusCodeOf(error) === 404) return undefined;
    throw error;
  }
}

/** By API server address: every identity of one cluster gets the same answer. Failures are not kept. */
const known = new Map<string, Promise<CronJobGroupVersion | undefined>>();

/** The group version this cluster serves CronJobs as (undefined: none), asked once per API server. */
export function cronJobGroupVersion(kubeConfig: KubeConfig): Promise<CronJobGroupVersion | undefined> {
  const server = kubeConfig.getCurrentCluster()?.server ?? '';
  let answer = known.get(server);
  if (answer === undefined) {
    answer = Promise.all(cronJobGroupVersions.map((v) => discover(kubeConfig, v))).then(chooseCronJobVersion);
    known.set(server, answer);
    answer.catch(() => known.delete(server));
  }
  return answer;
}
