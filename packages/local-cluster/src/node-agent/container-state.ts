// What the node knows about one container of a pod: running, exited, or waiting (on its image or a crash back-off).
import type { V1ContainerStatus } from '@kubernetes/client-node';

export type WaitingReason =
  | 'ContainerCreating'
  | 'PodInitializing'
  | 'ErrImagePull'
  | 'ImagePullBackOff'
  | 'ErrImageNeverPull'
  | 'InvalidImageName'
  | 'CrashLoopBackOff';

export interface Exit {
  exitCode: number;
  /** The runtime's words: Completed for 0, Error otherwise. */
  reason: 'Completed' | 'Error';
  startedAt: Date;
  finishedAt: Date;
}

/** Kept across restarts of one container: how often it restarted and how its last run ended. */
interface History {
  restartCount?: number;
  lastExit?: Exit;
}

export type ContainerState = History &
  (
    | {
        kind: 'running';
        image: string;
        imageID: string;
        startedAt: Date;
        /** When it exits (ms since epoch), for containers that run to completion; undefined = runs until deleted. */
        exitsAt?: number;
        exitCode?: number;
      }
    | { kind: 'terminated'; image: string; imageID: string; exit: Exit }
    | {
        kind: 'waiting';
        image: string;
        reason: WaitingReason;
        message?: string;
        /** Failed pulls in a row, for the back-off. */
        failures: number;
        /** When ErrImagePull turns into ImagePullBackOff (ms since epoch). */
        backOffAt?: number;
        /** When the node tries again; undefined = only when the spec changes. */
        retryAt?: number;
      }
  );

export const exitReason = (exitCode: number): Exit['reason'] => (exitCode === 0 ? 'Completed' : 'Error');

/** True for a container that ran and exited 0: an init container that let the next one start. */
export const completed = (state: ContainerState | undefined): boolean =>
  state?.kind === 'terminated' && state.exit.exitCode === 0;

/** The next moment a container needs the pod synced, if any. */
export function nextWakeUp(state: ContainerState): number | undefined {
  if (state.kind === 'running') return state.exitsAt;
  if (state.kind !== 'waiting') return undefined;
  if (state.reason === 'ErrImagePull' && state.backOffAt !== undefined) return state.backOffAt;
  return state.retryAt;
}

function exitFrom(terminated: NonNullable<V1ContainerStatus['state']>['terminated']): Exit | undefined {
  if (!terminated) return undefined;
  const finishedAt = terminated.finishedAt ? new Date(terminated.finishedAt) : new Date();
  const startedAt = terminated.startedAt ? new Date(terminated.startedAt) : finishedAt;
  return { exitCode: terminated.exitCode, reason: exitReason(terminated.exitCode), startedAt, finishedAt };
}

function historyOf(status: V1ContainerStatus): History {
  const lastExit = exitFrom(status.lastState?.terminated);
  return { ...(status.restartCount ? { restartCount: status.restartCount } : {}), ...(lastExit ? { lastExit } : {}) };
}

function stateOf(
  status: V1ContainerStatus,
  plan: { exitCode: number; runMs: number } | undefined,
  now: number,
): ContainerState | undefined {
  const running = status.state?.running;
  if (running && status.imageID) {
    const startedAt = running.startedAt ? new Date(running.startedAt) : new Date(now);
    const exits = plan ? { exitsAt: startedAt.getTime() + plan.runMs, exitCode: plan.exitCode } : {};
    return { kind: 'running', image: status.image, imageID: status.imageID, startedAt, ...exits };
  }
  const exit = exitFrom(status.state?.terminated);
  if (exit) return { kind: 'terminated', image: status.image, imageID: status.imageID, exit };
  // It was in its crash back-off: restart it now rather than forget how often it restarted.
  if (status.lastState?.terminated)
    return { kind: 'waiting', image: status.image, reason: 'CrashLoopBackOff', failures: 0, retryAt: now };
  return undefined;
}

/**
 * After an agent restart, containers the pod's status shows running or exited stay so: no second pull, no repeated
 * events, restart counts kept. `plan` (containers that run to completion) gives a restored run its exit time.
 */
export function statesFromPodStatus(
  statuses: readonly V1ContainerStatus[] | undefined,
  plan?: { exitCode: number; runMs: number },
  now: number = Date.now(),
): Map<string, ContainerState> {
  const states = new Map<string, ContainerState>();
  for (const status of statuses ?? []) {
    const state = stateOf(status, plan, now);
    if (state) states.set(status.name, { ...state, ...historyOf(status) });
  }
  return states;
}
