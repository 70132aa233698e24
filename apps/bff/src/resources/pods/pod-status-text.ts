// The STATUS column of `kubectl get pods` (kubectl's printPod), so the pod page says what the terminal says.
import type { V1ContainerStatus, V1Pod } from '@kubernetes/client-node';
import type { ModelOrJson } from '../../kube/list-json';

type Pod = ModelOrJson<V1Pod>;
type Status = ModelOrJson<V1ContainerStatus>;

/** `Init:ExitCode:1`, `Signal:9`: a termination with no reason names its code. */
function unnamedExit(terminated: NonNullable<NonNullable<Status['state']>['terminated']>): string {
  return terminated.signal ? `Signal:${terminated.signal}` : `ExitCode:${terminated.exitCode}`;
}

/** The first init container that has not succeeded decides, as `Init:<reason>` or `Init:i/n`; undefined once all have. */
function initStatus(pod: Pod): string | undefined {
  const statuses = pod.status?.initContainerStatuses ?? [];
  const total = pod.spec?.initContainers?.length ?? statuses.length;
  for (const [index, container] of statuses.entries()) {
    const { terminated, waiting } = container.state ?? {};
    if (terminated?.exitCode === 0) continue;
    if (terminated) return `Init:${terminated.reason || unnamedExit(terminated)}`;
    if (waiting?.reason && waiting.reason !== 'PodInitializing') return `Init:${waiting.reason}`;
    return `Init:${index}/${total}`;
  }
  return undefined;
}

export function podStatusText(pod: Pod): string {
  if (pod.metadata?.deletionTimestamp) return pod.status?.reason === 'NodeLost' ? 'Unknown' : 'Terminating';
  const init = initStatus(pod);
  if (init !== undefined) return init;
  let reason = pod.status?.reason || pod.status?.phase || 'Unknown';
  let hasRunning = false;
  // The last container's reason is overwritten by earlier ones: kubectl walks them backwards.
  for (const container of [...(pod.status?.containerStatuses ?? [])].reverse()) {
    const { waiting, terminated, running } = container.state ?? {};
    if (waiting?.reason) reason = waiting.reason;
    else if (terminated) reason = terminated.reason || unnamedExit(terminated);
    else if (container.ready && running) hasRunning = true;
  }
  if (reason === 'Completed' && hasRunning) {
    const ready = pod.status?.conditions?.some((c) => c.type === 'Ready' && c.status === 'True');
    reason = ready ? 'Running' : 'NotReady';
  }
  return reason;
}
