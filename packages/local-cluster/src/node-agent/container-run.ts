// Which containers "exit" on this node, with what code, and what the kubelet does next (restart policy, crash back-off).
import type { V1Pod } from '@kubernetes/client-node';
import { pullBackoffDelay, type BackoffPolicy } from './backoff';

/** How long a container that runs to completion runs by default: long enough to be seen Running, short for a Job. */
export const defaultRunMs = 1_000;

/** Set on a pod (a Job's pod template), its containers exit with this code: the switch that makes a Job fail. */
export const exitCodeAnnotation = 'berth.dev/exit-code';

export interface RunPlan {
  exitCode: number;
  runMs: number;
}

/** A whole number 0-255, as a process exit status; anything else is ignored. */
export function parseExitCode(text: string | undefined): number | undefined {
  if (text === undefined || !/^\d{1,3}$/.test(text.trim())) return undefined;
  const code = Number(text.trim());
  return code <= 255 ? code : undefined;
}

/**
 * A Job's pod runs its containers for `runMs`, then they exit 0; the `berth.dev/exit-code` annotation sets the code
 * (and makes any pod's containers exit). Every other container runs until its pod is deleted, as today.
 */
export function runPlan(pod: V1Pod, runMs: number): RunPlan | undefined {
  const exitCode = parseExitCode(pod.metadata?.annotations?.[exitCodeAnnotation]);
  const ownedByJob = pod.metadata?.ownerReferences?.some((o) => o.kind === 'Job' && o.apiVersion.startsWith('batch/'));
  if (exitCode === undefined && !ownedByJob) return undefined;
  return { exitCode: exitCode ?? 0, runMs };
}

/** The kubelet's rule: Always restarts every exit, OnFailure a non-zero one, Never none. */
export function restartsAfterExit(restartPolicy: string | undefined, exitCode: number): boolean {
  if (restartPolicy === 'Never') return false;
  if (restartPolicy === 'OnFailure') return exitCode !== 0;
  return true;
}

/** The kubelet restarts after the first exit at once, then waits the crash back-off: 10 s doubling up to 5 min. */
export function restartDelayMs(restartCount: number, policy: BackoffPolicy): number {
  return restartCount === 0 ? 0 : pullBackoffDelay(restartCount, policy);
}

/** Go's time.Duration text for whole seconds: 10s, 1m20s, 5m0s. */
export function goDuration(ms: number): string {
  const seconds = Math.round(ms / 1000);
  if (seconds < 60) return `${String(seconds)}s`;
  return `${String(Math.floor(seconds / 60))}m${String(seconds % 60)}s`;
}

/** The waiting message of a container in CrashLoopBackOff, as the kubelet writes it. */
export function crashBackOffMessage(delayMs: number, container: string, pod: V1Pod): string {
  const who = `${pod.metadata?.name ?? ''}_${pod.metadata?.namespace ?? ''}(${pod.metadata?.uid ?? ''})`;
  return `back-off ${goDuration(delayMs)} restarting failed container=${container} pod=${who}`;
}
