import { Router, type Request, type Response } from 'express';
import type { V1LabelSelector } from '@kubernetes/client-node';
import {
  rollbackRequest,
  rolloutKinds,
  rolloutPlurals,
  rolloutResult,
  workloadRevisions,
  type RolloutKind,
  type RolloutPlural,
  type RolloutResult,
} from '@berth/contracts';
import { kubernetesOf } from '../../auth/identity';
import { requireNameParam, type NamedKind } from '../../http/path-params';
import type { Kubernetes } from '../../kube/clients';
import { kubeRequestJson } from '../../kube/kube-request';
import { acknowledgedWrite, type ListCache } from '../../kube/list-cache';
import { type JsonOf, listJson } from '../../kube/list-json';
import { NamespacedResources } from '../../kube/namespaced-resources';
import { namespaceOf } from '../namespaces/namespace-scope';
import {
  controllerRevisions,
  type ControllerRevision,
  deploymentRevisions,
  type ReplicaSet,
  type RolloutWorkload,
} from './history';
import { controllerRevisionRollback, deploymentRollback } from './rollback';
import { pausePatch, restartPatch, resumePatch } from './rollout-patches';
import { selectorText } from './label-selector';

type Workload = RolloutWorkload & { spec?: { selector?: JsonOf<V1LabelSelector> } };

const kindOf = Object.fromEntries(rolloutPlurals.map((plural, i) => [plural, rolloutKinds[i]])) as Record<
  RolloutPlural,
  RolloutKind
>;

/** What a revision lives in: a Deployment's ReplicaSets, the others' ControllerRevisions (matching its selector). */
function historyOf<T>(kubernetes: Kubernetes, plural: RolloutPlural, namespace: string, workload: Workload) {
  const resource = plural === 'deployments' ? 'replicasets' : 'controllerrevisions';
  const path = new NamespacedResources<T>(kubernetes.kubeConfig, 'apps/v1', resource).path(namespace);
  return listJson<T>(kubernetes.kubeConfig, path, { labelSelector: selectorText(workload.spec?.selector) });
}

/**
 * `/namespaces/:ns/{deployments|statefulsets|daemonsets}/:name/…`: the revisions, and `kubectl rollout undo`, `restart`,
 * `pause` and `resume` (the last two of Deployments only), each as the request's identity and sending what kubectl sends.
 */
export function rolloutRoutes(lists?: ListCache): Router {
  const router = Router();
  for (const plural of rolloutPlurals) {
    const kind = kindOf[plural];
    const byName = Router({ mergeParams: true });
    requireNameParam(byName, 'name', kind.toLowerCase() as NamedKind);
    const workloads = (res: Response) =>
      new NamespacedResources<Workload>(kubernetesOf(res).kubeConfig, 'apps/v1', plural);

    /** A patch of the workload, recorded so lists wait for the watch to show it. */
    const patch = async (req: Request, res: Response, body: unknown, contentType: string, answer: RolloutResult) => {
      const namespace = namespaceOf(res);
      const path = workloads(res).path(namespace, String(req.params.name));
      const patched = await kubeRequestJson<Workload & { metadata?: { resourceVersion?: string } }>(
        kubernetesOf(res).kubeConfig,
        { method: 'PATCH', path, body, contentType },
      );
      lists?.acknowledge(namespace, plural, acknowledgedWrite(patched));
      res.json(rolloutResult.parse(answer));
    };
    const strategic = 'application/strategic-merge-patch+json';

    byName.get('/:name/revisions', async (req, res) => {
      const namespace = namespaceOf(res);
      const workload = await workloads(res).read(namespace, req.params.name);
      const kubernetes = kubernetesOf(res);
      const revisions =
        plural === 'deployments'
          ? deploymentRevisions(workload, (await historyOf<ReplicaSet>(kubernetes, plural, namespace, workload)).items)
          : controllerRevisions(
              workload,
              (await historyOf<ControllerRevision>(kubernetes, plural, namespace, workload)).items,
            );
      res.json(
        workloadRevisions.parse({
          kind,
          name: req.params.name,
          ...(plural === 'deployments' ? { paused: workload.spec?.paused === true } : {}),
          revisions,
        }),
      );
    });

    byName.post('/:name/rollback', async (req, res) => {
      const { revision } = rollbackRequest.parse(req.body);
      const namespace = namespaceOf(res);
      const kubernetes = kubernetesOf(res);
      const workload = await workloads(res).read(namespace, req.params.name);
      const plan =
        plural === 'deployments'
          ? deploymentRollback(
              workload,
              (await historyOf<ReplicaSet>(kubernetes, plural, namespace, workload)).items,
              revision,
            )
          : controllerRevisionRollback(
              workload,
              (await historyOf<ControllerRevision>(kubernetes, plural, namespace, workload)).items,
              revision,
            );
      if ('skipped' in plan) {
        res.json(rolloutResult.parse({ result: 'skipped rollback', message: plan.skipped }));
        return;
      }
      await patch(req, res, plan.patch, plan.contentType, { result: 'rolled back', message: 'rolled back' });
    });

    byName.post('/:name/restart', async (req, res) => {
      const workload = await workloads(res).read(namespaceOf(res), req.params.name);
      const body = restartPatch(kind, workload, new Date());
      await patch(req, res, body, strategic, { result: 'restarted', message: 'restarted' });
    });

    if (plural === 'deployments') {
      byName.post('/:name/pause', async (req, res) => {
        const workload = await workloads(res).read(namespaceOf(res), req.params.name);
        await patch(req, res, pausePatch(workload), strategic, { result: 'paused', message: 'paused' });
      });
      byName.post('/:name/resume', async (req, res) => {
        const workload = await workloads(res).read(namespaceOf(res), req.params.name);
        await patch(req, res, resumePatch(workload), strategic, { result: 'resumed', message: 'resumed' });
      });
    }
    router.use(`/${plural}`, byName);
  }
  return router;
}
