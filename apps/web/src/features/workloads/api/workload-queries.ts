import {
  cronJobDetail,
  cronJobList,
  daemonSetDetail,
  daemonSetList,
  deploymentDetail,
  deploymentList,
  jobDetail,
  jobList,
  statefulSetDetail,
  statefulSetList,
  type CronJobDetail,
  type CronJobSummary,
  type DaemonSetDetail,
  type DaemonSetSummary,
  type DeploymentDetail,
  type DeploymentSummary,
  type JobDetail,
  type JobSummary,
  type StatefulSetDetail,
  type StatefulSetSummary,
  type WorkloadPlural,
} from '@berth/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import { useCurrentCluster } from '../../../shared/api/current-cluster';
import { fetchJson, namespacePath } from '../../../shared/api/fetch-json';
import { queryKeys } from '../../../shared/api/query-keys';

/** Each kind's row and detail, by the plural its routes and query keys use. */
interface Kinds {
  deployments: { summary: DeploymentSummary; detail: DeploymentDetail };
  statefulsets: { summary: StatefulSetSummary; detail: StatefulSetDetail };
  daemonsets: { summary: DaemonSetSummary; detail: DaemonSetDetail };
  jobs: { summary: JobSummary; detail: JobDetail };
  cronjobs: { summary: CronJobSummary; detail: CronJobDetail };
}

export type WorkloadSummaryOf<P extends WorkloadPlural> = Kinds[P]['summary'];
export type WorkloadDetailOf<P extends WorkloadPlural> = Kinds[P]['detail'];
export interface WorkloadListOf<P extends WorkloadPlural> {
  items: WorkloadSummaryOf<P>[];
  resourceVersion?: string | undefined;
}

const schemas: {
  [P in WorkloadPlural]: { list: z.ZodType<WorkloadListOf<P>>; detail: z.ZodType<WorkloadDetailOf<P>> };
} = {
  deployments: { list: deploymentList, detail: deploymentDetail },
  statefulsets: { list: statefulSetList, detail: statefulSetDetail },
  daemonsets: { list: daemonSetList, detail: daemonSetDetail },
  jobs: { list: jobList, detail: jobDetail },
  cronjobs: { list: cronJobList, detail: cronJobDetail },
};

export const workloadListQueryOptions = <P extends WorkloadPlural>(cluster: string, namespace: string, plural: P) =>
  queryOptions({
    queryKey: queryKeys.workloads(cluster, namespace, plural),
    queryFn: ({ signal }): Promise<WorkloadListOf<P>> =>
      fetchJson(namespacePath(cluster, namespace, plural), schemas[plural].list, { signal }),
  });

export const workloadDetailQueryOptions = <P extends WorkloadPlural>(
  cluster: string,
  namespace: string,
  plural: P,
  name: string,
) =>
  queryOptions({
    queryKey: queryKeys.workload(cluster, namespace, plural, name),
    queryFn: ({ signal }): Promise<WorkloadDetailOf<P>> =>
      fetchJson(namespacePath(cluster, namespace, plural, name), schemas[plural].detail, { signal }),
  });

export const useWorkloadList = <P extends WorkloadPlural>(namespace: string, plural: P) =>
  useQuery(workloadListQueryOptions(useCurrentCluster(), namespace, plural));

export const useWorkloadDetail = <P extends WorkloadPlural>(namespace: string, plural: P, name: string) =>
  useQuery(workloadDetailQueryOptions(useCurrentCluster(), namespace, plural, name));
