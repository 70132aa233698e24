// What a registry holds: its catalog (`GET /v2/_catalog`) and a repository's tags (`GET /v2/<name>/tags/list`), read
// after the same handshake as the manifest check, paged through `Link` headers within fixed bounds.
import { isDockerHubHost, isValidImageTag, isValidRepositoryName, parseRegistryAddress } from '@berth/contracts';
import { preferredChallenge } from './challenge';
import { checkContext, failureOf, send, type CheckContext, type CheckOptions } from './check-context';
import { authorize, isFailure } from './handshake';
import { nextLink } from './link-header';
import { outcomeForStatus, registryErrorText, type RegistryFailure } from './outcome';
import { invalidRegistryAddress, registryBaseUrl } from './scheme';
import { scrubRegistryText } from './scrub';

export interface ListOptions extends CheckOptions {
  /** `host[:port]` or `http(s)://host[:port]`: a registry address, never a URL with a path. */
  registry: string;
  /** `n`, the entries asked for per page. */
  pageSize?: number;
  /** Pages read at most, however many the registry links to. */
  maxPages?: number;
  /** Entries kept at most. */
  maxEntries?: number;
}

export interface ListTagsOptions extends ListOptions {
  /** e.g. `janedoe/awesomeapp` or `library/nginx`. */
  repository: string;
}

/** `truncated`: the registry had more than the bounds let Berth read. `catalog-refused`: the credentials are good, the listing closed. */
export type ListOutcome =
  { kind: 'ok'; names: string[]; truncated: boolean } | { kind: 'catalog-refused'; message: string } | RegistryFailure;

export const listBounds = { pageSize: 100, maxPages: 10, maxEntries: 1000 } as const;
// A page of 100 names of 255 characters fits with room to spare; a registry that ignores `n` may send more.
const maxPageBytes = 1024 * 1024;

const dockerHubApi = 'https://registry-1.docker.io';

function isDockerHub(registry: string): boolean {
  const address = parseRegistryAddress(registry.trim());
  return address !== undefined && isDockerHubHost(address.host);
}

/** Docker Hub's API lives on registry-1.docker.io whichever of its names the image uses. */
function listBaseUrl(registry: string): string | undefined {
  return isDockerHub(registry) ? dockerHubApi : registryBaseUrl(registry);
}

export async function listRepositories(options: ListOptions): Promise<ListOutcome> {
  // Docker Hub answers the catalog only with a scope it grants nobody; asking would cost a token request per keystroke.
  if (isDockerHub(options.registry))
    return { kind: 'catalog-refused', message: 'Docker Hub does not list its repositories' };
  const baseUrl = listBaseUrl(options.registry);
  if (baseUrl === undefined) return invalidRegistryAddress(options.registry);
  const context = checkContext(baseUrl, options);
  return scrubList(await catalogOutcome(context, options), context);
}

export async function listTags(options: ListTagsOptions): Promise<ListOutcome> {
  const baseUrl = listBaseUrl(options.registry);
  if (baseUrl === undefined) return invalidRegistryAddress(options.registry);
  if (!isValidRepositoryName(options.repository))
    return { kind: 'unexpected', message: `${JSON.stringify(options.repository)} is not a repository name` };
  const context = checkContext(baseUrl, options);
  return scrubList(await tagsOutcome(context, options), context);
}

async function catalogOutcome(context: CheckContext, options: ListOptions): Promise<ListOutcome> {
  const first = new URL('/v2/_catalog', context.baseUrl);
  try {
    const authorized = await authorize(context, 'registry:catalog:*');
    if (isFailure(authorized)) return authorized;
    const listed = await readPages(context, first, 'repositories', authorized.authorization, options);
    if (listed.kind !== 'unauthorized' && listed.kind !== 'forbidden' && listed.kind !== 'not-found') return listed;
    // The catalog alone refused: if the same credentials still open /v2/, they are good and only the listing is closed.
    const ping = await send(
      context,
      new URL('/v2/', context.baseUrl),
      'GET',
      authorized.authorization ? { authorization: authorized.authorization } : {},
    );
    if (!ping.ok) return outcomeForStatus(ping.status, registryErrorText(ping.body));
    return { kind: 'catalog-refused', message: `the registry does not list its repositories (${listed.message})` };
  } catch (error) {
    return failureOf(error, first);
  }
}

