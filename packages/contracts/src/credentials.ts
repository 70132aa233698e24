import { effectiveCredentials, type DockerConfigEntry } from './docker-config';
import { globMatch } from './glob';
import { imageName, parseImageReference } from './image-reference';
import { parseRegistryKey, parseSchemelessUrl, splitHostPort } from './registry-key';

/** A credential the kubelet would try for an image: `key` is the `auths` key as written. */
export interface MatchedCredential {
  key: string;
  username: string;
  password: string;
}

export interface PullSecretAuths {
  name: string;
  auths: Record<string, DockerConfigEntry>;
}

export interface MatchedPullSecretCredential extends MatchedCredential {
  secretName: string;
}

/** The keyring's fallback key for Docker Hub images (keyring.go's defaultRegistryHost). */
const defaultRegistryHost = 'index.docker.io';

interface KeyringEntry extends MatchedPullSecretCredential {
  indexKey: string;
}

const utf8 = new TextEncoder();

/** Go compares strings by their UTF-8 bytes. */
function compareBytes(a: string, b: string): number {
  const x = utf8.encode(a);
  const y = utf8.encode(b);
  for (let i = 0; i < Math.min(x.length, y.length); i += 1) {
    if (x[i] !== y[i]) return (x[i] ?? 0) - (y[i] ?? 0);
  }
  return x.length - y.length;
}

/** keyring.go's URLsMatch: same port, same label count, each label glob-matches, key path a string prefix of the image path. */
function keyMatchesImage(indexKey: string, image: string): boolean {
  const key = parseSchemelessUrl(indexKey);
  const target = parseSchemelessUrl(image);
  if (key === undefined || target === undefined) return false;
  const keyHost = splitHostPort(key.host);
  const imageHost = splitHostPort(target.host);
  if (keyHost.port !== imageHost.port) return false;
  const keyLabels = keyHost.hostname.split('.');
  const imageLabels = imageHost.hostname.split('.');
  if (keyLabels.length !== imageLabels.length) return false;
  if (!target.path.startsWith(key.path)) return false;
  return keyLabels.every((label, i) => globMatch(label, imageLabels[i] ?? ''));
}

/** keyring.go's isDefaultRegistryMatch, on the normalised image name. */
function isDefaultRegistryMatch(image: string): boolean {
  const slash = image.indexOf('/');
  const first = slash === -1 ? image : image.slice(0, slash);
  if (first === '') return false;
  if (slash === -1 || first === 'docker.io' || first === 'index.docker.io') return true;
  return !/[.:]/.test(first);
}

/**
 * The kubelet's BasicDockerKeyring over the pod's secrets, merged into one keyring in imagePullSecrets order.
 * Order: distinct index keys sorted in reverse byte order (more specific keys first); within one key, secrets in the
 * pod's order and entries in the secret's JSON order (the kubelet ranges over a Go map there, so its order is not fixed).
 * With no match, Docker Hub images get every entry whose key normalises to index.docker.io.
 * An `auth` that is not base64("user:password") throws InvalidDockerConfigError: the kubelet then fails the pull.
 */
export function matchPullSecrets(image: string, secrets: readonly PullSecretAuths[]): MatchedPullSecretCredential[] {
  const name = imageName(parseImageReference(image));
  const keyring: KeyringEntry[] = [];
  for (const secret of secrets) {
    for (const [key, entry] of Object.entries(secret.auths)) {
      // Every auth is decoded when the secret is read, before keys are indexed, so a bad one fails even an ignored key.
      const credentials = effectiveCredentials(key, entry);
      const parsed = parseRegistryKey(key);
      if (parsed !== undefined) keyring.push({ secretName: secret.name, key, indexKey: parsed.key, ...credentials });
    }
  }
  const index = [...new Set(keyring.map((e) => e.indexKey))].sort((a, b) => compareBytes(b, a));
  const strip = ({ secretName, key, username, password }: KeyringEntry) => ({ secretName, key, username, password });
  const matched = index.filter((k) => keyMatchesImage(k, name)).flatMap((k) => keyring.filter((e) => e.indexKey === k));
  if (matched.length > 0) return matched.map(strip);
  if (!isDefaultRegistryMatch(name)) return [];
  return keyring.filter((e) => e.indexKey === defaultRegistryHost).map(strip);
}

/** The credentials the kubelet would try, in order, for `image` from one `auths` map. */
export function matchCredentials(image: string, auths: Record<string, DockerConfigEntry>): MatchedCredential[] {
  return matchPullSecrets(image, [{ name: '', auths }]).map(({ key, username, password }) => ({
    key,
    username,
    password,
  }));
}
