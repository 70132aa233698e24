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
