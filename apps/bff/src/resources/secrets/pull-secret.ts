import type { V1Secret } from '@kubernetes/client-node';
import {
  isRegistryAddress,
  parseDockerConfigJson,
  registryAddressMessage,
  type RegistryCredential,
  type SecretUpdateRequest,
} from '@berth/contracts';
import { HttpError } from '../../http/errors';
import type { ModelOrJson } from '../../kube/list-json';
import { dockerConfigText } from './secret-summary';

/** The registries of an edit, with each left-out password taken from the stored entry for the same server. */
export function mergeStoredPasswords(stored: ModelOrJson<V1Secret>, update: SecretUpdateRequest): RegistryCredential[] {
  const config = dockerConfigText(stored);
  if (config === undefined) {
    throw new HttpError(
      422,
      'Invalid',
      'Only image pull secrets (kubernetes.io/dockerconfigjson or kubernetes.io/dockercfg) can be edited here',
    );
  }
  const storedEntries = parseDockerConfigJson(config.text, { format: config.format }).entries;
  return update.registries.map((registry, index) => {
    // A key the secret already holds may keep the kubelet's wider form (`r.io/team`); a new server is a registry address.
    if (!storedEntries.some((e) => e.server === registry.server) && !isRegistryAddress(registry.server)) {
      throw new HttpError(422, 'Invalid', `registries.${index}.server: ${registryAddressMessage}`, [
        { path: `registries.${index}.server`, message: registryAddressMessage },
      ]);
    }
    const password = registry.password ?? storedEntries.find((e) => e.server === registry.server)?.password;
    if (password === undefined || password === '') {
      const message = `Enter the password: no password is stored for ${registry.server || 'this registry'}`;
      throw new HttpError(422, 'Invalid', message, [{ path: `registries.${index}.password`, message }]);
    }
    return {
      server: registry.server,
      username: registry.username,
      password,
      ...(registry.email ? { email: registry.email } : {}),
    };
  });
}
