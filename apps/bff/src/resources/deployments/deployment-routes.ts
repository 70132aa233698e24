import { Router } from 'express';
import type { Logger } from 'pino';
import type { V1Deployment, V1Pod, V1ReplicaSet, V1Service } from '@kubernetes/client-node';
import {
  type DeploymentList,
  deploymentDetail,
  deploymentManifestRequest,
  deploymentPatch,
  deploymentSummary,
  deploymentForm,
  toDeploymentManifest,
} from '@berth/contracts';
import { parseWorkloadManifest } from '../manifests/parse-manifest';
import { createManifest } from '../manifests/create-manifest';
import { NamespacedResources } from '../../kube/namespaced-resources';
import type { Kubernetes } from '../../kube/clients';
import { toDeploymentDetail } from './deployment-detail';
import { toDeploymentSummary } from './deployment-summary';
import { podsByDeployment } from './owned-objects';
import { HttpError } from '../../http/errors';
import { requireNameParam } from '../../http/path-params';
import { identityOf, kubernetesOf } from '../../auth/identity';
import { forgetAfterWrites, InFlightReads } from '../../kube/in-flight-reads';
import { acknowledgedWrite, listSourceHeader, type ListCache } from '../../kube/list-cache';
import { itemsOf, listJson, metadataOnly, type ModelOrJson } from '../../kube/list-json';
import { assertNamespaceExists } from '../namespaces/namespace-existence';
import { dryRunOf, namespaceOf } from '../namespaces/namespace-scope';
import { toPatchOperations } from './deployment-patch';

/** `localeCompare`'s order, with the collator made once rather than per comparison. */
const byName = new Intl.Collator().compare;

function objectBody(body: unknown): Record<string, unknown> {
  if (typeof body !== 'object' || body === null || Array.isArray(body))
    throw new HttpError(400, 'BadRequest', 'Send a JSON object');
  return body as Record<string, unknown>;
}

/** A Deployment from the Create Workload form model, always in `namespace`. */
function deploymentFromForm(body: Record<string, unknown>, namespace: string): V1Deployment {
  if (body.namespace !== undefined && body.namespace !== namespace) {
    const message = `This request is for namespace ${namespace}`;
    throw new HttpError(422, 'Invalid', message, [{ path: 'namespace', message }]);
  }
  return toDeploymentManifest(deploymentForm.parse({ ...body, namespace }));
}

/** Rows sorted by name, with the resourceVersion of the Deployment list they come from. */
function listBody(
  deployments: readonly ModelOrJson<V1Deployment>[],
  replicaSets: readonly ModelOrJson<Pick<V1ReplicaSet, 'metadata'>>[],
  pods: readonly ModelOrJson<V1Pod>[],
  resourceVersion: string,
): string {
  const podsOf = podsByDeployment(replicaSets, pods);
  const items = deployments.map((d) => toDeploymentSummary(d, podsOf(d)));
  // Typed as DeploymentList and built field by field (deployment-summary.ts), so no zod pass over every row here.
  const body: DeploymentList = { items: items.sort((a, b) => byName(a.name, b.name)), resourceVersion };
  return JSON.stringify(body);
}

