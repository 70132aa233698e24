export const workloadKinds = ['Deployment', 'StatefulSet', 'DaemonSet', 'Job', 'CronJob'] as const;
export type WorkloadKind = (typeof workloadKinds)[number];
export const workloadResources = {
  Deployment: { plural: 'deployments', label: 'Deployments', group: 'apps' },
  StatefulSet: { plural: 'statefulsets', label: 'StatefulSets', group: 'apps' },
  DaemonSet: { plural: 'daemonsets', label: 'DaemonSets', group: 'apps' },
  Job: { plural: 'jobs', label: 'Jobs', group: 'batch' },
  CronJob: { plural: 'cronjobs', label: 'Cron Jobs', group: 'batch' },
} as const satisfies Record<WorkloadKind, { plural: string; label: string; group: 'apps' | 'batch' }>;
export type WorkloadPlural = (typeof workloadResources)[WorkloadKind]['plural'];

/** kube-apiserver 1.20 serves CronJob only as batch/v1beta1, 1.21 and later as batch/v1 (discovery says which), newest first. */
export const cronJobApiVersions = ['batch/v1', 'batch/v1beta1'] as const;
export type CronJobApiVersion = (typeof cronJobApiVersions)[number];
