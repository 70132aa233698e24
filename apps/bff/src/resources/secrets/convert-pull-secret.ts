import type { V1Secret } from '@kubernetes/client-node';
import type { DockerConfigSecretManifest } from '@berth/contracts';
import type { CoreV1 } from '../../kube/api-groups';
import type { JsonOf } from '../../kube/list-json';

/**
 * A legacy `kubernetes.io/dockercfg` secret recreated as `kubernetes.io/dockerconfigjson` under the same name, only when
 * the user asks: a type cannot be changed in place (422 "field is immutable"). The delete names the very object read
 * (uid and resourceVersion), so a concurrent edit makes it 409 and nothing changes; if the create then fails, the old
 * secret is put back as it was and the create's error is thrown.
 */
export async function convertPullSecret(
  core: CoreV1,
  stored: JsonOf<V1Secret>,
  converted: DockerConfigSecretManifest,
): Promise<JsonOf<V1Secret>> {
  const { name = '', namespace = '', uid, resourceVersion, labels, annotations } = stored.metadata ?? {};
  const body = { ...converted, metadata: { ...converted.metadata, labels, annotations } };
  await core.deleteNamespacedSecret({
    name,
    namespace,
    ...(uid && resourceVersion ? { preconditions: { uid, resourceVersion } } : {}),
  });
  try {
    return await core.createNamespacedSecret({ namespace, body });
  } catch (error) {
    const { type, data } = stored;
    await core.createNamespacedSecret({
      namespace,
      body: { apiVersion: 'v1', kind: 'Secret', metadata: { name, namespace, labels, annotations }, type, data },
    });
    throw error;
  }
}
