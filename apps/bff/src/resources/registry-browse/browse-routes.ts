// What a registry holds, read with the pod's chosen pull secrets: its repositories and one repository's tags.
import { Router, type Response } from 'express';
import {
  catalogRefusedReason,
  formatImageReference,
  InvalidImageReferenceError,
  matchPullSecrets,
  parseImageReference,
  parseRegistryAddress,
  registryRepositoriesQuery,
  registryRepositoryList,
  registryTagList,
  registryTagsQuery,
  type CredentialChoice,
} from '@berth/contracts';
import { listRepositories, listTags, type ListOutcome } from '@berth/registry';
import { HttpError } from '../../http/errors';
import { identityOf } from '../../auth/identity';
import { namespaceOf } from '../namespaces/namespace-scope';
import {
  budgetKey,
  checkSettings,
  isRefusal,
  pullSecretAuths,
  type CheckSettings,
} from '../registry-checks/check-routes';
import { BrowseCache } from './browse-cache';

export interface RegistryLists {
  listRepositories: typeof listRepositories;
  listTags: typeof listTags;
}

const defaultLists: RegistryLists = { listRepositories, listTags };

type Listed = { items: string[]; truncated: boolean; credential?: CredentialChoice };

const failureWords: Record<Exclude<ListOutcome['kind'], 'ok'>, { reason: string; words: string }> = {
  'catalog-refused': {
    reason: catalogRefusedReason,
    words: 'This registry does not list its repositories; type a repository to see its tags',
  },
  unauthorized: { reason: 'RegistryUnauthorized', words: 'The registry refused the credentials' },
  forbidden: { reason: 'RegistryForbidden', words: 'The registry refused access' },
  'not-found': { reason: 'RegistryNotFound', words: 'No such repository' },
  'too-many-requests': { reason: 'RegistryTooManyRequests', words: 'The registry is rate limiting requests' },
  network: { reason: 'RegistryUnreachable', words: 'The registry cannot be reached' },
  blocked: { reason: 'RegistryBlocked', words: 'Berth does not contact this address (its registry address policy)' },
  unexpected: { reason: 'RegistryUnexpected', words: 'The registry answered unexpectedly' },
};

/** A registry's answer other than a list, in the envelope: 502, since the registry (not Berth, not the user) said no. */
function listFailure(outcome: Exclude<ListOutcome, { kind: 'ok' }>): HttpError {
  const { reason, words } = failureWords[outcome.kind];
  // The client already scrubbed the registry's words of every credential value.
  const message = outcome.kind === 'catalog-refused' ? words : `${words}: ${outcome.message}`;
  return new HttpError(502, reason, message);
}

export function registryBrowseRoutes(
  settings: CheckSettings = checkSettings(),
  lists: RegistryLists = defaultLists,
  cache = new BrowseCache<Listed>(),
): Router {
  const { policy, budget, limit } = settings;
  const router = Router();

  /** The kubelet's pick among the named secrets for `image`, read as the request's identity; then the list, cached. */
  async function browse(
    res: Response,
    image: string,
    registry: string,
    names: readonly string[],
    what: unknown,
    list: (credentials: { username: string; password: string } | undefined) => Promise<ListOutcome>,
  ): Promise<Listed> {
    const identity = identityOf(res);
    const chosen = matchPullSecrets(image, await pullSecretAuths(identity.kubernetes, namespaceOf(res), names))[0];
    const credentials = chosen ? { username: chosen.username, password: chosen.password } : undefined;
    const credential = chosen ? { secret: chosen.secretName, key: chosen.key, username: chosen.username } : undefined;
    const cacheKey = BrowseCache.key([identity.key, registry, what, credential, credentials?.password]);
    const cached = cache.get(cacheKey);
    if (cached) return cached;
    const key = budgetKey(registry, chosen?.username ?? '');
    if (chosen) budget.assertAllowed(key);
    const outcome = await limit.run(() => list(credentials));
    if (chosen && isRefusal(outcome)) budget.recordFailure(key);
    if (outcome.kind !== 'ok') throw listFailure(outcome);
    const listed = { items: outcome.names, truncated: outcome.truncated, ...(credential ? { credential } : {}) };
    cache.set(cacheKey, listed);
    return listed;
  }

  router.get('/repositories', async (req, res) => {
    const query = registryRepositoriesQuery.parse(req.query);
    const address = parseRegistryAddress(query.registry);
    if (address === undefined) throw new HttpError(422, 'Invalid', 'registry must be a registry address');
    // The kubelet matches by image; a repository-less probe under the registry finds the keys that cover all of it.
    const probe = `${address.host}${address.port === undefined ? '' : `:${address.port}`}/catalog`;
    const listed = await browse(res, probe, query.registry, query.credentials, 'catalog', (credentials) =>
      lists.listRepositories({ registry: query.registry, ...(credentials ? { credentials } : {}), policy }),
    );
    res.json(registryRepositoryList.parse({ registry: query.registry, ...listed }));
  });

  router.get('/tags', async (req, res) => {
    const query = registryTagsQuery.parse(req.query);
    let reference;
    try {
      reference = parseImageReference(query.image);
    } catch (error) {
      if (!(error instanceof InvalidImageReferenceError)) throw error;
      throw new HttpError(422, 'Invalid', error.reason, [{ path: 'image', message: error.reason }]);
    }
    const { registry, repository } = reference;
    const listed = await browse(
      res,
      formatImageReference({ registry, repository }),
      registry,
      query.credentials,
      ['tags', repository],
      (credentials) => lists.listTags({ registry, repository, ...(credentials ? { credentials } : {}), policy }),
    );
    res.json(registryTagList.parse({ registry, repository, ...listed }));
  });

  return router;
}
