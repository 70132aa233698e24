// `kubectl rollout status`'s verdict and message for each kind (polymorphichelpers/rollout_status.go), from the
// status fields the summaries carry, so the console says what kubectl would while a rollout runs.
import type { RolloutKind, RolloutProgress } from '../api/rollouts';

export interface RolloutStatus {
  done: boolean;
  /** kubectl's sentence, without its trailing newline (nor, for a StatefulSet, the revision's name kubectl adds). */
  message: string;
  /** Pods still on an older template (a Deployment's old ReplicaSets', a StatefulSet's or DaemonSet's old revision). */
  oldLeft: number;
  /**
   * Ready pods on the newest template, never overstated: the ready count holds the old pods too, so those (all ready at
   * most) are taken off it first.
   */
  newReady: number;
}

type Verdict = Pick<RolloutStatus, 'done' | 'message'>;

function deploymentStatus(name: string, p: RolloutProgress): Verdict {
  const waiting = (what: string) => ({
    done: false,
    message: `Waiting for deployment "${name}" rollout to finish: ${what}`,
  });
  if (!p.observed) return { done: false, message: 'Waiting for deployment spec update to be observed...' };
  if (p.deadlineExceeded) return { done: false, message: `deployment "${name}" exceeded its progress deadline` };
  if (p.updated < p.desired) return waiting(`${p.updated} out of ${p.desired} new replicas have been updated...`);
  if (p.total > p.updated) return waiting(`${p.total - p.updated} old replicas are pending termination...`);
  if (p.available < p.updated) return waiting(`${p.available} of ${p.updated} updated replicas are available...`);
  return { done: true, message: `deployment "${name}" successfully rolled out` };
}

function statefulSetStatus(p: RolloutProgress): Verdict {
  if (p.strategy !== 'RollingUpdate')
    return { done: false, message: 'rollout status is only available for RollingUpdate strategy type' };
  if (!p.observed) return { done: false, message: 'Waiting for statefulset spec update to be observed...' };
  if (p.ready < p.desired) return { done: false, message: `Waiting for ${p.desired - p.ready} pods to be ready...` };
  // kubectl takes this branch whenever `rollingUpdate` is set, which apps/v1 defaulting does (partition 0) unless the
  // type was written without it: so a plain StatefulSet's rollout is "partitioned" in kubectl's words too.
  if (p.partition !== undefined) {
    const wanted = p.desired - p.partition;
    if (p.updated < wanted)
      return {
        done: false,
        message: `Waiting for partitioned roll out to finish: ${p.updated} out of ${wanted} new pods have been updated...`,
      };
    return { done: true, message: `partitioned roll out complete: ${p.updated} new pods have been updated...` };
  }
  if (p.onUpdateRevision === false)
    return { done: false, message: `waiting for statefulset rolling update to complete ${p.updated} pods...` };
  return { done: true, message: `statefulset rolling update complete ${p.updated} pods...` };
}

function daemonSetStatus(name: string, p: RolloutProgress): Verdict {
  const waiting = (what: string) => ({
    done: false,
    message: `Waiting for daemon set "${name}" rollout to finish: ${what}`,
  });
  if (p.strategy !== 'RollingUpdate')
    return { done: false, message: 'rollout status is only available for RollingUpdate strategy type' };
  if (!p.observed) return { done: false, message: 'Waiting for daemon set spec update to be observed...' };
  if (p.updated < p.desired) return waiting(`${p.updated} out of ${p.desired} new pods have been updated...`);
  if (p.available < p.desired) return waiting(`${p.available} of ${p.desired} updated pods are available...`);
  return { done: true, message: `daemon set "${name}" successfully rolled out` };
}

/** kubectl's answer for this workload now, and how many old pods are left. */
export function rolloutStatus(kind: RolloutKind, name: string, progress: RolloutProgress): RolloutStatus {
  const verdict =
    kind === 'Deployment'
      ? deploymentStatus(name, progress)
      : kind === 'StatefulSet'
        ? statefulSetStatus(progress)
        : daemonSetStatus(name, progress);
  const oldLeft = Math.max(progress.total - progress.updated, 0);
  return { ...verdict, oldLeft, newReady: Math.max(0, Math.min(progress.updated, progress.ready - oldLeft)) };
}
