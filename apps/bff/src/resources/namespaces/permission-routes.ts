import { Router } from 'express';
import { namespacePermissions } from '@berth/contracts';
import { kubernetesOf } from '../../auth/identity';
import { namespaceOf } from './namespace-scope';

/** `GET /namespaces/:ns/permissions`: SelfSubjectAccessReviews as the request's own identity, so the UI can disable what RBAC forbids. */
export function permissionRoutes(): Router {
  const router = Router();
  router.get('/', async (_req, res) => {
    const namespace = namespaceOf(res);
    const { authorization } = kubernetesOf(res);
    const may = async (group: string, resource: string) => {
      const review = await authorization.createSelfSubjectAccessReview({
        body: { spec: { resourceAttributes: { namespace, verb: 'create', group, resource } } },
      });
      return review.status?.allowed === true;
    };
    const [createSecrets, createDeployments, createStatefulSets, createDaemonSets, createJobs, createCronJobs] =
      await Promise.all([
        may('', 'secrets'),
        may('apps', 'deployments'),
        may('apps', 'statefulsets'),
        may('apps', 'daemonsets'),
        may('batch', 'jobs'),
        may('batch', 'cronjobs'),
      ]);
    // `kubectl logs` needs get on pods/log.
    const logReview = await authorization.createSelfSubjectAccessReview({
      body: { spec: { resourceAttributes: { namespace, verb: 'get', resource: 'pods', subresource: 'log' } } },
    });
    res.json(
      namespacePermissions.parse({
        createSecrets,
        createDeployments,
        createStatefulSets,
        createDaemonSets,
        createJobs,
        createCronJobs,
        getPodLogs: logReview.status?.allowed === true,
      }),
    );
  });
  return router;
}
