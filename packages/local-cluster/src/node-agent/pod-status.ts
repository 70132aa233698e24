// The pod status the kubelet would write for the node's view of its containers.
import type { V1Container, V1ContainerStatus, V1Pod, V1PodCondition, V1PodStatus } from '@kubernetes/client-node';
import type { ContainerState } from './container-state';
import { nodeIP } from './node-object';

function containerStatus(container: V1Container, state: ContainerState | undefined): V1ContainerStatus {
  const common = { name: container.name, image: container.image ?? '', restartCount: 0 };
  if (state?.kind === 'running') {
    return {
      ...common,
      imageID: state.imageID,
      ready: true,
      started: true,
      state: { running: { startedAt: state.startedAt } },
    };
  }
  const waiting = state
    ? { reason: state.reason, ...(state.message ? { message: state.message } : {}) }
    : { reason: 'ContainerCreating' };
  return { ...common, imageID: '', ready: false, started: false, state: { waiting } };
}

function condition(
  previous: V1PodCondition[] | undefined,
  type: string,
  ready: boolean,
  now: Date,
  unready: readonly string[],
): V1PodCondition {
  const status = ready ? 'True' : 'False';
  const before = previous?.find((c) => c.type === type);
  const lastTransitionTime = before?.status === status && before.lastTransitionTime ? before.lastTransitionTime : now;
  const why = ready
    ? {}
    : { reason: 'ContainersNotReady', message: `containers with unready status: [${unready.join(' ')}]` };
  return { type, status, lastTransitionTime, ...why };
}

/** Running and Ready once every container runs; Pending with ContainersNotReady while any waits. */
export function buildPodStatus(pod: V1Pod, states: ReadonlyMap<string, ContainerState>, now: Date): V1PodStatus {
  const containers = pod.spec?.containers ?? [];
  const containerStatuses = containers.map((c) => containerStatus(c, states.get(c.name)));
  const unready = containerStatuses.filter((s) => !s.ready).map((s) => s.name);
  const allReady = unready.length === 0;
  const previous = pod.status?.conditions;
  const scheduled =
    previous?.find((c) => c.type === 'PodScheduled') ?? condition(undefined, 'PodScheduled', true, now, []);
  const ours = ['Initialized', 'Ready', 'ContainersReady', 'PodScheduled'];
  return {
    ...pod.status,
    phase: allReady ? 'Running' : 'Pending',
    conditions: [
      condition(previous, 'Initialized', true, now, []),
      condition(previous, 'Ready', allReady, now, unready),
      condition(previous, 'ContainersReady', allReady, now, unready),
      scheduled,
      // Conditions of others (readiness gates, ...) are theirs to keep.
      ...(previous ?? []).filter((c) => !ours.includes(c.type)),
    ],
    hostIP: nodeIP,
    podIP: nodeIP,
    podIPs: [{ ip: nodeIP }],
    startTime: pod.status?.startTime ?? now,
    containerStatuses,
  };
}

/** What a status write would change, without timestamps: equal projections mean no write is needed. */
export function statusProjection(status: V1PodStatus | undefined): string {
  const conditions = [...(status?.conditions ?? [])]
    .map((c) => [c.type, c.status, c.reason ?? '', c.message ?? ''])
    .sort((a, b) => String(a[0]).localeCompare(String(b[0])));
  const containers = (status?.containerStatuses ?? []).map((s) => {
    const waiting = s.state?.waiting;
    const kind = s.state?.running ? 'running' : waiting ? 'waiting' : s.state?.terminated ? 'terminated' : 'unknown';
    return [
      s.name,
      s.image,
      s.imageID,
      s.ready,
      s.started ?? false,
      s.restartCount,
      kind,
      waiting?.reason ?? '',
      waiting?.message ?? '',
    ];
  });
  return JSON.stringify([
    status?.phase,
    status?.hostIP,
    status?.podIP,
    status?.startTime !== undefined,
    conditions,
    containers,
  ]);
}

export function statusChanged(before: V1PodStatus | undefined, after: V1PodStatus): boolean {
  return statusProjection(before) !== statusProjection(after);
}