async function tagsOutcome(context: CheckContext, options: ListTagsOptions): Promise<ListOutcome> {
  const first = new URL(`/v2/${options.repository}/tags/list`, context.baseUrl);
  try {
    const authorized = await authorize(context, `repository:${options.repository}:pull`);
    if (isFailure(authorized)) return authorized;
    return await readPages(context, first, 'tags', authorized.authorization, options);
  } catch (error) {
    return failureOf(error, first);
  }
}

/**
 * GETs `first?n=…` and each `rel="next"` page after it, while the pages and entries stay within bounds. A next link
 * may be relative (resolved against the page that named it) but must stay on the registry's origin and endpoint, so the
 * `Authorization` header never goes anywhere the first request did not.
 */
async function readPages(
  context: CheckContext,
  first: URL,
  key: 'repositories' | 'tags',
  authorization: string | undefined,
  options: ListOptions,
): Promise<ListOutcome> {
  const pageSize = options.pageSize ?? listBounds.pageSize;
  const maxPages = options.maxPages ?? listBounds.maxPages;
  const maxEntries = options.maxEntries ?? listBounds.maxEntries;
  const headers: Record<string, string> = { accept: 'application/json', ...(authorization ? { authorization } : {}) };
  const valid = key === 'tags' ? isValidImageTag : isValidRepositoryName;
  const names = new Set<string>();
  let url: URL | undefined = new URL(first);
  url.searchParams.set('n', String(pageSize));
  for (let page = 0; url !== undefined && page < maxPages; page++) {
    const current: URL = url;
    let response;
    try {
      response = await send(context, current, 'GET', headers, maxPageBytes);
    } catch (error) {
      return failureOf(error, current);
    }
    if (!response.ok) {
      const challengeError = preferredChallenge(response.header('www-authenticate') ?? null)?.params.error;
      return outcomeForStatus(response.status, registryErrorText(response.body), challengeError);
    }
    const entries = entriesOf(response.body, key);
    if (entries === undefined)
      return { kind: 'unexpected', message: `${current.pathname} did not answer with a list of ${key}` };
    // A hostile registry's entries are dropped unless they are names, and never carry a credential value.
    for (const name of entries) if (valid(name) && scrubRegistryText(name, context.secrets) === name) names.add(name);
    if (names.size >= maxEntries) return { kind: 'ok', names: [...names].slice(0, maxEntries), truncated: true };
    const link = nextLink(response.header('link'));
    if (link === undefined) return { kind: 'ok', names: [...names], truncated: false };
    let next: URL;
    try {
      next = new URL(link, current);
    } catch {
      return { kind: 'unexpected', message: 'the registry sent a next-page link that is not a URL' };
    }
    if (next.origin !== first.origin || next.pathname !== first.pathname) {
      return {
        kind: 'blocked',
        message: `the registry's next-page link leads to ${next.origin}${next.pathname}, not to ${first.pathname} on ${first.origin}`,
      };
    }
    url = next;
  }
  return { kind: 'ok', names: [...names], truncated: url !== undefined };
}

function entriesOf(body: string, key: 'repositories' | 'tags'): string[] | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    return undefined;
  }
  if (typeof parsed !== 'object' || parsed === null) return undefined;
  const list = (parsed as Record<string, unknown>)[key];
  // distribution answers `"tags": null` for a repository whose tags were all deleted.
  if (list === null || list === undefined) return [];
  if (!Array.isArray(list)) return undefined;
  return list.filter((entry): entry is string => typeof entry === 'string');
}

/** The one way out: every message with the credential values in play masked. */
function scrubList(outcome: ListOutcome, context: CheckContext): ListOutcome {
  if (outcome.kind === 'ok') return outcome;
  return { ...outcome, message: scrubRegistryText(outcome.message, context.secrets) };
}
