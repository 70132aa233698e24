import { createHmac, randomBytes } from 'node:crypto';
import type { V1Secret } from '@kubernetes/client-node';
import { parseDockerConfigJson, type RegistryFingerprint } from '@berth/contracts';
import type { ModelOrJson } from '../../kube/list-json';
import { dockerConfigText } from './secret-summary';

// Made at start and never written anywhere: a digest the browser sees cannot be checked against guessed passwords
// offline (a plain SHA-256 of a short password can), and digests from another BFF process never compare equal.
const key = randomBytes(32);

/** HMAC-SHA-256 of a registry's password under this process's key, with the server in it so reuse across registries does not show. */
export function passwordDigest(server: string, password: string): string {
  return createHmac('sha256', key)
    .update(JSON.stringify([server, password]))
    .digest('base64url');
}

/** The registries of a pull secret with keyed digests of their passwords; a malformed or other secret has none. */
export function registryFingerprints(secret: ModelOrJson<V1Secret>): RegistryFingerprint[] {
  const config = dockerConfigText(secret);
  if (config === undefined) return [];
  try {
    return parseDockerConfigJson(config.text, { format: config.format }).entries.map(
      ({ server, username, password }) => ({
        server,
        username,
        passwordDigest: passwordDigest(server, password),
      }),
    );
  } catch {
    return [];
  }
}
