// Who may share a watch: each identity's own SelfSubjectAccessReview, asked with its own credentials.
import { statusCodeOf } from '../kube/kubernetes-errors';
import type { Kubernetes } from '../kube/clients';
import type { WatchedKind } from './informer-hub';
import { groupOf } from './watched-resources';

/** allowed/denied: the API server's answer; unknown: it could not be asked (network, or reviews themselves refused). */
export type AccessAnswer = 'allowed' | 'denied' | 'unknown';

export type AccessReview = (
  kubernetes: Kubernetes,
  kind: WatchedKind,
  namespace: string,
  verbs: readonly ('list' | 'watch')[],
) => Promise<AccessAnswer>;

/**
 * Whether this identity may `verbs` the whole collection of `kind` in `namespace`: the very request a watch makes,
 * judged by the API server's whole authorizer chain (RBAC, webhooks), so its answer is the answer the watch would get.
 * 1.20 lets every authenticated user ask about itself (system:basic-user), so Berth needs no permission of its own.
 */
export const selfAccessReview: AccessReview = async (kubernetes, kind, namespace, verbs) => {
  try {
    const answers = await Promise.all(
      verbs.map((verb) =>
        kubernetes.authorization.createSelfSubjectAccessReview({
          body: { spec: { resourceAttributes: { namespace, verb, group: groupOf(kind), resource: kind } } },
        }),
      ),
    );
    return answers.every((a) => a.status?.allowed === true && a.status.denied !== true) ? 'allowed' : 'denied';
  } catch (error) {
    // 401: the token is no longer accepted, so nothing may reach it. 403 (reviews refused) or no answer: cannot tell.
    return statusCodeOf(error) === 401 ? 'denied' : 'unknown';
  }
};

/**
 * At most `limit` reviews in flight: thousands of members asked at once (1,000 streams × 5 kinds) held 110 MB of
 * answers and delayed deliveries by a second. A finished review hands its slot straight to the next one waiting.
 */
export function limitReviews(review: AccessReview, limit: number): AccessReview {
  let active = 0;
  const waiting: (() => void)[] = [];
  return async (...args) => {
    if (active < limit) active += 1;
    else await new Promise<void>((resolve) => waiting.push(resolve));
    try {
      return await review(...args);
    } finally {
      const next = waiting.shift();
      if (next) next();
      else active -= 1;
    }
  };
}
