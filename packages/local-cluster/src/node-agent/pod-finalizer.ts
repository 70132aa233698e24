// With no kubelet to stop containers, a pod marked for deletion is finalised at once (grace period 0).
import type { CoreV1Api, V1Pod } from '@kubernetes/client-node';
import { isConflict, isNotFound } from './api-errors';

export function isBeingDeleted(pod: V1Pod): boolean {
  return pod.metadata?.deletionTimestamp !== undefined && pod.metadata.deletionTimestamp !== null;
}

/** Deletes the pod with gracePeriodSeconds 0, only if it is still the same pod (uid precondition). */
export async function finalisePodDeletion(core: CoreV1Api, pod: V1Pod): Promise<void> {
  try {
    await core.deleteNamespacedPod({
      name: pod.metadata?.name ?? '',
      namespace: pod.metadata?.namespace ?? 'default',
      gracePeriodSeconds: 0,
      body: { gracePeriodSeconds: 0, preconditions: { uid: pod.metadata?.uid } },
    });
  } catch (error) {
    // Already gone, or a new pod took the name: nothing left to finalise.
    if (!isNotFound(error) && !isConflict(error)) throw error;
  }
}
