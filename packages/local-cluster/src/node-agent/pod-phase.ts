// The kubelet's getPhase (pkg/kubelet/kubelet_pods.go, 1.20): the pod phase from its container statuses.
import type { V1ContainerStatus, V1PodSpec } from '@kubernetes/client-node';

type Phase = 'Pending' | 'Running' | 'Succeeded' | 'Failed';

function initProgress(spec: V1PodSpec, statuses: readonly V1ContainerStatus[]) {
  let pending = 0;
  let failed = 0;
  for (const container of spec.initContainers ?? []) {
    const state = statuses.find((s) => s.name === container.name);
    const terminated = state?.state?.terminated;
    const lastExit = state?.lastState?.terminated;
    if (terminated) {
      if (terminated.exitCode !== 0) failed++;
    } else if (state?.state?.waiting && lastExit) {
      if (lastExit.exitCode !== 0) failed++;
    } else {
      pending++;
    }
  }
  return { pending, failed };
}

export function podPhase(spec: V1PodSpec, statuses: readonly V1ContainerStatus[]): Phase {
  const init = initProgress(spec, statuses);
  let unknown = 0;
  let running = 0;
  let waiting = 0;
  let stopped = 0;
  let succeeded = 0;
  for (const container of spec.containers) {
    const state = statuses.find((s) => s.name === container.name)?.state;
    const lastExit = statuses.find((s) => s.name === container.name)?.lastState?.terminated;
    if (state?.running) running++;
    else if (state?.terminated) {
      stopped++;
      if (state.terminated.exitCode === 0) succeeded++;
    } else if (state?.waiting) {
      if (lastExit) stopped++;
      else waiting++;
    } else unknown++;
  }
  if (init.failed > 0 && spec.restartPolicy === 'Never') return 'Failed';
  if (init.pending > 0 || waiting > 0) return 'Pending';
  if (running > 0 && unknown === 0) return 'Running';
  if (running === 0 && stopped > 0 && unknown === 0) {
    if (spec.restartPolicy === 'Always' || spec.restartPolicy === undefined) return 'Running';
    if (stopped === succeeded) return 'Succeeded';
    if (spec.restartPolicy === 'Never') return 'Failed';
    return 'Running';
  }
  return 'Pending';
}
