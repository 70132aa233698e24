// A container that exits: its terminated state, then the kubelet's choice to leave it, restart it, or back off first.
import type { V1Pod } from '@kubernetes/client-node';
import type { BackoffPolicy } from './backoff';
import { crashBackOffMessage, restartDelayMs } from './container-run';
import { exitReason, type ContainerState } from './container-state';

type Running = Extract<ContainerState, { kind: 'running' }>;
type Terminated = Extract<ContainerState, { kind: 'terminated' }>;

/** The running container's exit once its time is up (finished at its planned time, not at the sync's). */
export function exitIfDue(state: Running, now: number): ContainerState {
  if (state.exitsAt === undefined || now < state.exitsAt) return state;
  const exitCode = state.exitCode ?? 0;
  const exit = {
    exitCode,
    reason: exitReason(exitCode),
    startedAt: state.startedAt,
    finishedAt: new Date(state.exitsAt),
  };
  const { restartCount, lastExit } = state;
  return { kind: 'terminated', image: state.image, imageID: state.imageID, exit, restartCount, lastExit };
}

export type AfterExit =
  | { action: 'stay' }
  | { action: 'restart'; restartCount: number; lastExit: Terminated['exit'] }
  | { action: 'back-off'; state: ContainerState };

/** What follows an exit: `restarts` is the restart policy's verdict on its exit code. */
export function afterExit(
  state: Terminated,
  restarts: boolean,
  pod: V1Pod,
  container: string,
  backoff: BackoffPolicy,
): AfterExit {
  if (!restarts) return { action: 'stay' };
  const restartCount = state.restartCount ?? 0;
  const delay = restartDelayMs(restartCount, backoff);
  if (delay === 0) return { action: 'restart', restartCount: restartCount + 1, lastExit: state.exit };
  return {
    action: 'back-off',
    state: {
      kind: 'waiting',
      image: state.image,
      reason: 'CrashLoopBackOff',
      message: crashBackOffMessage(delay, container, pod),
      failures: 0,
      retryAt: state.exit.finishedAt.getTime() + delay,
      restartCount,
      lastExit: state.exit,
    },
  };
}
