import { Router } from 'express';
import { clusterInfo, namespaceList } from '@berth/contracts';
import { identityOf } from '../../auth/identity';
import { cronJobGroupVersion } from '../../kube/cronjob-version';
import { isoTime } from '../../kube/iso-time';
import { itemsOf } from '../../kube/list-json';
import { kubeconfigCredentialProblem } from '../../kube/kubeconfig/credential-error';
import { apiServerVersion, kubeconfigUser } from './health-routes';
import type { Identity } from '../../auth/identity';

/**
 * The API server's version, or why the kubeconfig's credentials could not ask it. Only in single-user mode: a signed-in
 * user's 401 ends their session, which the console handles by asking them to sign in again.
 */
async function versionOrCredentialProblem(identity: Identity) {
  try {
    return { version: await apiServerVersion(identity.kubernetes) };
  } catch (error) {
    const problem =
      identity.key === 'kubeconfig'
        ? kubeconfigCredentialProblem(error, kubeconfigUser(identity.kubernetes))
        : undefined;
    if (problem === undefined) throw error;
    return { credentialProblem: { reason: problem.reason, message: problem.message } };
  }
}

export function clusterRoutes(): Router {
  const router = Router();

  router.get('/cluster', async (_req, res) => {
    const identity = identityOf(res);
    const { kubernetes, username } = identity;
    const { kubeConfig } = kubernetes;
    // The kubeconfig names the context, server, user and namespace without the API server: the console still opens there.
    const version = await versionOrCredentialProblem(identity);
    // The form's YAML names it, so that `kubectl apply` of that YAML works on this cluster; unknown is left out.
    const cronJobApiVersion = version.version
      ? await cronJobGroupVersion(kubeConfig).catch(() => undefined)
      : undefined;
    const context = kubeConfig.getCurrentContext();
    const namespace = kubeConfig.getContextObject(context)?.namespace;
    res.json(
      clusterInfo.parse({
        context,
        server: kubeConfig.getCurrentCluster()?.server ?? '',
        // The API server's name for the signed-in user, or the kubeconfig's user name in single-user mode.
        user: username,
        ...version,
        ...(cronJobApiVersion ? { cronJobApiVersion } : {}),
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
