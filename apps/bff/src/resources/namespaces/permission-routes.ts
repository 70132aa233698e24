import { Router } from 'express';
import { namespacePermissions, permissionQuestions } from '@berth/contracts';
import { kubernetesOf } from '../../auth/identity';
import { namespaceOf } from './namespace-scope';

/** `GET /namespaces/:ns/permissions`: SelfSubjectAccessReviews as the request's own identity, so the UI can disable what RBAC forbids. */
export function permissionRoutes(): Router {
  const router = Router();
  router.get('/', async (_req, res) => {
    const namespace = namespaceOf(res);
    const { authorization } = kubernetesOf(res);
    const answers = await Promise.all(
      Object.entries(permissionQuestions).map(async ([name, question]) => {
        const review = await authorization.createSelfSubjectAccessReview({
          body: { spec: { resourceAttributes: { namespace, ...question } } },
        });
        return [name, review.status?.allowed === true] as const;
      }),
    );
    res.json(namespacePermissions.parse(Object.fromEntries(answers)));
  });
  return router;
}
