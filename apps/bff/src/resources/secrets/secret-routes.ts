import { Router } from 'express';
import { ApiException, type V1Secret } from '@kubernetes/client-node';
import {
  dockerConfigJsonType,
  InvalidDockerConfigError,
  isPullSecretType,
  parseDockerConfigJson,
  secretCreated,
  secretDetail,
  secretForm,
  secretImportRequest,
  secretKeys,
  secretListQuery,
  secretSummary,
  secretUpdateRequest,
  toSecretManifest,
} from '@berth/contracts';
import { HttpError } from '../../http/errors';
import { requireNameParam } from '../../http/path-params';
import { boundsError } from '../../http/json-body';
import { checkJsonBounds, configJsonBounds, TextBoundsError } from '../../http/text-bounds';
import { identityOf, kubernetesOf } from '../../auth/identity';
import { forgetAfterWrites, InFlightReads } from '../../kube/in-flight-reads';
import { acknowledgedWrite, listSourceHeader, type ListCache } from '../../kube/list-cache';
import { fieldEquals, itemsOf, listJson, type ModelOrJson } from '../../kube/list-json';
import { assertNamespaceExists } from '../namespaces/namespace-existence';
import { dryRunOf, namespaceOf } from '../namespaces/namespace-scope';
import { convertPullSecret } from './convert-pull-secret';
import { withoutLastApplied } from './last-applied';
import { mergeStoredPasswords } from './pull-secret';
import { SecretRows } from './secret-rows';
import { toSecretSummary } from './secret-summary';

/** A body naming another namespace than the URL is a mistake, not a redirect. */
function inNamespace(body: unknown, namespace: string): Record<string, unknown> {
  const object =
    typeof body === 'object' && body !== null && !Array.isArray(body) ? (body as Record<string, unknown>) : {};
  if (object.namespace !== undefined && object.namespace !== namespace) {
    const message = `This request is for namespace ${namespace}`;
    throw new HttpError(422, 'Invalid', message, [{ path: 'namespace', message }]);
  }
  return { ...object, namespace };
}

/** The registries of an imported config.json; its parse errors become a field error, never quoting the text. */
function importedRegistries(configJson: string) {
  try {
    checkJsonBounds(configJson, configJsonBounds);
  } catch (error) {
    if (error instanceof TextBoundsError) throw boundsError(error, 'configJson');
    throw error;
  }
  try {
    return parseDockerConfigJson(configJson);
  } catch (error) {
    if (!(error instanceof InvalidDockerConfigError)) throw error;
    const message = `This config.json cannot be used: ${error.reason}`;
    throw new HttpError(422, 'Invalid', message, [{ path: 'configJson', message }]);
  }
}

/** A user who may read the secret but not list its users still gets the secret; `null` means "may not list". */
async function unlessForbidden<T>(request: Promise<T>): Promise<T | null> {
  try {
    return await request;
  } catch (error) {
    if (error instanceof ApiException && error.code === 403) return null;
    throw error;
  }
}

/** API order: etcd keeps a namespace's objects by name, byte by byte, and lists them in that order. */
const byKey = (a: ModelOrJson<V1Secret>, b: ModelOrJson<V1Secret>) => {
  const [x, y] = [a.metadata?.name ?? '', b.metadata?.name ?? ''];
  return x < y ? -1 : x > y ? 1 : 0;
};

