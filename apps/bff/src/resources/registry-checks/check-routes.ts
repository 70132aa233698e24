import { Router } from 'express';
import { AddressPolicy, checkCredentials, checkManifest, listTags, type RegistryOutcome } from '@berth/registry';
import {
  InvalidImageReferenceError,
  formatImageReference,
  imageCheckRequest,
  imageCheckResult,
  matchPullSecrets,
  parseDockerConfigJson,
  parseImageReference,
  registryAddressKey,
  registryCheckRequest,
  registryCheckResult,
  toAuths,
  type CheckOutcome,
  type PullSecretAuths,
} from '@berth/contracts';
import { ApiException } from '@kubernetes/client-node';
import { CheckLimit } from './check-limit';
import { HttpError } from '../../http/errors';
import { FailureBudget } from '../../http/failure-budget';
import { kubernetesOf } from '../../auth/identity';
import type { Kubernetes } from '../../kube/clients';
import { namespaceOf } from '../namespaces/namespace-scope';
import { dockerConfigText } from '../secrets/secret-summary';

export interface RegistryChecks {
  checkCredentials: typeof checkCredentials;
  checkManifest: typeof checkManifest;
  /** The repository's tags, shown when a tag is not found; the real client when a test leaves it out. */
  listTags?: typeof listTags;
}

const defaultRegistry: RegistryChecks = { checkCredentials, checkManifest, listTags };

/** What every check shares: the registry client, where it may connect, the refusal budget and the cap on checks in flight. */
export interface CheckSettings {
  registry: RegistryChecks;
  policy: AddressPolicy;
  budget: FailureBudget;
  limit: CheckLimit;
}

/** Single-user mode may reach loopback registries; sign-in mode only when `--registry-allow` covers them. */
export function registryPolicy(options: {
  signIn: boolean;
  allow?: readonly string[];
  deny?: readonly string[];
}): AddressPolicy {
  return new AddressPolicy({ allowLoopback: !options.signIn, allow: options.allow ?? [], deny: options.deny ?? [] });
}

export function checkSettings(settings: Partial<CheckSettings> = {}): CheckSettings {
  return {
    registry: settings.registry ?? defaultRegistry,
    policy: settings.policy ?? registryPolicy({ signIn: false }),
    budget: settings.budget ?? new FailureBudget(),
    limit: settings.limit ?? new CheckLimit(),
  };
}

/** The registry client's outcome in the API's words; a network failure means the registry is unreachable. */
export function toCheckOutcome(outcome: RegistryOutcome): { outcome: CheckOutcome; message?: string } {
  if (outcome.kind === 'ok') return { outcome: 'ok' };
  return { outcome: outcome.kind === 'network' ? 'unreachable' : outcome.kind, message: outcome.message };
}

export const isRefusal = (outcome: { kind: string }) => outcome.kind === 'unauthorized' || outcome.kind === 'forbidden';
// One registry however it is written (`localhost:5000`, `http://127.0.0.1:5000/`), so retyping it buys no more attempts.
export const budgetKey = (registry: string, username: string) =>
  JSON.stringify([registryAddressKey(registry), username]);

export function checkRoutes({ registry, policy, budget, limit }: CheckSettings = checkSettings()): Router {
  const router = Router();
  router.post('/registry-checks', async (req, res) => {
    const request = registryCheckRequest.parse(req.body);
    const key = budgetKey(request.server, request.username);
    budget.assertAllowed(key);
    const outcome = await limit.run(() =>
      registry.checkCredentials({
        registry: request.server,
        credentials: { username: request.username, password: request.password },
        policy,
      }),
    );
    if (isRefusal(outcome)) budget.recordFailure(key);
    res.json(registryCheckResult.parse({ server: request.server, ...toCheckOutcome(outcome) }));
  });
  return router;
}

/** The named pull secrets that exist, as `auths` maps in the order the pod lists them. */
export async function pullSecretAuths(
  kubernetes: Kubernetes,
  namespace: string,
  names: readonly string[],
): Promise<PullSecretAuths[]> {
  const secrets = await Promise.all(
    names.map((name) =>
      kubernetes.core.readNamespacedSecret({ name, namespace }).catch((error: unknown) => {
        // Like the kubelet: a missing pull secret is skipped, not fatal.
        if (error instanceof ApiException && error.code === 404) return undefined;
        throw error;
      }),
    ),
  );
  return secrets
    .filter((s) => s !== undefined)
    .flatMap((secret) => {
      const config = dockerConfigText(secret);
      if (config === undefined) return [];
      try {
        return [
          {
            name: secret.metadata?.name ?? '',
            auths: toAuths(parseDockerConfigJson(config.text, { format: config.format }).entries),
          },
        ];
      } catch {
        return [];
      }
    });
}

/** Enough tags to show what a repository holds without a long list in one message. */
const existingTagsShown = 50;

export function imageCheckRoutes({ registry, policy, budget, limit }: CheckSettings = checkSettings()): Router {
  const router = Router();
  router.post('/', async (req, res) => {
    const namespace = namespaceOf(res);
    const request = imageCheckRequest.parse(req.body);
    let reference;
    try {
      reference = parseImageReference(request.image);
    } catch (error) {
      if (!(error instanceof InvalidImageReferenceError)) throw error;
      throw new HttpError(422, 'Invalid', error.reason, [{ path: 'image', message: error.reason }]);
    }
    const image = formatImageReference(reference);
    const matches = matchPullSecrets(
      image,
      await pullSecretAuths(kubernetesOf(res), namespace, request.imagePullSecrets),
    );
    const chosen = matches[0];
    const key = budgetKey(reference.registry, chosen?.username ?? '');
    if (chosen) budget.assertAllowed(key);
    const outcome = await limit.run(() =>
      registry.checkManifest({
        registry: reference.registry,
        repository: reference.repository,
        reference: reference.digest ?? reference.tag ?? 'latest',
        ...(chosen ? { credentials: { username: chosen.username, password: chosen.password } } : {}),
        policy,
      }),
    );
    if (chosen && isRefusal(outcome)) budget.recordFailure(key);
    // "No such tag" says which tags exist (v1, v2); when the repository itself is unknown the list fails and none are named.
    const credentials = chosen ? { credentials: { username: chosen.username, password: chosen.password } } : {};
    const existing =
      outcome.kind === 'not-found' && reference.digest === undefined
        ? await limit.run(() =>
            (registry.listTags ?? listTags)({
              registry: reference.registry,
              repository: reference.repository,
              ...credentials,
              policy,
              maxEntries: existingTagsShown,
            }),
          )
        : undefined;
    res.json(
      imageCheckResult.parse({
        image,
        registry: reference.registry,
        repository: reference.repository,
        reference: reference.digest ?? reference.tag ?? 'latest',
        ...(chosen ? { credential: { secret: chosen.secretName, key: chosen.key, username: chosen.username } } : {}),
        ...toCheckOutcome(outcome),
        ...(outcome.kind === 'ok' && outcome.digest ? { digest: outcome.digest } : {}),
        ...(existing?.kind === 'ok' ? { existingTags: existing.names } : {}),
      }),
    );
  });
  return router;
}
