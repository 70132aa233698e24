import type { CoreV1Event, V1Deployment, V1Pod, V1ReplicaSet } from '@kubernetes/client-node';
import type { ContainerStatus, DeploymentDetail, DeploymentSummary, EventSummary, PodSummary } from '@berth/contracts';
import { consoleStatus, readyColumn } from './deployment-status';
import { isoTime } from './kubernetes';

const ownedBy = (owner: { metadata?: { uid?: string } }) => (object: { metadata?: { ownerReferences?: { uid: string }[] } }) =>
  owner.metadata?.uid !== undefined && (object.metadata?.ownerReferences ?? []).some((ref) => ref.uid === owner.metadata?.uid);

/** The ReplicaSets the Deployment controller made for this Deployment, and their pods. */
export function ownedObjects(
  deployment: V1Deployment,
  replicaSets: readonly V1ReplicaSet[],
  pods: readonly V1Pod[],
): { replicaSets: V1ReplicaSet[]; pods: V1Pod[] } {
  const owned = replicaSets.filter(ownedBy(deployment));
  return { replicaSets: owned, pods: pods.filter((pod) => owned.some((rs) => ownedBy(rs)(pod))) };
}

export function toDeploymentSummary(deployment: V1Deployment, pods: readonly V1Pod[]): DeploymentSummary {
  const podSpec = deployment.spec?.template.spec;
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

function toContainerStatus(pod: V1Pod, name: string, image: string): ContainerStatus {
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

export function toPodSummary(pod: V1Pod): PodSummary {
  return {
    name: pod.metadata?.name ?? '',
    phase: pod.status?.phase ?? 'Unknown',
    ...(pod.spec?.nodeName ? { node: pod.spec.nodeName } : {}),
    created: isoTime(pod.metadata?.creationTimestamp),
    containers: (pod.spec?.containers ?? []).map((c) => toContainerStatus(pod, c.name, c.image ?? '')),
  };
}

/** When an event last happened: events.k8s.io fields first, then the core ones. */
function lastSeen(event: CoreV1Event): string {
  return isoTime(event.series?.lastObservedTime ?? event.lastTimestamp ?? event.eventTime ?? event.metadata.creationTimestamp);
}

export function toEventSummary(event: CoreV1Event): EventSummary {
  return {
    type: event.type ?? 'Normal',
    reason: event.reason ?? '',
    message: event.message ?? '',
    object: { kind: event.involvedObject.kind ?? '', name: event.involvedObject.name ?? '' },
    count: event.series?.count ?? event.count ?? 1,
    lastSeen: lastSeen(event),
  };
}

/** Everything the workload page shows: rollout conditions, pods and the events of the whole family, newest first. */
export function toDeploymentDetail(
  deployment: V1Deployment,
  replicaSets: readonly V1ReplicaSet[],
  pods: readonly V1Pod[],
  events: readonly CoreV1Event[],
): DeploymentDetail {
  const owned = ownedObjects(deployment, replicaSets, pods);
  const family = new Set([deployment, ...owned.replicaSets, ...owned.pods].map((o) => o.metadata?.uid).filter((u) => u !== undefined));
  const related = events
    .filter((e) => e.involvedObject.uid !== undefined && family.has(e.involvedObject.uid))
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