/** `lists`: the live stream's watches, which answer lists when synced (watch/lister.ts); without it every list is read. */
export function secretRoutes(lists?: ListCache): Router {
  const router = Router();
  requireNameParam(router, 'name', 'secret');
  // The JSON of secret lists being read now, shared by identical requests of one identity as one Buffer for all.
  const inFlight = new InFlightReads<Buffer>();
  const rows = new SecretRows();
  const scope = (namespace: string) => `secrets/${namespace}`;
  router.use(forgetAfterWrites(inFlight, (res) => scope(namespaceOf(res))));

  router.get('/', async (req, res) => {
    const query = secretListQuery.safeParse(req.query);
    if (!query.success)
      throw new HttpError(400, 'BadRequest', 'type must be one secret type, e.g. kubernetes.io/dockerconfigjson');
    const { type } = query.data;
    const namespace = namespaceOf(res);
    const identity = identityOf(res);
    const cached = await lists?.read<ModelOrJson<V1Secret>>(identity, 'secrets', namespace);
    if (cached !== undefined) {
      // The same filter the API server's fieldSelector applies, and its order.
      const items = (type ? cached.items.filter((s) => s.type === type) : [...cached.items]).sort(byKey);
      if (items.length === 0) await assertNamespaceExists(identity.kubernetes.core, namespace);
      res.set(listSourceHeader, 'cache');
      res.type('application/json; charset=utf-8').send(rows.list(items, cached.resourceVersion));
      return;
    }
    const body = await inFlight.share(scope(namespace), `${identity.key} ${type ?? ''}`, async () => {
      const path = `/api/v1/namespaces/${encodeURIComponent(namespace)}/secrets`;
      const list = await listJson<V1Secret>(
        identity.kubernetes.kubeConfig,
        path,
        type ? { fieldSelector: fieldEquals('type', type) } : {},
      );
      // An empty list is also what a namespace that does not exist gives: only then is the Namespace itself asked.
      if (list.items.length === 0) await assertNamespaceExists(identity.kubernetes.core, namespace);
      // Rows built field by field (secret-summary.ts), so no zod pass over thousands of rows here.
      return Buffer.from(rows.list(list.items, list.resourceVersion));
    });
    res.set(listSourceHeader, 'api');
    res.type('application/json; charset=utf-8').send(body);
  });

  router.post('/', async (req, res) => {
    const namespace = namespaceOf(res);
    const body = inNamespace(req.body, namespace);
    const { core } = kubernetesOf(res);
    let secret;
    let warnings: string[] = [];
    if ('configJson' in body) {
      const request = secretImportRequest.parse(body);
      const parsed = importedRegistries(request.configJson);
      if (parsed.entries.length === 0) {
        const message = parsed.warnings[0] ?? 'It lists no registries';
        throw new HttpError(422, 'Invalid', message, [{ path: 'configJson', message }]);
      }
      secret = toSecretManifest({ name: request.name, namespace, registries: parsed.entries });
      warnings = parsed.warnings;
    } else {
      const form = secretForm.parse(body);
      secret = toSecretManifest({ name: form.name, namespace, registries: form.registries });
    }
    const dryRun = dryRunOf(req.query);
    const created = await core.createNamespacedSecret({ namespace, body: secret, ...(dryRun ? { dryRun } : {}) });
    if (!dryRun) lists?.acknowledge(namespace, 'secrets', acknowledgedWrite(created));
    res.status(dryRun ? 200 : 201).json(secretCreated.parse({ ...toSecretSummary(created), warnings }));
  });

  router.get('/:name', async (req, res) => {
    const namespace = namespaceOf(res);
    const name = req.params.name;
    const { core, apps } = kubernetesOf(res);
    const [secret, deployments, serviceAccounts] = await Promise.all([
      core.readNamespacedSecret({ name, namespace }),
      unlessForbidden(apps.listNamespacedDeployment({ namespace })),
      unlessForbidden(core.listNamespacedServiceAccount({ namespace })),
    ]);
    const names = (refs: { name?: string }[] | undefined) => (refs ?? []).map((r) => r.name);
    const hidden = [
      ...(deployments ? [] : ['deployments' as const]),
      ...(serviceAccounts ? [] : ['serviceAccounts' as const]),
    ];
    const usedBy = {
      deployments: itemsOf(deployments)
        .filter((d) => names(d.spec?.template?.spec?.imagePullSecrets).includes(name))
        .map((d) => d.metadata?.name ?? ''),
      serviceAccounts: itemsOf(serviceAccounts)
        .filter((sa) => names(sa.imagePullSecrets).includes(name))
        .map((sa) => sa.metadata?.name ?? ''),
      ...(hidden.length > 0 ? { hidden } : {}),
    };
    res.json(secretDetail.parse({ ...toSecretSummary(secret), usedBy }));
  });

  // The env picker's "key of a Secret": the names of its data keys, never a value.
  router.get('/:name/keys', async (req, res) => {
    const secret = await kubernetesOf(res).core.readNamespacedSecret({
      name: req.params.name,
      namespace: namespaceOf(res),
    });
    res.json(secretKeys.parse({ keys: Object.keys(secret.data ?? {}).sort() }));
  });

  router.put('/:name', async (req, res) => {
    const namespace = namespaceOf(res);
    const name = req.params.name;
    const update = secretUpdateRequest.parse(req.body);
    const { core } = kubernetesOf(res);
    const stored = await core.readNamespacedSecret({ name, namespace });
    const registries = mergeStoredPasswords(stored, update);
    const dryRun = dryRunOf(req.query);
    // A Secret's type is immutable: a legacy dockercfg keeps its own unless the user asked to convert it.
    const storedType = isPullSecretType(stored.type) ? stored.type : dockerConfigJsonType;
    if (update.convertTo !== undefined && update.convertTo !== storedType) {
      if (dryRun)
        throw new HttpError(400, 'BadRequest', 'A conversion deletes and recreates the secret; it has no dry run');
      const converted = await convertPullSecret(core, stored, toSecretManifest({ name, namespace, registries }));
      lists?.acknowledge(namespace, 'secrets', acknowledgedWrite(converted));
      res.json(secretSummary.parse(toSecretSummary(converted)));
      return;
    }
    const replacement: typeof stored = toSecretManifest({ name, namespace, registries, type: storedType });
    // Keep labels and annotations (not kubectl apply's copy of the old data), and let a concurrent edit fail with 409.
    const kept = withoutLastApplied(stored.metadata);
    replacement.metadata = { ...kept, name, namespace, resourceVersion: stored.metadata?.resourceVersion };
    const replaced = await core.replaceNamespacedSecret({
      name,
      namespace,
      body: replacement,
      ...(dryRun ? { dryRun } : {}),
    });
    if (!dryRun) lists?.acknowledge(namespace, 'secrets', acknowledgedWrite(replaced));
    res.json(secretSummary.parse(toSecretSummary(replaced)));
  });

  router.delete('/:name', async (req, res) => {
    const namespace = namespaceOf(res);
    const name = req.params.name;
    const status = await kubernetesOf(res).core.deleteNamespacedSecret({ name, namespace });
    // The API server answers a deletion with a Status naming the object's uid (no resourceVersion).
    const uid = status.details?.uid;
    lists?.acknowledge(namespace, 'secrets', uid ? { deleted: { name, uid } } : { resourceVersion: '' });
    res.status(204).end();
  });
  return router;
}
