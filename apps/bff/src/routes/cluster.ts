import { Router } from 'express';
import { clusterInfo, namespaceList } from '@berth/contracts';
import { isoTime, type Kubernetes } from '../kubernetes';
import { apiServerVersion } from './health';

export function clusterRoutes(kubernetes: Kubernetes): Router {
  const router = Router();
  const { kubeConfig } = kubernetes;

  router.get('/cluster', async (_req, res) => {
    const version = await apiServerVersion(kubernetes);
    const context = kubeConfig.getCurrentContext();
    res.json(
      clusterInfo.parse({
        context,
        server: kubeConfig.getCurrentCluster()?.server ?? '',
        user: kubeConfig.getContextObject(context)?.user ?? '',
        version,
      }),
    );
  });

  router.get('/namespaces', async (_req, res) => {
    const list = await kubernetes.core.listNamespace();
    const items = list.items.map((ns) => ({
      name: ns.metadata?.name ?? '',
      phase: ns.status?.phase ?? 'Active',
      created: isoTime(ns.metadata?.creationTimestamp),
    }));
    res.json(namespaceList.parse({ items: items.sort((a, b) => a.name.localeCompare(b.name)) }));
  });
  return router;
}
