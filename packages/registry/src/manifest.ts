// "Can these credentials pull this image?": the handshake, then HEAD on the manifest.
import { preferredChallenge } from './challenge';
import { authorize, drain, isFailure, type RegistryCredentials } from './handshake';
import { describeNetworkError } from './network-error';
import { outcomeForStatus, registryErrorText, type RegistryOutcome } from './outcome';
import { invalidRegistryAddress, registryBaseUrl, registryPingUrl } from './scheme';

export interface CheckManifestOptions {
  /** `host[:port]` or a full `http(s)://host[:port]` URL. */
  registry: string;
  /** e.g. `janedoe/awesomeapp` or `library/nginx`. */
  repository: string;
  /** A tag or a `sha256:` digest. */
  reference: string;
  credentials?: RegistryCredentials;
  timeoutMs?: number;
}

export const manifestMediaTypes = [
  'application/vnd.oci.image.index.v1+json',
  'application/vnd.oci.image.manifest.v1+json',
  'application/vnd.docker.distribution.manifest.v2+json',
  'application/vnd.docker.distribution.manifest.list.v2+json',
];

export const defaultTimeoutMs = 10_000;

export async function checkManifest(options: CheckManifestOptions): Promise<RegistryOutcome> {
  const ping = registryPingUrl(options.registry);
  if (ping === undefined) return invalidRegistryAddress(options.registry);
  const baseUrl = registryBaseUrl(options.registry);
  const url = `${baseUrl}/v2/${options.repository}/manifests/${options.reference}`;
  const signal = AbortSignal.timeout(options.timeoutMs ?? defaultTimeoutMs);
  let current = ping;
  try {
    const authorized = await authorize(
      { baseUrl, credentials: options.credentials, signal },
      `repository:${options.repository}:pull`,
    );
    if (isFailure(authorized)) return authorized;
    current = new URL(url);
    const headers: Record<string, string> = { accept: manifestMediaTypes.join(', ') };
    if (authorized.authorization) headers.authorization = authorized.authorization;

    const head = await fetch(url, { method: 'HEAD', headers, signal });
    if (head.ok) return { kind: 'ok', digest: head.headers.get('docker-content-digest') ?? digestOf(options.reference) };
    const challengeError = preferredChallenge(head.headers.get('www-authenticate'))?.params.error;
    // A HEAD answer has no body; the same GET carries the registry's own words (`name unknown`, ...).
    const get = await fetch(url, { headers, signal });
    const body = await drain(get);
    if (get.ok) return { kind: 'ok', digest: get.headers.get('docker-content-digest') ?? digestOf(options.reference) };
    return outcomeForStatus(get.status, registryErrorText(body), challengeError);
  } catch (error) {
    return { kind: 'network', message: describeNetworkError(error, current) };
  }
}

function digestOf(reference: string): string | undefined {
  return reference.startsWith('sha256:') ? reference : undefined;
}
