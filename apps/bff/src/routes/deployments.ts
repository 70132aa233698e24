import { Router } from 'express';
import type { V1Deployment } from '@kubernetes/client-node';
import { deploymentDetail, deploymentList, deploymentManifestRequest, deploymentPatch, deploymentSummary, toDeploymentManifest, workloadForm } from '@berth/contracts';
import { parseDeploymentManifest } from '../deployment-manifest';
import { ownedObjects, toDeploymentDetail, toDeploymentSummary } from '../deployment-summary';
import { HttpError } from '../errors';
import { kubernetesOf } from '../auth/identity';
import { dryRunOf, namespaceOf } from '../namespace-scope';
import { toPatchOperations } from '../deployment-patch';

function objectBody(body: unknown): Record<string, unknown> {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) throw new HttpError(400, 'BadRequest', 'Send a JSON object');
  return body as Record<string, unknown>;
}

/** A Deployment from the Create Workload form model or from a manifest, always in `namespace`. */
function deploymentFromBody(body: Record<string, unknown>, namespace: string): V1Deployment {
  if ('manifest' in body) return parseDeploymentManifest(deploymentManifestRequest.parse(body).manifest, namespace);
  if (body.namespace !== undefined && body.namespace !== namespace) {
    const message = `This request is for namespace ${namespace}`;
    throw new HttpError(422, 'Invalid', message, [{ path: 'namespace', message }]);
  }
  return toDeploymentManifest(workloadForm.parse({ ...body, namespace }));
}

export function deploymentRoutes(): Router {
  const router = Router();

  router.get('/', async (_req, res) => {
    const namespace = namespaceOf(res);
    const { apps, core } = kubernetesOf(res);
    const [deployments, replicaSets, pods] = await Promise.all([
      apps.listNamespacedDeployment({ namespace }),
      apps.listNamespacedReplicaSet({ namespace }),
      core.listNamespacedPod({ namespace }),
    ]);
    const items = deployments.items.map((d) => toDeploymentSummary(d, ownedObjects(d, replicaSets.items, pods.items).pods));
    res.json(deploymentList.parse({ items: items.sort((a, b) => a.name.localeCompare(b.name)) }));
  });

  router.post('/', async (req, res) => {
    const namespace = namespaceOf(res);
    const deployment = deploymentFromBody(objectBody(req.body), namespace);
    const { apps } = kubernetesOf(res);
    const dryRun = dryRunOf(req.query);
    const created = await apps.createNamespacedDeployment({ namespace, body: deployment, ...(dryRun ? { dryRun } : {}) });
    res.status(dryRun ? 200 : 201).json(deploymentSummary.parse(toDeploymentSummary(created, [])));
  });

  router.get('/:name', async (req, res) => {
    const namespace = namespaceOf(res);
    const { apps, core } = kubernetesOf(res);
    const deployment = await apps.readNamespacedDeployment({ name: req.params.name, namespace });
    const [replicaSets, pods, events] = await Promise.all([
      apps.listNamespacedReplicaSet({ namespace }),
      core.listNamespacedPod({ namespace }),
      core.listNamespacedEvent({ namespace }),
    ]);
    res.json(deploymentDetail.parse(toDeploymentDetail(deployment, replicaSets.items, pods.items, events.items)));
  });

  router.patch('/:name', async (req, res) => {
    const namespace = namespaceOf(res);
    const name = req.params.name;
    const patch = deploymentPatch.parse(req.body);
    const { apps } = kubernetesOf(res);
    const current = await apps.readNamespacedDeployment({ name, namespace });
    const dryRun = dryRunOf(req.query);
    const patched = await apps.patchNamespacedDeployment({ name, namespace, body: toPatchOperations(current, patch), ...(dryRun ? { dryRun } : {}) });
    res.json(deploymentSummary.parse(toDeploymentSummary(patched, [])));
  });

  router.delete('/:name', async (req, res) => {
    // Foreground-free default: the garbage collector removes ReplicaSets and pods, like `kubectl delete`.
    await kubernetesOf(res).apps.deleteNamespacedDeployment({ name: req.params.name, namespace: namespaceOf(res), propagationPolicy: 'Background' });
    res.status(204).end();
  });
  return router;
}