/** `lists`: the live stream's watches, which answer lists when synced (watch/lister.ts); without it every list is read. */
export function deploymentRoutes(lists?: ListCache): Router {
  const router = Router();
  requireNameParam(router, 'name', 'deployment');
  // The JSON of Deployment lists and details being read now, shared by identical requests of one identity as one Buffer.
  const reads = new InFlightReads<Buffer>();
  const scope = (namespace: string) => `deployments/${namespace}`;
  router.use(forgetAfterWrites(reads, (res) => scope(namespaceOf(res))));

  router.get('/', async (_req, res) => {
    const namespace = namespaceOf(res);
    const identity = identityOf(res);
    const [deployments, replicaSets, pods] = await Promise.all([
      lists?.read<ModelOrJson<V1Deployment>>(identity, 'deployments', namespace),
      lists?.read<ModelOrJson<V1ReplicaSet>>(identity, 'replicasets', namespace),
      lists?.read<ModelOrJson<V1Pod>>(identity, 'pods', namespace),
    ]);
    if (deployments !== undefined && replicaSets !== undefined && pods !== undefined) {
      if (deployments.items.length === 0) await assertNamespaceExists(identity.kubernetes.core, namespace);
      res.set(listSourceHeader, 'cache');
      res
        .type('application/json; charset=utf-8')
        .send(listBody(deployments.items, replicaSets.items, pods.items, deployments.resourceVersion));
      return;
    }
    const body = await reads.share(scope(namespace), `${identity.key} list`, async () => {
      const { kubeConfig } = identity.kubernetes;
      const ns = encodeURIComponent(namespace);
      const [deployments, replicaSets, pods] = await Promise.all([
        listJson<V1Deployment>(kubeConfig, `/apis/apps/v1/namespaces/${ns}/deployments`),
        // Only their owners link pods to Deployments: the ReplicaSets' pod templates would double what is read.
        listJson<Pick<V1ReplicaSet, 'metadata'>>(
          kubeConfig,
          `/apis/apps/v1/namespaces/${ns}/replicasets`,
          {},
          metadataOnly,
        ),
        listJson<V1Pod>(kubeConfig, `/api/v1/namespaces/${ns}/pods`),
      ]);
      // An empty list is also what a namespace that does not exist gives: only then is the Namespace itself asked.
      if (deployments.items.length === 0) await assertNamespaceExists(identity.kubernetes.core, namespace);
      return Buffer.from(listBody(deployments.items, replicaSets.items, pods.items, deployments.resourceVersion));
    });
    res.set(listSourceHeader, 'api');
    res.type('application/json; charset=utf-8').send(body);
  });

  /** A manifest's Services, then its Deployment, made together or not at all (manifests/create-manifest.ts). */
  const createFromManifest = (
    kubernetes: Kubernetes,
    namespace: string,
    text: string,
    log: Logger,
    dryRun?: string,
  ) => {
    const manifest = parseWorkloadManifest(text, namespace, { kind: 'Deployment', apiVersions: ['apps/v1'] });
    const targets = {
      services: new NamespacedResources<V1Service>(kubernetes.kubeConfig, 'v1', 'services'),
      workload: new NamespacedResources<V1Deployment>(kubernetes.kubeConfig, 'apps/v1', 'deployments'),
    };
    return createManifest(targets, namespace, manifest, log, dryRun);
  };

  router.post('/', async (req, res) => {
    const namespace = namespaceOf(res);
    const body = objectBody(req.body);
    const kubernetes = kubernetesOf(res);
    const dryRun = dryRunOf(req.query);
    const created =
      'manifest' in body
        ? await createFromManifest(
            kubernetes,
            namespace,
            deploymentManifestRequest.parse(body).manifest,
            req.log,
            dryRun,
          )
        : await kubernetes.apps.createNamespacedDeployment({
            namespace,
            body: deploymentFromForm(body, namespace),
            ...(dryRun ? { dryRun } : {}),
          });
    if (!dryRun) lists?.acknowledge(namespace, 'deployments', acknowledgedWrite(created));
    res.status(dryRun ? 200 : 201).json(deploymentSummary.parse(toDeploymentSummary(created, [])));
  });

  router.get('/:name', async (req, res) => {
    const namespace = namespaceOf(res);
    const name = req.params.name;
    const identity = identityOf(res);
    const body = await reads.share(scope(namespace), `${identity.key} detail ${name}`, async () => {
      const { apps, core } = identity.kubernetes;
      const deployment = await apps.readNamespacedDeployment({ name, namespace });
      const [replicaSets, pods, events] = await Promise.all([
        apps.listNamespacedReplicaSet({ namespace }),
        core.listNamespacedPod({ namespace }),
        core.listNamespacedEvent({ namespace }),
      ]);
      const detail = toDeploymentDetail(deployment, itemsOf(replicaSets), itemsOf(pods), itemsOf(events));
      return Buffer.from(JSON.stringify(deploymentDetail.parse(detail)));
    });
    res.type('application/json; charset=utf-8').send(body);
  });

  router.patch('/:name', async (req, res) => {
    const namespace = namespaceOf(res);
    const name = req.params.name;
    const patch = deploymentPatch.parse(req.body);
    const { apps } = kubernetesOf(res);
    const current = await apps.readNamespacedDeployment({ name, namespace });
    const dryRun = dryRunOf(req.query);
    const patched = await apps.patchNamespacedDeployment({
      name,
      namespace,
      body: toPatchOperations(current, patch),
      ...(dryRun ? { dryRun } : {}),
    });
    if (!dryRun) lists?.acknowledge(namespace, 'deployments', acknowledgedWrite(patched));
    res.json(deploymentSummary.parse(toDeploymentSummary(patched, [])));
  });

  router.delete('/:name', async (req, res) => {
    const namespace = namespaceOf(res);
    const name = req.params.name;
    // Foreground-free default: the garbage collector removes ReplicaSets and pods, like `kubectl delete`.
    const status = await kubernetesOf(res).apps.deleteNamespacedDeployment({
      name,
      namespace,
      propagationPolicy: 'Background',
    });
    // The API server answers a deletion with a Status naming the object's uid (no resourceVersion).
    const uid = status.details?.uid;
    lists?.acknowledge(namespace, 'deployments', uid ? { deleted: { name, uid } } : { resourceVersion: '' });
    res.status(204).end();
  });
  return router;
}
