// The kubelet's syncPod for this node: finalise deletions, init containers in order, then the containers; pulls through
// back-off, containers that run to completion exit and restart as the restart policy says; status written last.
import type { V1Container, V1Pod } from '@kubernetes/client-node';
import { afterExit, exitIfDue } from './container-exit';
import { restartsAfterExit, runPlan, type RunPlan } from './container-run';
import { runOf } from './container-logs';
import { startContainer, type ContainerStartContext } from './container-start';
import { completed, nextWakeUp, statesFromPodStatus, type ContainerState } from './container-state';
import { finalisePodDeletion, isBeingDeleted } from './pod-finalizer';
import { failedMountMessage, missingVolumeObjects } from './pod-volumes';
import { buildPodStatus } from './pod-status';
import { writePodStatus } from './pod-status-writer';
import { backOffMessage, errorReasonMessage, restartBackOffMessage } from './pull-messages';

/** How soon a pod whose volumes could not be set up is tried again (the kubelet's volume manager retries within seconds). */
const volumeRetryMs = 2_000;

export interface PodSyncerContext extends ContainerStartContext {
  /** How long a container that runs to completion (a Job's) runs before it exits. */
  runMs: number;
}

/** How one container exits, and whether an exit restarts it. */
interface Lifecycle {
  plan: RunPlan | undefined;
  restarts: (exitCode: number) => boolean;
}

const terminal = (phase: string | undefined): boolean => phase === 'Succeeded' || phase === 'Failed';

export class PodSyncer {
  /** Container states by pod uid, then container name (init containers and containers share one namespace of names). */
  private readonly pods = new Map<string, Map<string, ContainerState>>();

  constructor(private readonly context: PodSyncerContext) {}

  /** `deleted`: the pod is gone from the API, so its logs go too. */
  forget(uid: string, deleted = false): void {
    this.pods.delete(uid);
    this.context.containerLogs?.forgetPod(uid, deleted);
  }

  /** Syncs one pod; returns when (ms since epoch) it next needs a sync, if ever. */
  async sync(pod: V1Pod): Promise<number | undefined> {
    const uid = pod.metadata?.uid ?? '';
    if (isBeingDeleted(pod)) {
      await finalisePodDeletion(this.context.core, pod);
      this.context.log('pod-finalised', { namespace: pod.metadata?.namespace, pod: pod.metadata?.name });
      this.forget(uid, true);
      return undefined;
    }
    if (terminal(pod.status?.phase)) return undefined;

    const plan = runPlan(pod, this.context.runMs);
    const initContainers = pod.spec?.initContainers ?? [];
    const containers = pod.spec?.containers ?? [];
    const states =
      this.pods.get(uid) ??
      statesFromPodStatus(
        [...(pod.status?.initContainerStatuses ?? []), ...(pod.status?.containerStatuses ?? [])],
        plan,
      );
    this.pods.set(uid, states);
    const names = new Set([...initContainers, ...containers].map((c) => c.name));
    for (const name of states.keys()) if (!names.has(name)) states.delete(name);

    const policy = pod.spec?.restartPolicy;
    let volumeRetryAt: number | undefined;
    if (await this.volumesReady(pod, states)) {
      // One at a time, in spec order, as the kubelet pulls serially by default.
      const main: Lifecycle = { plan, restarts: (code) => restartsAfterExit(policy, code) };
      const initialised = await this.runInitContainers(pod, states);
      for (const container of initialised ? containers : []) {
        states.set(container.name, await this.syncContainer(pod, container, states.get(container.name), main));
      }
    } else {
      volumeRetryAt = this.context.now() + volumeRetryMs;
    }

    let phase: string | undefined;
    const written = await writePodStatus(this.context.core, pod, (current) => {
      const status = buildPodStatus(current, states, new Date());
      phase = status.phase;
      return status;
    });
    if (!written || terminal(phase)) {
      this.forget(uid);
      return undefined;
    }
    const wakeUps = [...states.values()].map(nextWakeUp).filter((t): t is number => t !== undefined);
    if (volumeRetryAt !== undefined) wakeUps.push(volumeRetryAt);
    return wakeUps.length > 0 ? Math.min(...wakeUps) : undefined;
  }

  /** Init containers one after another, each to completion (exit 0 at once here); true once all have completed. */
  private async runInitContainers(pod: V1Pod, states: Map<string, ContainerState>): Promise<boolean> {
    const policy = pod.spec?.restartPolicy;
    const init: Lifecycle = { plan: { exitCode: 0, runMs: 0 }, restarts: (code) => code !== 0 && policy !== 'Never' };
    for (const container of pod.spec?.initContainers ?? []) {
      const state = await this.syncContainer(pod, container, states.get(container.name), init);
      states.set(container.name, state);
      // A failed pull (or a run not yet over) holds everything after it.
      if (!completed(state)) return false;
    }
    return true;
  }

