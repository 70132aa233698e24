// The kubelet's syncPod for this node: finalise deletions, start containers, move failed pulls through back-off, write status.
import type { V1Container, V1Pod } from '@kubernetes/client-node';
import { startContainer, type ContainerStartContext } from './container-start';
import { nextWakeUp, statesFromPodStatus, type ContainerState } from './container-state';
import { finalisePodDeletion, isBeingDeleted } from './pod-finalizer';
import { failedMountMessage, missingVolumeObjects } from './pod-volumes';
import { buildPodStatus } from './pod-status';
import { writePodStatus } from './pod-status-writer';
import { backOffMessage, errorReasonMessage } from './pull-messages';

/** How soon a pod whose volumes could not be set up is tried again (the kubelet's volume manager retries within seconds). */
const volumeRetryMs = 2_000;

export class PodSyncer {
  /** Container states by pod uid, then container name. */
  private readonly pods = new Map<string, Map<string, ContainerState>>();

  constructor(private readonly context: ContainerStartContext) {}

  forget(uid: string): void {
    this.pods.delete(uid);
  }

  /** Syncs one pod; returns when (ms since epoch) it next needs a sync, if ever. */
  async sync(pod: V1Pod): Promise<number | undefined> {
    const uid = pod.metadata?.uid ?? '';
    if (isBeingDeleted(pod)) {
      await finalisePodDeletion(this.context.core, pod);
      this.context.log('pod-finalised', { namespace: pod.metadata?.namespace, pod: pod.metadata?.name });
      this.forget(uid);
      return undefined;
    }
    if (pod.status?.phase === 'Succeeded' || pod.status?.phase === 'Failed') return undefined;

    const states = this.pods.get(uid) ?? statesFromPodStatus(pod.status?.containerStatuses);
    this.pods.set(uid, states);
    const containers = pod.spec?.containers ?? [];
    for (const name of states.keys()) if (!containers.some((c) => c.name === name)) states.delete(name);
    if (await this.volumesReady(pod, states)) {
      // One at a time, in spec order, as the kubelet pulls serially by default.
      for (const container of containers) {
        states.set(container.name, await this.syncContainer(pod, container, states.get(container.name)));
      }
    }

    const written = await writePodStatus(this.context.core, pod, (current) =>
      buildPodStatus(current, states, new Date()),
    );
    if (!written) {
      this.forget(uid);
      return undefined;
    }
    const wakeUps = [...states.values()].map(nextWakeUp).filter((t): t is number => t !== undefined);
    return wakeUps.length > 0 ? Math.min(...wakeUps) : undefined;
  }

  /** Volumes first, as the kubelet mounts before it pulls: until they can be set up, containers wait in ContainerCreating. */
  private async volumesReady(pod: V1Pod, states: Map<string, ContainerState>): Promise<boolean> {
    // Set up once: running containers keep what was mounted, as they do when a Secret is deleted under them.
    if ((pod.spec?.containers ?? []).every((c) => states.get(c.name)?.kind === 'running')) return true;
    const missing = await missingVolumeObjects(this.context.core, pod);
    if (missing.length === 0) return true;
    for (const object of missing) {
      await this.context.recordEvent(pod, {
        type: 'Warning',
        reason: 'FailedMount',
        message: failedMountMessage(object),
      });
    }
    const retryAt = this.context.now() + volumeRetryMs;
    for (const container of pod.spec?.containers ?? []) {
      const state = states.get(container.name);
      if (state?.kind === 'running') continue;
      const failures = state?.failures ?? 0;
      states.set(container.name, {
        kind: 'waiting',
        image: container.image ?? '',
        reason: 'ContainerCreating',
        failures,
        retryAt,
      });
    }
    return false;
  }

  private async syncContainer(
    pod: V1Pod,
    container: V1Container,
    state: ContainerState | undefined,
  ): Promise<ContainerState> {
    // A changed image is a new container (the kubelet would restart it).
    const current = state && state.image === (container.image ?? '') ? state : undefined;
    if (current?.kind === 'running') return current;
    if (current?.kind === 'waiting') {
      const now = this.context.now();
      if (current.retryAt === undefined) return current;
      if (now < current.retryAt) {
        if (current.reason !== 'ErrImagePull' || current.backOffAt === undefined || now < current.backOffAt)
          return current;
        const image = container.image ?? '';
        const on = { container: container.name };
        await this.context.recordEvent(pod, {
          type: 'Normal',
          reason: 'BackOff',
          message: backOffMessage(image),
          ...on,
        });
        await this.context.recordEvent(pod, {
          type: 'Warning',
          reason: 'Failed',
          message: errorReasonMessage('ImagePullBackOff'),
          ...on,
        });
        return { ...current, reason: 'ImagePullBackOff', message: backOffMessage(image) };
      }
    }
    return startContainer(this.context, pod, container, current?.kind === 'waiting' ? current.failures : 0);
  }
}
