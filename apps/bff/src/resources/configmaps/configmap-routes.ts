import { Router } from 'express';
import type { V1ConfigMap } from '@kubernetes/client-node';
import type { ConfigMapList } from '@berth/contracts';
import { identityOf } from '../../auth/identity';
import { listJson } from '../../kube/list-json';
import { assertNamespaceExists } from '../namespaces/namespace-existence';
import { namespaceOf } from '../namespaces/namespace-scope';

const byName = new Intl.Collator().compare;

/** `GET configmaps`: each ConfigMap's name and key names (data and binaryData), for the env picker; never values. */
export function configMapRoutes(): Router {
  const router = Router();
  router.get('/', async (_req, res) => {
    const namespace = namespaceOf(res);
    const identity = identityOf(res);
    const path = `/api/v1/namespaces/${encodeURIComponent(namespace)}/configmaps`;
    const list = await listJson<V1ConfigMap>(identity.kubernetes.kubeConfig, path);
    if (list.items.length === 0) await assertNamespaceExists(identity.kubernetes.core, namespace);
    // Built field by field: only names leave, so no value can.
    const items = list.items
      .map((c) => ({
        name: c.metadata?.name ?? '',
        keys: [...Object.keys(c.data ?? {}), ...Object.keys(c.binaryData ?? {})].sort(),
      }))
      .sort((a, b) => byName(a.name, b.name));
    const body: ConfigMapList = { items, resourceVersion: list.resourceVersion };
    res.json(body);
  });
  return router;
}
