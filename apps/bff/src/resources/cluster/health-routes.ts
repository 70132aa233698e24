import { Router } from 'express';
import { healthStatus } from '@berth/contracts';
import { HttpError } from '../../http/errors';
import { kubeconfigCredentialProblem } from '../../kube/kubeconfig/credential-error';
import type { Kubernetes } from '../../kube/clients';

const readinessTimeoutMs = 5_000;

/** The informer hub, as far as readyz uses it (watch/ sits above the resources, so it is not imported here). */
interface WaitingWatches {
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

export function healthRoutes(kubernetes: Kubernetes, watches: WaitingWatches): Router {
  const router = Router();
  router.get('/healthz', (_req, res) => {
    res.json(healthStatus.parse({ status: 'ok' }));
  });
  router.get('/readyz', async (_req, res) => {
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
  });
  return router;
}
