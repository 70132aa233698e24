// A pod as its detail page shows it: containers (init ones first) with their states, its owner, and its events.
import type { CoreV1Event, V1Container, V1ContainerStatus, V1Pod } from '@kubernetes/client-node';
import type { PodContainer, PodDetail, PodOwner } from '@berth/contracts';
import { isoTime } from '../../kube/iso-time';
import type { ModelOrJson } from '../../kube/list-json';
import { newestEventsFirst, toEventSummary } from '../deployments/event-summary';
import { podStatusText } from './pod-status-text';

type Pod = ModelOrJson<V1Pod>;

function toPodContainer(
  container: ModelOrJson<V1Container>,
  status: ModelOrJson<V1ContainerStatus> | undefined,
  init: boolean,
): PodContainer {
  const { running, waiting, terminated } = status?.state ?? {};
  const detail = waiting ?? terminated;
  const last = status?.lastState?.terminated;
  return {
    name: container.name,
    init,
    image: container.image ?? '',
    ...(status?.imageID ? { imageID: status.imageID } : {}),
    state: running ? 'running' : waiting ? 'waiting' : terminated ? 'terminated' : 'unknown',
    ...(detail?.reason ? { reason: detail.reason } : {}),
    ...(detail?.message ? { message: detail.message } : {}),
    ...(terminated ? { exitCode: terminated.exitCode } : {}),
    ...(running?.startedAt ? { startedAt: isoTime(running.startedAt) } : {}),
    ready: status?.ready ?? false,
    restarts: status?.restartCount ?? 0,
    ...(last
      ? {
          lastTermination: {
            ...(last.reason ? { reason: last.reason } : {}),
            exitCode: last.exitCode,
            ...(last.finishedAt ? { finishedAt: isoTime(last.finishedAt) } : {}),
          },
        }
      : {}),
  };
}

function containersOf(pod: Pod): PodContainer[] {
  const of = (statuses: ModelOrJson<V1ContainerStatus>[] | undefined, name: string) =>
    (statuses ?? []).find((s) => s.name === name);
  return [
    ...(pod.spec?.initContainers ?? []).map((c) =>
      toPodContainer(c, of(pod.status?.initContainerStatuses, c.name), true),
    ),
    ...(pod.spec?.containers ?? []).map((c) => toPodContainer(c, of(pod.status?.containerStatuses, c.name), false)),
  ];
}

/** `owner`: the workload behind the pod (pod-owner.ts), not necessarily its direct ownerReference. */
export function toPodDetail(pod: Pod, events: ModelOrJson<CoreV1Event>[], owner?: PodOwner): PodDetail {
  return {
    name: pod.metadata?.name ?? '',
    namespace: pod.metadata?.namespace ?? '',
    phase: pod.status?.phase ?? 'Unknown',
    status: podStatusText(pod),
    ...(pod.spec?.nodeName ? { node: pod.spec.nodeName } : {}),
    ...(pod.status?.podIP ? { podIP: pod.status.podIP } : {}),
    created: isoTime(pod.metadata?.creationTimestamp),
    ...(owner ? { owner } : {}),
    containers: containersOf(pod),
    events: newestEventsFirst(events.map(toEventSummary)),
  };
}
