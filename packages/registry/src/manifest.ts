// "Can these credentials pull this image?": the handshake, then HEAD on the manifest.
import { preferredChallenge } from './challenge';
import { checkContext, failureOf, scrubOutcome, send, type CheckContext, type CheckOptions } from './check-context';
import { authorize, isFailure } from './handshake';
import { outcomeForStatus, registryErrorText, type RegistryOutcome } from './outcome';
import { invalidRegistryAddress, registryBaseUrl } from './scheme';

export interface CheckManifestOptions extends CheckOptions {
  /** `host[:port]` or `http(s)://host[:port]`: a registry address, never a URL with a path. */
  registry: string;
  /** e.g. `janedoe/awesomeapp` or `library/nginx`. */
  repository: string;
  /** A tag or a `sha256:` digest. */
  reference: string;
}

export const manifestMediaTypes = [
  'application/vnd.oci.image.index.v1+json',
  'application/vnd.oci.image.manifest.v1+json',
  'application/vnd.docker.distribution.manifest.v2+json',
  'application/vnd.docker.distribution.manifest.list.v2+json',
];

export async function checkManifest(options: CheckManifestOptions): Promise<RegistryOutcome> {
  const baseUrl = registryBaseUrl(options.registry);
  if (baseUrl === undefined) return invalidRegistryAddress(options.registry);
  const context = checkContext(baseUrl, options);
  return scrubOutcome(await manifestOutcome(context, options), context);
}

async function manifestOutcome(context: CheckContext, options: CheckManifestOptions): Promise<RegistryOutcome> {
  let current = new URL('/v2/', context.baseUrl);
  try {
    const authorized = await authorize(context, `repository:${options.repository}:pull`);
    if (isFailure(authorized)) return authorized;
    current = new URL(`/v2/${options.repository}/manifests/${options.reference}`, context.baseUrl);
    const headers: Record<string, string> = { accept: manifestMediaTypes.join(', ') };
    if (authorized.authorization) headers.authorization = authorized.authorization;

    const head = await send(context, current, 'HEAD', headers);
    if (head.ok) return { kind: 'ok', digest: head.header('docker-content-digest') ?? digestOf(options.reference) };
    const challengeError = preferredChallenge(head.header('www-authenticate') ?? null)?.params.error;
    // A HEAD answer has no body; the same GET carries the registry's own words (`name unknown`, ...).
    const get = await send(context, current, 'GET', headers);
    if (get.ok) return { kind: 'ok', digest: get.header('docker-content-digest') ?? digestOf(options.reference) };
    return outcomeForStatus(get.status, registryErrorText(get.body), challengeError);
  } catch (error) {
    return failureOf(error, current);
  }
}

function digestOf(reference: string): string | undefined {
  return reference.startsWith('sha256:') ? reference : undefined;
}
