import { Router } from 'express';
import type { CoreV1Event, V1Pod } from '@kubernetes/client-node';
import { podLogQuery } from '@berth/contracts';
import { identityOf } from '../../auth/identity';
import { fromZodError, HttpError } from '../../http/errors';
import { requireNameParam } from '../../http/path-params';
import { kubeRequestJson, segment } from '../../kube/kube-request';
import { fieldEquals, listJson, type JsonOf } from '../../kube/list-json';
import { namespaceOf } from '../namespaces/namespace-scope';
import { toPodDetail } from './pod-detail';
import { podOwner } from './pod-owner';
import { sendPodLog } from './pod-log';

/** `GET pods/{pod}`: the pod detail page; `GET pods/{pod}/log`: a container's log through the API server's `pods/log`. */
export function podRoutes(): Router {
  const router = Router({ mergeParams: true });
  requireNameParam(router, 'pod', 'pod');

  router.get('/:pod', async (req, res) => {
    const namespace = namespaceOf(res);
    const { kubeConfig } = identityOf(res).kubernetes;
    const name = String(req.params.pod);
    const path = `/api/v1/namespaces/${segment(namespace)}/pods/${segment(name)}`;
    const pod = await kubeRequestJson<JsonOf<V1Pod>>(kubeConfig, { method: 'GET', path });
    // The pod's own events, by uid too: a deleted pod's events must not show on its namesake.
    const selector = [fieldEquals('involvedObject.kind', 'Pod'), fieldEquals('involvedObject.name', name)];
    if (pod.metadata?.uid) selector.push(fieldEquals('involvedObject.uid', pod.metadata.uid));
    const [events, owner] = await Promise.all([
      listJson<CoreV1Event>(kubeConfig, `/api/v1/namespaces/${segment(namespace)}/events`, {
        fieldSelector: selector.join(','),
      }),
      podOwner(kubeConfig, namespace, pod),
    ]);
    res.json(toPodDetail(pod, events.items, owner));
  });

  router.get('/:pod/log', async (req, res) => {
    const parsed = podLogQuery.safeParse(req.query);
    if (!parsed.success) {
      const error = fromZodError(parsed.error, 400);
      throw new HttpError(error.status, error.reason, error.message, error.fields);
    }
    await sendPodLog(res, {
      kubeConfig: identityOf(res).kubernetes.kubeConfig,
      namespace: namespaceOf(res),
      pod: String(req.params.pod),
      options: parsed.data,
    });
  });
  return router;
}