  /** Volumes first, as the kubelet mounts before it pulls: until they can be set up, containers wait in ContainerCreating. */
  private async volumesReady(pod: V1Pod, states: Map<string, ContainerState>): Promise<boolean> {
    // Set up once: started containers keep what was mounted, as they do when a Secret is deleted under them.
    const started = (state: ContainerState | undefined) => state !== undefined && state.kind !== 'waiting';
    if ((pod.spec?.containers ?? []).every((c) => started(states.get(c.name)))) return true;
    const missing = await missingVolumeObjects(this.context.core, pod);
    if (missing.length === 0) return true;
    for (const object of missing) {
      await this.context.recordEvent(pod, {
        type: 'Warning',
        reason: 'FailedMount',
        message: failedMountMessage(object),
      });
    }
    return false;
  }

  private async syncContainer(
    pod: V1Pod,
    container: V1Container,
    state: ContainerState | undefined,
    lifecycle: Lifecycle,
  ): Promise<ContainerState> {
    // A changed image is a new container (the kubelet would restart it).
    let current = state && state.image === (container.image ?? '') ? state : undefined;
    const now = this.context.now();
    if (current?.kind === 'running') current = this.exitIfDue(pod, container.name, current, now);
    if (current?.kind === 'running') {
      this.context.containerLogs?.keepRunning(
        runOf(pod, container.name, current.restartCount ?? 0),
        current.startedAt.getTime(),
      );
      return current;
    }
    let history = { restartCount: current?.restartCount ?? 0, lastExit: current?.lastExit };
    if (current?.kind === 'terminated') {
      const next = afterExit(
        current,
        lifecycle.restarts(current.exit.exitCode),
        pod,
        container.name,
        this.context.backoff,
      );
      if (next.action === 'stay') return current;
      if (next.action === 'back-off') {
        await this.context.recordEvent(pod, {
          type: 'Warning',
          reason: 'BackOff',
          message: restartBackOffMessage,
          container: container.name,
        });
        return next.state;
      }
      history = { restartCount: next.restartCount, lastExit: next.lastExit };
    } else if (current?.kind === 'waiting') {
      if (current.retryAt === undefined) return current;
      if (now < current.retryAt) return this.pullBackOffIfDue(pod, container, current, now);
      // A crash back-off that ran out: this start is the restart.
      if (current.reason === 'CrashLoopBackOff') history.restartCount += 1;
    }
    const failures = current?.kind === 'waiting' ? current.failures : 0;
    const started = {
      ...(await startContainer(this.context, pod, container, failures, history.restartCount)),
      ...history,
    };
    if (started.kind !== 'running' || !lifecycle.plan) return started;
    const run = {
      ...started,
      exitsAt: started.startedAt.getTime() + lifecycle.plan.runMs,
      exitCode: lifecycle.plan.exitCode,
    };
    // A run of no length (an init container) has exited by the time the status is written.
    return this.exitIfDue(pod, container.name, run, this.context.now());
  }

  /** The exit, with its line in the run's log. */
  private exitIfDue(
    pod: V1Pod,
    container: string,
    state: Extract<ContainerState, { kind: 'running' }>,
    now: number,
  ): ContainerState {
    const next = exitIfDue(state, now);
    if (next.kind === 'terminated') {
      const { exitCode, reason, finishedAt } = next.exit;
      const run = runOf(pod, container, state.restartCount ?? 0);
      this.context.containerLogs?.exited(run, exitCode, reason, finishedAt.getTime());
    }
    return next;
  }

  /** ErrImagePull turns into ImagePullBackOff half way through the back-off, with the kubelet's two events. */
  private async pullBackOffIfDue(
    pod: V1Pod,
    container: V1Container,
    current: Extract<ContainerState, { kind: 'waiting' }>,
    now: number,
  ): Promise<ContainerState> {
    if (current.reason !== 'ErrImagePull' || current.backOffAt === undefined || now < current.backOffAt) return current;
    const image = container.image ?? '';
    const on = { container: container.name };
    await this.context.recordEvent(pod, { type: 'Normal', reason: 'BackOff', message: backOffMessage(image), ...on });
    await this.context.recordEvent(pod, {
      type: 'Warning',
      reason: 'Failed',
      message: errorReasonMessage('ImagePullBackOff'),
      ...on,
    });
    return { ...current, reason: 'ImagePullBackOff', message: backOffMessage(image) };
  }
}
