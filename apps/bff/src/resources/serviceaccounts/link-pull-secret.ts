import type { V1ServiceAccount } from '@kubernetes/client-node';
import type { ServiceAccountSummary } from '@berth/contracts';
import type { NamespacedResources } from '../../kube/namespaced-resources';
import { statusCodeOf } from '../../kube/kubernetes-errors';
import type { JsonOf, ModelOrJson } from '../../kube/list-json';

type ServiceAccounts = NamespacedResources<V1ServiceAccount>;

/** A ServiceAccount as the console shows it: its name and the names in its `imagePullSecrets`. */
export function toServiceAccountSummary(sa: ModelOrJson<V1ServiceAccount>): ServiceAccountSummary {
  return {
    name: sa.metadata?.name ?? '',
    imagePullSecrets: (sa.imagePullSecrets ?? []).map((r) => r.name ?? '').filter((n) => n !== ''),
  };
}

/**
 * The JSON Patch that links (`add`) or unlinks (`remove`) `secret`, or undefined when the ServiceAccount already is as
 * asked. Its first operation tests the resourceVersion read, so a change made since is never overwritten.
 */
export function pullSecretPatch(
  sa: JsonOf<V1ServiceAccount>,
  secret: string,
  change: 'add' | 'remove',
): object[] | undefined {
  const refs = sa.imagePullSecrets ?? [];
  const index = refs.findIndex((r) => r.name === secret);
  const guard = { op: 'test', path: '/metadata/resourceVersion', value: sa.metadata?.resourceVersion ?? '' };
  if (change === 'add') {
    if (index !== -1) return undefined;
    return sa.imagePullSecrets === undefined || sa.imagePullSecrets === null
      ? [guard, { op: 'add', path: '/imagePullSecrets', value: [{ name: secret }] }]
      : [guard, { op: 'add', path: '/imagePullSecrets/-', value: { name: secret } }];
  }
  return index === -1 ? undefined : [guard, { op: 'remove', path: `/imagePullSecrets/${index}` }];
}

const attempts = 5;

/**
 * Read, patch with the resourceVersion test, and on a lost race (the API server answers a failed test with 422 or 409)
 * read again and retry, as client-go's RetryOnConflict does. Idempotent: a secret already linked (or unlinked) is no write.
 */
export async function changePullSecrets(
  serviceAccounts: ServiceAccounts,
  namespace: string,
  name: string,
  secret: string,
  change: 'add' | 'remove',
): Promise<ServiceAccountSummary> {
  for (let attempt = 1; ; attempt += 1) {
    const sa = await serviceAccounts.read(namespace, name);
    const patch = pullSecretPatch(sa, secret, change);
    if (patch === undefined) return toServiceAccountSummary(sa);
    try {
      return toServiceAccountSummary(await serviceAccounts.patch(namespace, name, patch));
    } catch (error) {
      const code = statusCodeOf(error);
      if (attempt >= attempts || (code !== 409 && code !== 422)) throw error;
    }
  }
}
