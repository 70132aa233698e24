// Which run of a container a log request reads, or why there is none: the kubelet's validateContainerLogStatus, whose
// words reach `kubectl logs` (and Berth) as the API server's 400 message.
import type { V1Pod } from '@kubernetes/client-node';

export type LogTarget = { restartCount: number; running: boolean } | { error: string };

export function containerLogTarget(pod: V1Pod, container: string, previous: boolean): LogTarget {
  const podName = pod.metadata?.name ?? '';
  const status = [...(pod.status?.containerStatuses ?? []), ...(pod.status?.initContainerStatuses ?? [])].find(
    (s) => s.name === container,
  );
  const named = `container "${container}" in pod "${podName}"`;
  if (!status) return { error: `${named} is not available` };
  const restarts = status.restartCount;
  const { waiting, running, terminated } = status.state ?? {};
  const lastTerminated = status.lastState?.terminated;
  // This agent counts a restart when the next run starts: in a crash back-off the last run is still number `restarts`.
  const lastRun = waiting ? restarts : restarts - 1;
  if (previous) {
    if (!lastTerminated || lastRun < 0) return { error: `previous terminated ${named} not found` };
    return { restartCount: lastRun, running: false };
  }
  if (running) return { restartCount: restarts, running: true };
  if (terminated) return { restartCount: restarts, running: false };
  if (lastTerminated && lastRun >= 0) return { restartCount: lastRun, running: false };
  if (waiting) {
    if (waiting.reason === 'ErrImagePull') return { error: `${named} is waiting to start: image can't be pulled` };
    if (waiting.reason === 'ImagePullBackOff')
      return { error: `${named} is waiting to start: trying and failing to pull image` };
    return { error: `${named} is waiting to start: ${waiting.reason ?? ''}` };
  }
  return { error: `${named} is waiting to start - no logs yet` };
}
