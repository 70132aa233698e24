// Reads a pod's imagePullSecrets like the kubelet's getPullSecretsForPod: a missing one is reported and skipped.
import type { CoreV1Api, V1Pod, V1Secret } from '@kubernetes/client-node';

export interface PodPullSecrets {
  secrets: V1Secret[];
  /** Names that could not be read (absent, or the read failed). */
  missing: string[];
}

/** Read on every pull attempt, so a secret created or fixed after the pod is picked up by the next retry. */
export async function fetchPodPullSecrets(core: CoreV1Api, pod: V1Pod): Promise<PodPullSecrets> {
  const namespace = pod.metadata?.namespace ?? 'default';
  const secrets: V1Secret[] = [];
  const missing: string[] = [];
  for (const ref of pod.spec?.imagePullSecrets ?? []) {
    if (!ref.name) continue;
    try {
      secrets.push(await core.readNamespacedSecret({ name: ref.name, namespace }));
    } catch {
      missing.push(ref.name);
    }
  }
  return { secrets, missing };
}
