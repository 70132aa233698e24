import { z } from 'zod';

/**
 * How a cluster answered its `/version` probe: `reachable`, `unreachable` (refused, no answer within the probe's timeout,
 * TLS, DNS: `message` says which), `unauthorized` (it answered, but refused or could not be given the kubeconfig's
 * credentials), or `checking` (no answer yet: the list did not wait for it; ask again, the probe goes on).
 */
export const clusterReachability = z.enum(['reachable', 'unreachable', 'unauthorized', 'checking']);

/** One kubeconfig context (or the pod's in-cluster one) as the Clusters page lists it; never its credentials. */
export const clusterSummary = z.strictObject({
  /** The context name; in a URL path it is one segment, percent-encoded (`encodeURIComponent`). */
  name: z.string(),
  server: z.string(),
  /** The kubeconfig's user name for the context: the identity it acts as in single-user mode. */
  user: z.string(),
  /** The context's `namespace:`, where the console opens in it. */
  namespace: z.string().optional(),
  /** The cluster `/api/...` (without `/clusters/{cluster}`) serves: the current context, or `--context`. */
  default: z.boolean(),
  /** Token mode only: whether this browser's session holds a token for this cluster. */
  signedIn: z.boolean().optional(),
  reachability: clusterReachability,
  /** The API server's `gitVersion`, when it answered. */
  version: z.string().optional(),
  /** Why it is not reachable (or not yet known), in a sentence; never a credential. */
  message: z.string().optional(),
});

export const clusterList = z.strictObject({ items: z.array(clusterSummary) });

export type ClusterSummary = z.infer<typeof clusterSummary>;
export type ClusterList = z.infer<typeof clusterList>;
