// The pod status the kubelet would write for the node's view of its containers.
import type {
  V1Container,
  V1ContainerState,
  V1ContainerStateTerminated,
  V1ContainerStatus,
  V1Pod,
  V1PodCondition,
  V1PodStatus,
} from '@kubernetes/client-node';
import type { ContainerState, Exit } from './container-state';
import { nodeIP } from './node-object';
import { podPhase } from './pod-phase';

const terminated = (exit: Exit): V1ContainerStateTerminated => ({ ...exit });

function stateOf(state: ContainerState | undefined, defaultWaiting: string): V1ContainerState {
  if (state?.kind === 'running') return { running: { startedAt: state.startedAt } };
  if (state?.kind === 'terminated') return { terminated: terminated(state.exit) };
  if (!state) return { waiting: { reason: defaultWaiting } };
  return { waiting: { reason: state.reason, ...(state.message ? { message: state.message } : {}) } };
}

/** `init`: an init container is ready once it exited 0, and reports no `started`, as the kubelet writes them. */
function containerStatus(
  container: V1Container,
  state: ContainerState | undefined,
  defaultWaiting: string,
  init: boolean,
): V1ContainerStatus {
  const ran = state?.kind === 'running' || state?.kind === 'terminated';
  const ready = init ? state?.kind === 'terminated' && state.exit.exitCode === 0 : state?.kind === 'running';
  return {
    name: container.name,
    image: container.image ?? '',
    imageID: ran ? state.imageID : '',
    ready,
    ...(init ? {} : { started: state?.kind === 'running' }),
    restartCount: state?.restartCount ?? 0,
    state: stateOf(state, defaultWaiting),
    ...(state?.lastExit ? { lastState: { terminated: terminated(state.lastExit) } } : {}),
  };
}

/** A condition as the kubelet's status generator words it; the transition time moves only when the status does. */
function condition(
  previous: V1PodCondition[] | undefined,
  type: string,
  status: boolean,
  now: Date,
  why: { reason?: string; message?: string } = {},
): V1PodCondition {
  const text = status ? 'True' : 'False';
  const before = previous?.find((c) => c.type === type);
  const lastTransitionTime = before?.status === text && before.lastTransitionTime ? before.lastTransitionTime : now;
  return { type, status: text, lastTransitionTime, ...why };
}

interface Verdict {
  ready: boolean;
  why: { reason?: string; message?: string };
}

const names = (statuses: V1ContainerStatus[]) =>
  statuses
    .filter((s) => !s.ready)
    .map((s) => s.name)
    .join(' ');

/** ContainersReady (and Ready) as the kubelet's status generator (pkg/kubelet/status/generate.go) words it. */
function containersReady(statuses: V1ContainerStatus[], phase: string): Verdict {
  if (phase === 'Succeeded') return { ready: false, why: { reason: 'PodCompleted' } };
  const unready = names(statuses);
  if (!unready) return { ready: true, why: {} };
  return {
    ready: false,
    why: { reason: 'ContainersNotReady', message: `containers with unready status: [${unready}]` },
  };
}

/** Initialized: every init container exited 0 (an init container is "ready" then). */
function initialized(init: V1ContainerStatus[], phase: string): Verdict {
  if (phase === 'Succeeded') return { ready: true, why: { reason: 'PodCompleted' } };
  const incomplete = names(init);
  if (!incomplete) return { ready: true, why: {} };
  const message = `containers with incomplete status: [${incomplete}]`;
  return { ready: false, why: { reason: 'ContainersNotInitialized', message } };
}

/**
 * The status the kubelet would write: init containers in order first (Initialized), then the containers: Running and
 * Ready while they run, Succeeded or Failed once they exited for good (restart policy), Pending while any waits.
 */
export function buildPodStatus(pod: V1Pod, states: ReadonlyMap<string, ContainerState>, now: Date): V1PodStatus {
  const initContainers = pod.spec?.initContainers ?? [];
  // Containers not yet started wait in PodInitializing while the pod has init containers (kubelet's default).
  const defaultWaiting = initContainers.length > 0 ? 'PodInitializing' : 'ContainerCreating';
  const initContainerStatuses = initContainers.map((c) => containerStatus(c, states.get(c.name), defaultWaiting, true));
  const containerStatuses = (pod.spec?.containers ?? []).map((c) =>
    containerStatus(c, states.get(c.name), defaultWaiting, false),
  );
  const phase = podPhase(pod.spec ?? { containers: [] }, [...initContainerStatuses, ...containerStatuses]);
  const ready = containersReady(containerStatuses, phase);
  const init = initialized(initContainerStatuses, phase);
  const previous = pod.status?.conditions;
  const scheduled = previous?.find((c) => c.type === 'PodScheduled') ?? condition(undefined, 'PodScheduled', true, now);
  const ours = ['Initialized', 'Ready', 'ContainersReady', 'PodScheduled'];
  return {
    ...pod.status,
    phase,
    conditions: [
      condition(previous, 'Initialized', init.ready, now, init.why),
      condition(previous, 'Ready', ready.ready, now, ready.why),
      condition(previous, 'ContainersReady', ready.ready, now, ready.why),
      scheduled,
      // Conditions of others (readiness gates, ...) are theirs to keep.
      ...(previous ?? []).filter((c) => !ours.includes(c.type)),
    ],
    hostIP: nodeIP,
    podIP: nodeIP,
    podIPs: [{ ip: nodeIP }],
    startTime: pod.status?.startTime ?? now,
    ...(initContainers.length > 0 ? { initContainerStatuses } : {}),
    containerStatuses,
  };
}

/** What a status write would change, without timestamps: equal projections mean no write is needed. */
export function statusProjection(status: V1PodStatus | undefined): string {
  const conditions = [...(status?.conditions ?? [])]
    .map((c) => [c.type, c.status, c.reason ?? '', c.message ?? ''])
    .sort((a, b) => String(a[0]).localeCompare(String(b[0])));
  const containers = [...(status?.initContainerStatuses ?? []), ...(status?.containerStatuses ?? [])].map((s) => {
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
      s.state?.terminated?.exitCode ?? '',
      s.lastState?.terminated?.exitCode ?? '',
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
