import { Router } from 'express';
import type { V1Service } from '@kubernetes/client-node';
import {
  type ServiceList,
  serviceFieldPath,
  serviceManifestRequest,
  servicePatch,
  serviceSummary,
  toServicePorts,
} from '@berth/contracts';
import { HttpError } from '../../http/errors';
import { requireNameParam } from '../../http/path-params';
import { identityOf, kubernetesOf } from '../../auth/identity';
import { acknowledgedWrite, listSourceHeader, type ListCache } from '../../kube/list-cache';
import { listJson, type ModelOrJson } from '../../kube/list-json';
import { assertNamespaceExists } from '../namespaces/namespace-existence';
import { dryRunOf, namespaceOf } from '../namespaces/namespace-scope';
import { parseServiceYaml } from './parse-service-yaml';
import { withFieldPaths } from './service-errors';
import { toServiceSummary } from './service-summary';

const byName = new Intl.Collator().compare;
const apiFieldPath = (field: string) => field;

function listBody(services: readonly ModelOrJson<V1Service>[], resourceVersion: string): string {
  const items = services.map(toServiceSummary).sort((a, b) => byName(a.name, b.name));
  const body: ServiceList = { items, resourceVersion };
  return JSON.stringify(body);
}

/** `GET/POST services`, `GET/PATCH/DELETE services/:name`; lists come from the stream's watch when it is synced. */
export function serviceRoutes(lists?: ListCache): Router {
  const router = Router();
  requireNameParam(router, 'name', 'service');

  router.get('/', async (_req, res) => {
    const namespace = namespaceOf(res);
    const identity = identityOf(res);
    const cached = await lists?.read<ModelOrJson<V1Service>>(identity, 'services', namespace);
    const list =
      cached ??
      (await listJson<V1Service>(
        identity.kubernetes.kubeConfig,
        `/api/v1/namespaces/${encodeURIComponent(namespace)}/services`,
      ));
    // An empty list is also what a namespace that does not exist gives: only then is the Namespace itself asked.
    if (list.items.length === 0) await assertNamespaceExists(identity.kubernetes.core, namespace);
    res.set(listSourceHeader, cached ? 'cache' : 'api');
    res.type('application/json; charset=utf-8').send(listBody(list.items, list.resourceVersion));
  });

  router.post('/', async (req, res) => {
    const namespace = namespaceOf(res);
    const service = parseServiceYaml(serviceManifestRequest.parse(req.body).manifest, namespace);
    const dryRun = dryRunOf(req.query);
    const { core } = kubernetesOf(res);
    const create = core.createNamespacedService({ namespace, body: service, ...(dryRun ? { dryRun } : {}) });
    // A manifest's errors keep the API server's field paths, which the YAML view maps to lines.
    const created = await withFieldPaths(create, namespace, apiFieldPath);
    if (!dryRun) lists?.acknowledge(namespace, 'services', acknowledgedWrite(created));
    res.status(dryRun ? 200 : 201).json(serviceSummary.parse(toServiceSummary(created)));
  });

  router.get('/:name', async (req, res) => {
    const service = await kubernetesOf(res).core.readNamespacedService({
      name: req.params.name,
      namespace: namespaceOf(res),
    });
    res.json(serviceSummary.parse(toServiceSummary(service)));
  });

  router.patch('/:name', async (req, res) => {
    const namespace = namespaceOf(res);
    const name = req.params.name;
    const { type, ports } = servicePatch.parse(req.body);
    const { core } = kubernetesOf(res);
    const current = await core.readNamespacedService({ name, namespace });
    // The cluster IP is fixed at create (1.20: "may not change once set"), and `None` is what makes a Service headless.
    if ((current.spec?.clusterIP === 'None') !== (type === 'Headless')) {
      const message =
        type === 'Headless'
          ? 'This Service has a cluster IP and cannot become headless; delete it and add a headless one'
          : 'This Service is headless and cannot get a cluster IP; delete it and add another';
      throw new HttpError(422, 'Invalid', message, [{ path: 'type', message }]);
    }
    const dryRun = dryRunOf(req.query);
    // A merge patch replaces the list whole: ports removed in the dialog go, and node ports go with NodePort.
    const body = { spec: { type: type === 'NodePort' ? 'NodePort' : 'ClusterIP', ports: toServicePorts(type, ports) } };
    const patch = core.patchNamespacedService({ name, namespace, body, ...(dryRun ? { dryRun } : {}) });
    const patched = await withFieldPaths(patch, namespace, serviceFieldPath);
    if (!dryRun) lists?.acknowledge(namespace, 'services', acknowledgedWrite(patched));
    res.json(serviceSummary.parse(toServiceSummary(patched)));
  });

  router.delete('/:name', async (req, res) => {
    const namespace = namespaceOf(res);
    const name = req.params.name;
    const status = await kubernetesOf(res).core.deleteNamespacedService({ name, namespace });
    // The API server answers a deletion with a Status naming the object's uid (no resourceVersion).
    const uid = status.details?.uid;
    lists?.acknowledge(namespace, 'services', uid ? { deleted: { name, uid } } : { resourceVersion: '' });
    res.status(204).end();
  });
  return router;
}
