import { Router } from 'express';
import type { V1Secret } from '@kubernetes/client-node';
import {
  copyDifferences,
  maxCopyNamespaces,
  pullSecretUsers as pullSecretUsersSchema,
  secretCopies,
  secretCopiesQuery,
  secretCopyRequest,
  secretCopyResults,
  type SecretCopy,
  type SecretCopyResult,
} from '@berth/contracts';
import { HttpError, toApiError } from '../../http/errors';
import { requireNameParam } from '../../http/path-params';
import { kubernetesOf } from '../../auth/identity';
import type { CoreV1 } from '../../kube/api-groups';
import { statusCodeOf } from '../../kube/kubernetes-errors';
import type { JsonOf } from '../../kube/list-json';
import { acknowledgedWrite, type ListCache } from '../../kube/list-cache';
import { dryRunOf, namespaceOf } from '../namespaces/namespace-scope';
import { withoutLastApplied } from './last-applied';
import { registryFingerprints } from './password-digest';
import { pullSecretUsers } from './pull-secret-users';

/** The secret as it goes to another namespace: its type and data, nothing of the source's identity (uid, owners). */
function copyOf(secret: JsonOf<V1Secret>, namespace: string, resourceVersion?: string) {
  return {
    apiVersion: 'v1',
    kind: 'Secret',
    metadata: { name: secret.metadata?.name ?? '', namespace, ...(resourceVersion ? { resourceVersion } : {}) },
    type: secret.type,
    data: secret.data,
  };
}

/**
 * Each write is acknowledged to the list cache, so the other namespace's Secrets list shows it at once; a dry run
 * (`dryRun: 'All'`) asks the API server the same questions and writes nothing.
 */
async function copyTo(
  lists: ListCache | undefined,
  core: CoreV1,
  source: JsonOf<V1Secret>,
  namespace: string,
  { overwrite, dryRun }: { overwrite: boolean; dryRun: 'All' | undefined },
): Promise<SecretCopyResult> {
  const name = source.metadata?.name ?? '';
  const asked = dryRun ? { dryRun } : {};
  try {
    const created = await core.createNamespacedSecret({ namespace, body: copyOf(source, namespace), ...asked });
    if (!dryRun) lists?.acknowledge(namespace, 'secrets', acknowledgedWrite(created));
    return { namespace, result: 'created' };
  } catch (error) {
    if (statusCodeOf(error) !== 409)
      return { namespace, result: 'failed', message: toApiError(error, namespace).message };
    if (!overwrite)
      return { namespace, result: 'exists', message: `A secret named ${name} is already there; it was left as it is` };
  }
  try {
    // The resourceVersion read makes a change made meanwhile fail with 409 rather than be overwritten.
    const existing = await core.readNamespacedSecret({ name, namespace });
    const body = copyOf(source, namespace, existing.metadata?.resourceVersion);
    const replaced = await core.replaceNamespacedSecret({
      name,
      namespace,
      body: { ...body, metadata: { ...withoutLastApplied(existing.metadata), ...body.metadata } },
      ...asked,
    });
    if (!dryRun) lists?.acknowledge(namespace, 'secrets', acknowledgedWrite(replaced));
    return { namespace, result: 'replaced' };
  } catch (error) {
    return { namespace, result: 'failed', message: toApiError(error, namespace).message };
  }
}

/**
 * The names a comparison looks in: those asked for, else every namespace the identity may list, the first
 * `maxCopyNamespaces` of them; `notCompared` counts the rest, so the answer says it was cut.
 */
export async function namespacesToCompare(
  core: CoreV1,
  asked: readonly string[] | undefined,
  own: string,
): Promise<{ names: string[]; notCompared: number }> {
  if (asked !== undefined) return { names: [...new Set(asked)].filter((n) => n !== own), notCompared: 0 };
  try {
    const names = (await core.listNamespace()).items.map((n) => n.metadata?.name ?? '');
    const others = names.filter((n) => n !== own && n !== '');
    return { names: others.slice(0, maxCopyNamespaces), notCompared: Math.max(0, others.length - maxCopyNamespaces) };
  } catch (error) {
    if (statusCodeOf(error) === 403)
      throw new HttpError(
        403,
        'Forbidden',
        'You may not list namespaces: type the names of the namespaces to compare under "Copy to namespaces" (or name them with ?namespaces=a,b)',
      );
    throw error;
  }
}

/** `…/secrets/{name}/users`, `…/copies`: who pulls with a secret, and the secret in other namespaces. */
export function secretCopyRoutes(lists?: ListCache): Router {
  const router = Router();
  requireNameParam(router, 'name', 'secret');

  router.get('/:name/users', async (req, res) => {
    const users = await pullSecretUsers(kubernetesOf(res), namespaceOf(res), req.params.name);
    res.json(pullSecretUsersSchema.parse(users));
  });

  router.post('/:name/copies', async (req, res) => {
    const { namespaces, overwrite = false } = secretCopyRequest.parse(req.body);
    const dryRun = dryRunOf(req.query);
    const { core } = kubernetesOf(res);
    const source = await core.readNamespacedSecret({ name: req.params.name, namespace: namespaceOf(res) });
    const targets = [...new Set(namespaces)].filter((n) => n !== namespaceOf(res));
    // One after another: bounded, and each result is what the API server answered for that namespace.
    const results: SecretCopyResult[] = [];
    for (const namespace of targets) results.push(await copyTo(lists, core, source, namespace, { overwrite, dryRun }));
    res.json(secretCopyResults.parse({ results }));
  });

  router.get('/:name/copies', async (req, res) => {
    // Validated before any call: each name becomes a path segment of a Secret read.
    const query = secretCopiesQuery.parse(req.query);
    const { core } = kubernetesOf(res);
    const own = namespaceOf(res);
    const secret = await core.readNamespacedSecret({ name: req.params.name, namespace: own });
    const source = { type: secret.type ?? 'Opaque', registries: registryFingerprints(secret) };
    const { names, notCompared } = await namespacesToCompare(core, query.namespaces, own);
    const copies = await Promise.all(
      names.map(async (namespace): Promise<SecretCopy> => {
        try {
          const copy = await core.readNamespacedSecret({ name: req.params.name, namespace });
          const theirs = { type: copy.type ?? 'Opaque', registries: registryFingerprints(copy) };
          const differences = copyDifferences(source, theirs);
          return { namespace, state: differences.length === 0 ? 'same' : 'differs', ...theirs, differences };
        } catch (error) {
          const code = statusCodeOf(error);
          if (code === 404) return { namespace, state: 'missing', registries: [], differences: [] };
          if (code === 403) return { namespace, state: 'hidden', registries: [], differences: [] };
          throw error;
        }
      }),
    );
    // Every namespace compared when none was named: those without the secret are left out.
    const shown = query.namespaces !== undefined ? copies : copies.filter((c) => c.state !== 'missing');
    res.json(secretCopies.parse({ source, copies: shown, notCompared }));
  });
  return router;
}
