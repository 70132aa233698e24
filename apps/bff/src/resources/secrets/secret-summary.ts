import type { V1Secret } from '@kubernetes/client-node';
import {
  parseDockerConfigJson,
  pullSecretKind,
  type DockerConfigFormat,
  type RegistryLogin,
  type SecretSummary,
} from '@berth/contracts';
import { isoTime } from '../../kube/iso-time';
import type { ModelOrJson } from '../../kube/list-json';

/** A secret from a client-node call or from a raw list (`listJson`). */
type Secret = ModelOrJson<V1Secret>;

/** The decoded docker config text of a pull secret, or undefined for other secrets. */
export function dockerConfigText(secret: Secret): { text: string; format: DockerConfigFormat } | undefined {
  const kind = pullSecretKind(secret.type);
  const encoded = kind === undefined ? undefined : secret.data?.[kind.key];
  if (kind === undefined || encoded === undefined) return undefined;
  return { text: Buffer.from(encoded, 'base64').toString('utf8'), format: kind.format };
}

/** Server, username and email of each registry in a pull secret; a malformed config lists none. */
export function registryLogins(secret: Secret): RegistryLogin[] {
  const config = dockerConfigText(secret);
  if (config === undefined) return [];
  try {
    return parseDockerConfigJson(config.text, { format: config.format }).entries.map(({ server, username, email }) => ({
      server,
      username,
      ...(email ? { email } : {}),
    }));
  } catch {
    return [];
  }
}

/** A secret as `kubectl get secret` lists it; built field by field so no data can slip through. */
export function toSecretSummary(secret: Secret): SecretSummary {
  return {
    name: secret.metadata?.name ?? '',
    namespace: secret.metadata?.namespace ?? '',
    type: secret.type ?? 'Opaque',
    dataCount: Object.keys(secret.data ?? {}).length + Object.keys(secret.stringData ?? {}).length,
    created: isoTime(secret.metadata?.creationTimestamp),
    registries: registryLogins(secret),
  };
}
