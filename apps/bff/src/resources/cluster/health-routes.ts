import { Router, type RequestHandler } from 'express';
import { healthStatus } from '@berth/contracts';
import { HttpError } from '../../http/errors';
import { kubeconfigCredentialProblem } from '../../kube/kubeconfig/credential-error';
import type { Kubernetes } from '../../kube/clients';

const readinessTimeoutMs = 5_000;

/** The informer hub, as far as readyz uses it (watch/ sits above the resources, so it is not imported here). */
export interface WaitingWatches {
  retryWaitingWatches: () => void;
}

/** Resolves when the API server answers /version within the timeout. */
export async function apiServerVersion(kubernetes: Kubernetes): Promise<string> {
  const timeout = new Promise<never>((_, reject) => {
    setTimeout(
      () => reject(new HttpError(503, 'ClusterUnavailable', 'The Kubernetes API server did not answer in time')),
      readinessTimeoutMs,
    ).unref();
  });
  const info = await Promise.race([kubernetes.version.getCode(), timeout]);
  return info.gitVersion;
}

/** The current context's user: the name the kubeconfig gives the credentials (never the credentials). */
export function kubeconfigUser(kubernetes: Kubernetes): string {
  const { kubeConfig } = kubernetes;
  return kubeConfig.getContextObject(kubeConfig.getCurrentContext())?.user ?? '';
}

/** `GET readyz` of one cluster: its API server answers /version, asked with the kubeconfig's own credentials for it. */
export function readyz(kubernetes: Kubernetes, watches: WaitingWatches): RequestHandler {
  return async (_req, res) => {
    try {
      await apiServerVersion(kubernetes);
    } catch (error) {
      // No usable credential (a failed plugin, a refused token) is the connection state to show, naming the user.
      const problem = kubeconfigCredentialProblem(error, kubeconfigUser(kubernetes));
      if (problem !== undefined) throw problem;
      throw new HttpError(503, 'ClusterUnavailable', 'The Kubernetes API server cannot be reached');
    }
    // The console polls readyz: its first success after an outage is the moment to resume the streams.
    watches.retryWaitingWatches();
    res.json(healthStatus.parse({ status: 'ok' }));
  };
}

/** healthz, and the default cluster's readyz (open before sign-in: `npm start` and probes wait on it). */
export function healthRoutes(kubernetes: Kubernetes, watches: WaitingWatches): Router {
  const router = Router();
  router.get('/healthz', (_req, res) => {
    res.json(healthStatus.parse({ status: 'ok' }));
  });
  router.get('/readyz', readyz(kubernetes, watches));
  return router;
}

/**
 * `GET /clusters/{cluster}/readyz`: the readyz of the cluster a page shows, so its banner watches that cluster and not the
 * default one. Signed-in only (it names contexts), and no cluster token needed, as the default cluster's readyz.
 */
export function clusterReadyzRoutes(
  clusterOf: (name: string) => { kubernetes: Kubernetes; hub: WaitingWatches },
): Router {
  const router = Router();
  router.get('/clusters/:cluster/readyz', (req, res, next) => {
    const { kubernetes, hub } = clusterOf(String(req.params.cluster));
    return readyz(kubernetes, hub)(req, res, next);
  });
  return router;
}
