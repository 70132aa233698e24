// Written against distribution/reference's grammar: judged from npm metadata, `docker-parse-image`, `parse-docker-image-name` and
// `@swimlane/docker-reference` only split strings, without ParseNormalizedNamed's docker.io/library normalisation, and rarely release.

/** An image reference split the way the container runtimes read it: `registry/repository[:tag][@digest]`. */
export interface ImageReference {
  /** Registry host with optional port, e.g. `docker.io`, `localhost:5000`. */
  registry: string;
  /** Path inside the registry, e.g. `library/nginx`. */
  repository: string;
  tag?: string;
  digest?: string;
}

/** Thrown when a string is not an image reference the kubelet would accept; `reason` says why in plain words. */
export class InvalidImageReferenceError extends Error {
  override readonly name = 'InvalidImageReferenceError';
  constructor(
    readonly reference: string,
    readonly reason: string,
  ) {
    super(`invalid image reference ${JSON.stringify(reference)}: ${reason}`);
  }
}

const defaultRegistry = 'docker.io';
const legacyDefaultRegistry = 'index.docker.io';
const officialRepositoryPrefix = 'library/';
const nameTotalLengthMax = 255;

// The grammar of distribution/reference (regexp.go), piece by piece.
const alphanumeric = '[a-z0-9]+';
const separator = '(?:[._]|__|[-]+)';
const pathComponent = `${alphanumeric}(?:${separator}${alphanumeric})*`;
const domainNameComponent = '(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])';
const domainName = `${domainNameComponent}(?:\\.${domainNameComponent})*`;
const ipv6Address = '\\[(?:[a-fA-F0-9:]+)\\]';
const domainAndPort = `(?:${domainName}|${ipv6Address})(?::[0-9]+)?`;
const remoteName = `${pathComponent}(?:/${pathComponent})*`;
const tagPattern = '[\\w][\\w.-]{0,127}';
const digestPattern = '[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*[:][0-9a-fA-F]{32,}';

const qualifiedReference = new RegExp(
  `^(${domainAndPort})/(${remoteName})(?::(${tagPattern}))?(?:@(${digestPattern}))?$`,
);
const anchoredTag = new RegExp(`^${tagPattern}$`);
const anchoredPathComponent = new RegExp(`^${pathComponent}$`);
const anchoredDomainAndPort = new RegExp(`^${domainAndPort}$`);
const anchoredIdentifier = /^[a-f0-9]{64}$/;
// go-digest's registered algorithms and the length of their lowercase hex encodings.
const digestHexLength: Record<string, number> = { sha256: 64, sha384: 96, sha512: 128 };

/** True when `tag` is a valid image tag (`[\w][\w.-]{0,127}`). */
export function isValidImageTag(tag: string): boolean {
  return anchoredTag.test(tag);
}

const anchoredRemoteName = new RegExp(`^${remoteName}$`);

/** True when `name` is a repository path a registry may hold (`janedoe/awesomeapp`, `library/nginx`), at most 255 characters. */
export function isValidRepositoryName(name: string): boolean {
  return name.length <= nameTotalLengthMax && anchoredRemoteName.test(name);
}

/** splitDockerDomain (distribution/reference v0.5+): a first component is a host if it has '.' or ':', is localhost, or has uppercase. */
function splitRegistry(ref: string): { registry: string; remainder: string } {
  const slash = ref.indexOf('/');
  const first = slash === -1 ? '' : ref.slice(0, slash);
  const isHost = slash !== -1 && (/[.:]/.test(first) || first === 'localhost' || first.toLowerCase() !== first);
  let registry = isHost ? first : defaultRegistry;
  let remainder = isHost ? ref.slice(slash + 1) : ref;
  if (registry === legacyDefaultRegistry) registry = defaultRegistry;
  if (registry === defaultRegistry && !remainder.includes('/')) remainder = officialRepositoryPrefix + remainder;
  return { registry, remainder };
}

function digestProblem(digest: string): string | undefined {
  const colon = digest.indexOf(':');
  const algorithm = digest.slice(0, colon);
  const hex = digest.slice(colon + 1);
  const length = digestHexLength[algorithm];
  if (length === undefined) return `digest algorithm '${algorithm}' is not supported; use sha256, sha384 or sha512`;
  if (!new RegExp(`^[a-f0-9]{${length}}$`).test(hex)) {
    return `a ${algorithm} digest must be ${length} lowercase hexadecimal digits (${hex.length} characters now)`;
  }
  return undefined;
}

