import { type Response, Router } from 'express';
import type { V1ServiceAccount } from '@kubernetes/client-node';
import { serviceAccountList, serviceAccountSummary } from '@berth/contracts';
import { requireNameParam } from '../../http/path-params';
import { kubernetesOf } from '../../auth/identity';
import { NamespacedResources } from '../../kube/namespaced-resources';
import { namespaceOf } from '../namespaces/namespace-scope';
import { changePullSecrets, toServiceAccountSummary } from './link-pull-secret';

/** `…/serviceaccounts`: each with its pull secrets, and linking or unlinking one, as the request's identity. */
export function serviceAccountRoutes(): Router {
  const router = Router();
  requireNameParam(router, 'sa', 'serviceaccount');
  requireNameParam(router, 'secret', 'secret');
  const serviceAccountsOf = (res: Response) =>
    new NamespacedResources<V1ServiceAccount>(kubernetesOf(res).kubeConfig, 'v1', 'serviceaccounts');

  router.get('/', async (_req, res) => {
    const list = await serviceAccountsOf(res).list(namespaceOf(res));
    const items = list.items.map(toServiceAccountSummary).sort((a, b) => (a.name < b.name ? -1 : 1));
    res.json(serviceAccountList.parse({ items }));
  });

  // Linking names an existing secret: a ServiceAccount naming a missing one gives its pods nothing, silently.
  router.put('/:sa/image-pull-secrets/:secret', async (req, res) => {
    const namespace = namespaceOf(res);
    const { core } = kubernetesOf(res);
    await core.readNamespacedSecret({ name: req.params.secret, namespace });
    const sa = await changePullSecrets(serviceAccountsOf(res), namespace, req.params.sa, req.params.secret, 'add');
    res.json(serviceAccountSummary.parse(sa));
  });

  router.delete('/:sa/image-pull-secrets/:secret', async (req, res) => {
    const namespace = namespaceOf(res);
    const sa = await changePullSecrets(serviceAccountsOf(res), namespace, req.params.sa, req.params.secret, 'remove');
    res.json(serviceAccountSummary.parse(sa));
  });
  return router;
}
