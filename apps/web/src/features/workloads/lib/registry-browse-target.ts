import { imageReferenceProblem, isDockerHubHost, parseRegistryAddress } from '@berth/contracts';

/** What the Image Name field points at: a registry whose catalog to offer, and an image whose tags to offer. */
export interface BrowseTarget {
  /** `host[:port]` of the registry to list: written in the field, else the first chosen credential's. */
  registry?: string;
  /** `registry/repository` without tag or digest, once the field holds a valid image name. */
  image?: string;
}

/** distribution/reference's rule: a first component with `.` or `:`, or `localhost`, is a registry host. */
function writtenRegistry(image: string): string | undefined {
  const slash = image.indexOf('/');
  if (slash <= 0) return undefined;
  const first = image.slice(0, slash);
  return first.includes('.') || first.includes(':') || first === 'localhost' ? first : undefined;
}

/** `host[:port]` of a credential's server (`https://r.example.com/v1/` reads `r.example.com`); Docker Hub lists nothing. */
function credentialRegistry(server: string | undefined): string | undefined {
  const address = server === undefined ? undefined : parseRegistryAddress(server.trim());
  if (address === undefined || isDockerHubHost(address.host) || address.host.includes('*')) return undefined;
  return `${address.host}${address.port === undefined ? '' : `:${address.port}`}`;
}

/** The name part of `image`: a tag (`:v1` after the last `/`) and a digest are dropped. */
function imageNameOf(image: string): string {
  const withoutDigest = image.split('@')[0] ?? '';
  const slash = withoutDigest.lastIndexOf('/');
  const colon = withoutDigest.lastIndexOf(':');
  return colon > slash ? withoutDigest.slice(0, colon) : withoutDigest;
}

export function browseTarget(image: string, credentialServers: readonly string[]): BrowseTarget {
  const written = image.trim();
  // Without a host in the field, the credential's registry: typing `awesome` offers `r.example.com/janedoe/awesomeapp`.
  const registry = writtenRegistry(written) ?? credentialRegistry(credentialServers[0]);
  const name = imageNameOf(written);
  const complete = name !== '' && !name.endsWith('/') && imageReferenceProblem(name) === undefined;
  return { ...(registry === undefined ? {} : { registry }), ...(complete ? { image: name } : {}) };
}

/** The repository of `image` inside `registry`, when the image names that registry. */
export function repositoryIn(registry: string, image: string): string | undefined {
  return image.startsWith(`${registry}/`) ? image.slice(registry.length + 1) : undefined;
}
