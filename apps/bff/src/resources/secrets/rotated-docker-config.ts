import {
  parseDockerConfigJson,
  parseRegistryKey,
  type CredentialRotationRequest,
  type DockerConfigFormat,
} from '@berth/contracts';

type Login = Pick<CredentialRotationRequest, 'server' | 'username' | 'password'>;

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The docker config text with a new password in each entry the kubelet would use for `login.server` as
 * `login.username`, every other entry, field and key kept as it was (an `identitytoken`, other registries, `credsStore`);
 * undefined when no entry matches or the text is not a docker config. `changed` is false when each already had it.
 */
export function withRotatedPassword(
  text: string,
  format: DockerConfigFormat,
  login: Login,
): { changed: boolean; text: string } | undefined {
  const wanted = parseRegistryKey(login.server)?.key;
  let root: unknown;
  let entries;
  try {
    entries = parseDockerConfigJson(text, { format }).entries;
    root = JSON.parse(text);
  } catch {
    return undefined;
  }
  const auths = isObject(root) ? (format === 'dockercfg' ? root : root.auths) : undefined;
  if (wanted === undefined || !isObject(auths)) return undefined;
  let matched = false;
  let changed = false;
  // parseDockerConfigJson lists the entries in the order of the object's keys, with the effective username of each.
  Object.entries(auths).forEach(([server, entry], index) => {
    const parsed = entries[index];
    if (!isObject(entry) || parsed === undefined || parsed.username !== login.username) return;
    if (parseRegistryKey(server)?.key !== wanted) return;
    matched = true;
    if (parsed.password === login.password) return;
    changed = true;
    // `auth` wins over username and password for the kubelet, so it is rewritten wherever it is present.
    if ('password' in entry || !('auth' in entry)) entry.password = login.password;
    if ('auth' in entry) entry.auth = Buffer.from(`${login.username}:${login.password}`).toString('base64');
  });
  return matched ? { changed, text: changed ? JSON.stringify(root) : text } : undefined;
}
