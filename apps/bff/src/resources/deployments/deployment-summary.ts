import type { CoreV1Event, V1Deployment, V1Pod, V1ReplicaSet } from '@kubernetes/client-node';
import type { ContainerStatus, DeploymentDetail, DeploymentSummary, EventSummary, PodSummary } from '@berth/contracts';
import { consoleStatus, readyColumn } from './deployment-status';
import { isoTime } from '../../kube/clients';
import type { ModelOrJson } from '../../kube/list-json';

// Objects from client-node calls or from raw lists (`listJson`): the same fields, read the same way.
type Deployment = ModelOrJson<V1Deployment>;
type Pod = ModelOrJson<V1Pod>;
type Event = ModelOrJson<CoreV1Event>;
interface Owner {
  metadata?: { uid?: string };
}
interface Owned {
  metadata?: { uid?: string; ownerReferences?: { uid: string }[] };
}

const ownedBy = (owner: Owner) => (object: Owned) =>
  owner.metadata?.uid !== undefined && (object.metadata?.ownerReferences ?? []).some((ref) => ref.uid === owner.metadata?.uid);

/** The ReplicaSets the Deployment controller made for this Deployment, and their pods. */
export function ownedObjects<R extends Owned, P extends Owned>(deployment: Owner, replicaSets: readonly R[], pods: readonly P[]): { replicaSets: R[]; pods: P[] } {
  const owned = replicaSets.filter(ownedBy(deployment));
  return { replicaSets: owned, pods: pods.filter((pod) => owned.some((rs) => ownedBy(rs)(pod))) };
}

/** `ownedObjects(d).pods` for every Deployment of a list, through one index of owner uids instead of a scan per row. */
export function podsByDeployment<P extends Owned>(replicaSets: readonly Owned[], pods: readonly P[]): (deployment: Owner) => P[] {
  const deploymentsOfReplicaSet = new Map<string, string[]>();
  for (const rs of replicaSets) {
    const uid = rs.metadata?.uid;
    if (uid !== undefined) deploymentsOfReplicaSet.set(uid, (rs.metadata?.ownerReferences ?? []).map((ref) => ref.uid));
  }
  const podsOfDeployment = new Map<string, P[]>();
  for (const pod of pods) {
    const owners = new Set((pod.metadata?.ownerReferences ?? []).flatMap((ref) => deploymentsOfReplicaSet.get(ref.uid) ?? []));
    for (const owner of owners) {
      const owned = podsOfDeployment.get(owner);
      if (owned === undefined) podsOfDeployment.set(owner, [pod]);
      else owned.push(pod);
    }
  }
  return (deployment) => podsOfDeployment.get(deployment.metadata?.uid ?? '') ?? [];
}

export function toDeploymentSummary(deployment: Deployment, pods: readonly Pod[]): DeploymentSummary {
  const podSpec = deployment.spec?.template?.spec;
  return {
    name: deployment.metadata?.name ?? '',
    namespace: deployment.metadata?.namespace ?? '',
    ready: readyColumn(deployment),
    upToDate: deployment.status?.updatedReplicas ?? 0,
    available: deployment.status?.availableReplicas ?? 0,
    images: (podSpec?.containers ?? []).map((c) => c.image ?? ''),
    imagePullSecrets: (podSpec?.imagePullSecrets ?? []).map((s) => s.name ?? '').filter((n) => n !== ''),
    ...consoleStatus(deployment, pods),
    created: isoTime(deployment.metadata?.creationTimestamp),
  };
}

function toContainerStatus(pod: Pod, name: string, image: string): ContainerStatus {
  const status = (pod.status?.containerStatuses ?? []).find((c) => c.name === name);
  const state = status?.state;
  const detail = state?.waiting ?? state?.terminated;
  return {
    name,
    image,
    ready: status?.ready ?? false,
    restarts: status?.restartCount ?? 0,
    state: state?.running ? 'running' : state?.waiting ? 'waiting' : state?.terminated ? 'terminated' : 'unknown',
    ...(detail?.reason ? { reason: detail.reason } : {}),
    ...(detail?.message ? { message: detail.message } : {}),
  };
}

export function toPodSummary(pod: Pod): PodSummary {
  return {
    name: pod.metadata?.name ?? '',
    phase: pod.status?.phase ?? 'Unknown',
    ...(pod.spec?.nodeName ? { node: pod.spec.nodeName } : {}),
    created: isoTime(pod.metadata?.creationTimestamp),
    containers: (pod.spec?.containers ?? []).map((c) => toContainerStatus(pod, c.name, c.image ?? '')),
  };
}

/** When an event last happened: events.k8s.io fields first, then the core ones. */
function lastSeen(event: Event): string {
  return isoTime(event.series?.lastObservedTime ?? event.lastTimestamp ?? event.eventTime ?? event.metadata?.creationTimestamp);
}

export function toEventSummary(event: Event): EventSummary {
  return {
    type: event.type ?? 'Normal',
    reason: event.reason ?? '',
    message: event.message ?? '',
    object: { kind: event.involvedObject?.kind ?? '', name: event.involvedObject?.name ?? '' },
    count: event.series?.count ?? event.count ?? 1,
    lastSeen: lastSeen(event),
  };
}

/** Everything the workload page shows: rollout conditions, pods and the events of the whole family, newest first. */
export function toDeploymentDetail(
  deployment: Deployment,
  replicaSets: readonly ModelOrJson<V1ReplicaSet>[],
  pods: readonly Pod[],
  events: readonly Event[],
): DeploymentDetail {
  const owned = ownedObjects(deployment, replicaSets, pods);
  const family = new Set([deployment, ...owned.replicaSets, ...owned.pods].map((o) => o.metadata?.uid).filter((u) => u !== undefined));
  const related = events
    .filter((e) => e.involvedObject?.uid !== undefined && family.has(e.involvedObject.uid))
    .map(toEventSummary)
    .sort((a, b) => b.lastSeen.localeCompare(a.lastSeen));
  return {
    ...toDeploymentSummary(deployment, owned.pods),
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
