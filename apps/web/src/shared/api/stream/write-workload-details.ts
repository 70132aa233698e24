import {
  cronJobDetail,
  cronJobSummary,
  daemonSetDetail,
  daemonSetSummary,
  deploymentDetail,
  deploymentSummary,
  jobDetail,
  jobSummary,
  statefulSetDetail,
  statefulSetSummary,
  workloadKinds,
  workloadResources,
  type PodSummary,
  type WorkloadKind,
  type WorkloadPlural,
} from '@berth/contracts';
import { mergeByName, type Change } from './merge-by-name';
import { queryKeys } from '../query-keys';
import { cachedDetails } from './cached-details';
import { sameJson } from './same-json';
import { ownerKey, type DetailWriter, type StreamBatch } from './stream-batch';

/** A cached detail as this writer reads it: a summary plus parts only a GET answers (pods it can follow). */
type Detail = { name: string; pods: PodSummary[]; jobs?: { name: string }[] } & Record<string, unknown>;

const shapes = {
  deployments: [deploymentSummary, deploymentDetail],
  statefulsets: [statefulSetSummary, statefulSetDetail],
  daemonsets: [daemonSetSummary, daemonSetDetail],
  jobs: [jobSummary, jobDetail],
  cronjobs: [cronJobSummary, cronJobDetail],
} as const;

/** The detail's own fields (replicas, conditions, pods, events, a CronJob's jobs…): a new summary leaves them be. */
const detailOnly = Object.fromEntries(
  Object.entries(shapes).map(([plural, [summary, detail]]) => [
    plural,
    Object.keys(detail.shape).filter((key) => !(key in summary.shape)),
  ]),
) as Record<WorkloadPlural, string[]>;

/** Events and pods whose owner the BFF did not know yet: matched by the names Kubernetes gives them (`NAME-<hash>`). */
function mentions(kind: WorkloadKind, name: string, batch: StreamBatch): boolean {
  const prefix = `${name}-`;
  return (
    batch.events.some((e) => (e.object.kind === kind ? e.object.name === name : e.object.name.startsWith(prefix))) ||
    [...batch.unowned].some((pod) => pod.startsWith(prefix))
  );
}

/** The batch's pod changes of a workload: a CronJob's are those of the Jobs its detail lists. */
function podsOf(plural: WorkloadPlural, name: string, old: Detail | undefined, batch: StreamBatch) {
  if (plural !== 'cronjobs') return batch.pods.get(ownerKey(plural, name));
  const changes = new Map<string, Change<PodSummary>>();
  for (const job of old?.jobs ?? [])
    for (const [pod, c] of batch.pods.get(ownerKey('jobs', job.name)) ?? []) changes.set(pod, c);
  return changes.size > 0 ? changes : undefined;
}

/**
 * Follow the stream on every cached workload detail of every kind: its summary and pods are written in at once; what
 * only a GET answers (conditions, events, spec.replicas, a CronJob's Jobs) is refreshed when the workload, an event of
 * its family or (for a CronJob) one of its Jobs changed.
 */
export const writeWorkloadDetails: DetailWriter = (client, cluster, namespace, batch, refresh) => {
  for (const kind of workloadKinds) {
    const plural = workloadResources[kind].plural;
    const changes: ReadonlyMap<string, Change<{ name: string }>> = batch[plural];
    for (const { query, name } of cachedDetails(client, queryKeys.workloads(cluster, namespace, plural))) {
      const old = client.getQueryData<Detail>(query.queryKey);
      const change = changes.get(name);
      const pods = podsOf(plural, name, old, batch);
      const jobRan = plural === 'cronjobs' && [...batch.jobs.values()].some((c) => c.object.cronJob === name);
      const mentioned = jobRan || mentions(kind, name, batch);
      if (change === undefined && pods === undefined && !mentioned) continue;
      // Without an answer yet (its first one may predate the change) or once deleted, only a GET can tell.
      if (old === undefined || change?.type === 'deleted') {
        refresh(query.queryKey);
        continue;
      }
      let next = old;
      let refetch = mentioned;
      if (change !== undefined) {
        const merged: Detail = { ...change.object, pods: old.pods };
        for (const key of detailOnly[plural]) merged[key] = old[key];
        if (!sameJson(merged, old)) {
          next = merged;
          refetch = true;
        }
      }
      if (pods !== undefined) {
        const merged = mergeByName(next.pods, pods);
        if (merged !== next.pods) next = { ...next, pods: merged };
      }
      if (next !== old) client.setQueryData(query.queryKey, next);
      if (refetch || query.state.fetchStatus === 'fetching') refresh(query.queryKey);
    }
  }
};
