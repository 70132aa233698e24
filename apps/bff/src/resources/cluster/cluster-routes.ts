import { Router } from 'express';
import { clusterInfo, namespaceList } from '@berth/contracts';
import { identityOf } from '../../auth/identity';
import { isoTime } from '../../kube/iso-time';
import { itemsOf } from '../../kube/list-json';
import { apiServerVersion } from './health-routes';

export function clusterRoutes(): Router {
  const router = Router();

  router.get('/cluster', async (_req, res) => {
    const { kubernetes, username } = identityOf(res);
    const { kubeConfig } = kubernetes;
    const version = await apiServerVersion(kubernetes);
    const context = kubeConfig.getCurrentContext();
    const namespace = kubeConfig.getContextObject(context)?.namespace;
    res.json(
      clusterInfo.parse({
        context,
        server: kubeConfig.getCurrentCluster()?.server ?? '',
        // The API server's name for the signed-in user, or the kubeconfig's user name in single-user mode.
        user: username,
        version,
        ...(namespace ? { namespace } : {}),
      }),
    );
  });

  router.get('/namespaces', async (_req, res) => {
    const list = await identityOf(res).kubernetes.core.listNamespace();
    const items = itemsOf(list).map((ns) => ({
      name: ns.metadata?.name ?? '',
      phase: ns.status?.phase ?? 'Active',
      created: isoTime(ns.metadata?.creationTimestamp),
    }));
    res.json(namespaceList.parse({ items: items.sort((a, b) => a.name.localeCompare(b.name)) }));
  });

  return router;
}
