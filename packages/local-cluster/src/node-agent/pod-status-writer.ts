// Writes pod status the way a controller should: skip when unchanged, re-read and rebuild on 409 Conflict.
import type { CoreV1Api, V1Pod, V1PodStatus } from '@kubernetes/client-node';
import { isConflict, isNotFound } from './api-errors';
import { statusChanged } from './pod-status';

const maxAttempts = 5;

/** `build` turns the latest pod into its status; returns false when the pod is gone or was replaced (other uid). */
export async function writePodStatus(
  core: CoreV1Api,
  pod: V1Pod,
  build: (current: V1Pod) => V1PodStatus,
): Promise<boolean> {
  const name = pod.metadata?.name ?? '';
  const namespace = pod.metadata?.namespace ?? 'default';
  let current = pod;
  for (let attempt = 1; ; attempt++) {
    const status = build(current);
    if (!statusChanged(current.status, status)) return true;
    try {
      await core.replaceNamespacedPodStatus({ name, namespace, body: { ...current, status } });
      return true;
    } catch (error) {
      if (isNotFound(error)) return false;
      if (!isConflict(error) || attempt >= maxAttempts) throw error;
    }
    try {
      current = await core.readNamespacedPod({ name, namespace });
    } catch (error) {
      if (isNotFound(error)) return false;
      throw error;
    }
    if (current.metadata?.uid !== pod.metadata?.uid) return false;
  }
}
