// The secret values the journeys use: the local cluster's (shared with the integration run's proof) and each test's own.
import type { KubernetesClient } from '../fixtures/kubernetes';
import { pullSecretsValues, type SecretValue } from '@berth/local-cluster/testing/any-runner';

export { allPullSecretValues, clusterSecretValues } from '@berth/local-cluster/testing/any-runner';

/** The values of every pull secret in `namespace`, read before the test's namespace is deleted. */
export async function namespaceSecretValues(kube: KubernetesClient, namespace: string): Promise<SecretValue[]> {
  return pullSecretsValues((await kube.core.listNamespacedSecret({ namespace })).items);
}
