// Where each watched kind lives in the API: the watch's path and the access review both read this one table.
import type { WatchedKind } from './informer-hub';

interface WatchedResource {
  /** '' is the core group. */
  group: '' | 'apps' | 'batch';
  /** `discovered`: the version the cluster serves it as (a CronJob: batch/v1beta1 on 1.20, batch/v1 later). */
  version: 'v1' | 'discovered';
}

const watchedResources: Record<WatchedKind, WatchedResource> = {
  deployments: { group: 'apps', version: 'v1' },
  replicasets: { group: 'apps', version: 'v1' },
  statefulsets: { group: 'apps', version: 'v1' },
  daemonsets: { group: 'apps', version: 'v1' },
  jobs: { group: 'batch', version: 'v1' },
  cronjobs: { group: 'batch', version: 'discovered' },
  pods: { group: '', version: 'v1' },
  events: { group: '', version: 'v1' },
  secrets: { group: '', version: 'v1' },
  services: { group: '', version: 'v1' },
};

/** The API group a SelfSubjectAccessReview names for `kind`. */
export const groupOf = (kind: WatchedKind): string => watchedResources[kind].group;

/** The group version to watch `kind` as (`apps/v1`, `v1`); `discovered` is the cluster's answer for a discovered kind. */
export function groupVersionOf(kind: WatchedKind, discovered: string | undefined): string {
  const { group, version } = watchedResources[kind];
  if (version === 'discovered') return discovered ?? `${group}/v1`;
  return group === '' ? version : `${group}/${version}`;
}
