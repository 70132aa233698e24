// The secret values the journeys use: the local cluster's (shared with the integration run's proof) and each test's own.
import type { KubernetesClient } from '../fixtures/kubernetes';
// By path: `@berth/local-cluster/testing` also loads its vitest-only helpers, which throw outside a vitest run.
import { pullSecretsValues } from '../../packages/local-cluster/src/testing/cluster-secret-values';
import type { SecretValue } from '../../packages/local-cluster/src/testing/leak-scan';

export { allPullSecretValues, clusterSecretValues } from '../../packages/local-cluster/src/testing/cluster-secret-values';

/** The values of every pull secret in `namespace`, read before the test's namespace is deleted. */
export async function namespaceSecretValues(kube: KubernetesClient, namespace: string): Promise<SecretValue[]> {
  return pullSecretsValues((await kube.core.listNamespacedSecret({ namespace })).items);
}
