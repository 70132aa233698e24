import type { CoreV1Event, V1Deployment, V1Pod, V1ReplicaSet } from '@kubernetes/client-node';
import type { DeploymentDetail } from '@berth/contracts';
import { isoTime } from '../../kube/iso-time';
import type { ModelOrJson } from '../../kube/list-json';
import { toDeploymentSummary } from './deployment-summary';
import { newestEventsFirst, toEventSummary } from './event-summary';
import { ownedObjects } from './owned-objects';
import { toPodSummary } from './pod-summary';
import { podAccessOf } from './pod-access';

/** Everything the workload page shows: rollout conditions, pods and the events of the whole family, newest first. */
export function toDeploymentDetail(
  deployment: ModelOrJson<V1Deployment>,
  replicaSets: readonly ModelOrJson<V1ReplicaSet>[],
  pods: readonly ModelOrJson<V1Pod>[],
  events: readonly ModelOrJson<CoreV1Event>[],
): DeploymentDetail {
  const owned = ownedObjects(deployment, replicaSets, pods);
  const family = new Set(
    [deployment, ...owned.replicaSets, ...owned.pods].map((o) => o.metadata?.uid).filter((u) => u !== undefined),
  );
  const related = newestEventsFirst(
    events.filter((e) => e.involvedObject?.uid !== undefined && family.has(e.involvedObject.uid)).map(toEventSummary),
  );
  return {
    ...toDeploymentSummary(deployment, owned.pods),
    ...podAccessOf(deployment.spec?.template),
    replicas: deployment.spec?.replicas ?? 1,
    conditions: (deployment.status?.conditions ?? []).map((c) => ({
      type: c.type,
      status: c.status,
      ...(c.reason ? { reason: c.reason } : {}),
      ...(c.message ? { message: c.message } : {}),
      ...(c.lastTransitionTime ? { lastTransitionTime: isoTime(c.lastTransitionTime) } : {}),
    })),
    pods: owned.pods.map(toPodSummary).sort((a, b) => a.name.localeCompare(b.name)),
    events: related,
  };
}
