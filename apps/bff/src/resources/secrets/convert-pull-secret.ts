import type { V1Secret } from '@kubernetes/client-node';
import type { DockerConfigSecretManifest } from '@berth/contracts';
import { HttpError, toApiError } from '../../http/errors';
import type { CoreV1 } from '../../kube/api-groups';
import { statusCodeOf } from '../../kube/kubernetes-errors';
import type { JsonOf } from '../../kube/list-json';
import { withoutLastApplied } from './last-applied';

/** The calls a conversion makes, as the request's identity. */
export type SecretWrites = Pick<CoreV1, 'createNamespacedSecret' | 'deleteNamespacedSecret'>;

/**
 * A legacy `kubernetes.io/dockercfg` secret recreated as `kubernetes.io/dockerconfigjson` under the same name, only when
 * the user asks: a type cannot be changed in place (422 "field is immutable"). First a dry-run create of the new secret:
 * its 409 AlreadyExists says RBAC, validation and admission all let it through, and any other answer stops here with
 * nothing deleted. The delete names the very object read (uid and resourceVersion), so a concurrent edit makes it 409
 * and nothing changes; if the create then fails, the old secret is put back as it was and the create's error is thrown
 * (saying so if the secret could not be put back).
 */
export async function convertPullSecret(
  core: SecretWrites,
  stored: JsonOf<V1Secret>,
  converted: DockerConfigSecretManifest,
): Promise<JsonOf<V1Secret>> {
  const { name = '', namespace = '', uid, resourceVersion, labels, annotations } = stored.metadata ?? {};
  const kept = withoutLastApplied({ labels, annotations });
  const body = { ...converted, metadata: { ...converted.metadata, ...kept } };
  try {
    await core.createNamespacedSecret({ namespace, body, dryRun: 'All' });
  } catch (error) {
    if (statusCodeOf(error) !== 409) throw error;
  }
  await core.deleteNamespacedSecret({
    name,
    namespace,
    ...(uid && resourceVersion ? { preconditions: { uid, resourceVersion } } : {}),
  });
  try {
    return await core.createNamespacedSecret({ namespace, body });
  } catch (error) {
    const { type, data } = stored;
    try {
      await core.createNamespacedSecret({
        namespace,
        body: { apiVersion: 'v1', kind: 'Secret', metadata: { name, namespace, labels, annotations }, type, data },
      });
    } catch (restoreError) {
      const failed = toApiError(error, namespace);
      const message = `${failed.message}; putting ${name} back as it was failed too (${toApiError(restoreError, namespace).message}), so it no longer exists`;
      throw new HttpError(failed.status, failed.reason, message);
    }
    throw error;
  }
}