/** Why a reference that failed the grammar failed, part by part, in the user's words. */
function explain(registry: string, remainder: string): string {
  if (/\s/.test(registry + remainder)) return 'must not contain spaces';
  if (!anchoredDomainAndPort.test(registry)) return `registry '${registry}' is not a valid host[:port]`;
  const at = remainder.indexOf('@');
  const beforeDigest = at === -1 ? remainder : remainder.slice(0, at);
  const digest = at === -1 ? undefined : remainder.slice(at + 1);
  const lastColon = beforeDigest.lastIndexOf(':');
  const hasTag = lastColon > beforeDigest.lastIndexOf('/');
  const repository = hasTag ? beforeDigest.slice(0, lastColon) : beforeDigest;
  const tag = hasTag ? beforeDigest.slice(lastColon + 1) : undefined;
  for (const component of repository.split('/')) {
    if (component === '') return "repository must not have an empty path component ('//', or a '/' at either end)";
    if (!anchoredPathComponent.test(component)) {
      return `repository part '${component}' may hold only lowercase letters and digits, separated by '.', '_', '__' or '-'`;
    }
  }
  if (tag !== undefined && !isValidImageTag(tag)) {
    return `tag '${tag}' is not valid: up to 128 letters, digits, '_', '.' or '-', not starting with '.' or '-'`;
  }
  if (digest !== undefined && !new RegExp(`^${digestPattern}$`).test(digest)) {
    return `digest '${digest}' is not valid: expected algorithm:hex, e.g. sha256: and 64 hexadecimal digits`;
  }
  return 'invalid reference format';
}

/**
 * Parse and normalise like ParseNormalizedNamed, returning the reason as a string when `ref` is not a reference.
 * One deliberate difference: a first component taken as a host but not valid as one is rejected instead of
 * being read as a registry-less path.
 */
function parseOrExplain(ref: string): ImageReference | string {
  if (ref === '') return 'must not be empty';
  if (anchoredIdentifier.test(ref)) return 'a 64-character hexadecimal string is an image ID, not a reference';
  const { registry, remainder } = splitRegistry(ref);
  const colon = remainder.indexOf(':');
  const repositoryPart = colon === -1 ? remainder : remainder.slice(0, colon);
  if (repositoryPart.toLowerCase() !== repositoryPart) return `repository name must be lowercase (${repositoryPart})`;
  const match = qualifiedReference.exec(`${registry}/${remainder}`);
  if (match === null) return explain(registry, remainder);
  const [, , repository = '', tag, digest] = match;
  const nameLength = registry.length + 1 + repository.length;
  if (nameLength > nameTotalLengthMax) {
    return `registry and repository must be at most ${nameTotalLengthMax} characters (${nameLength} now)`;
  }
  const problem = digest === undefined ? undefined : digestProblem(digest);
  if (problem !== undefined) return problem;
  return { registry, repository, ...(tag === undefined ? {} : { tag }), ...(digest === undefined ? {} : { digest }) };
}

/** Why `ref` is not a valid image reference, or undefined when it is (for forms, which want a message, not a throw). */
export function imageReferenceProblem(ref: string): string | undefined {
  const parsed = parseOrExplain(ref);
  return typeof parsed === 'string' ? parsed : undefined;
}

/** Parse an image reference and normalise it like ParseNormalizedNamed (`nginx` -> docker.io, library/nginx). */
export function parseImageReference(ref: string): ImageReference {
  const parsed = parseOrExplain(ref);
  if (typeof parsed === 'string') throw new InvalidImageReferenceError(ref, parsed);
  return parsed;
}

/** `registry/repository`: the name the kubelet looks credentials up by (no tag, no digest). */
export function imageName(ref: ImageReference): string {
  return `${ref.registry}/${ref.repository}`;
}

/** Format a parsed reference back to a string, adding `:latest` only when it has neither tag nor digest. */
export function formatImageReference(ref: ImageReference): string {
  const tag = ref.tag ?? (ref.digest === undefined ? 'latest' : undefined);
  return imageName(ref) + (tag === undefined ? '' : `:${tag}`) + (ref.digest === undefined ? '' : `@${ref.digest}`);
}

/** The fully qualified reference, e.g. `nginx` -> `docker.io/library/nginx:latest`. */
export function normalizeImageReference(ref: string): string {
  return formatImageReference(parseImageReference(ref));
}
