import type { ClusterSummary } from '@berth/contracts';

/** A cluster as `GET /api/clusters` lists it: reachable unless told. */
export const clusterSummary = (name: string, more: Partial<ClusterSummary> = {}): ClusterSummary => ({
  name,
  server: `https://${name}.example:6443`,
  user: `${name}-admin`,
  default: false,
  reachability: 'reachable',
  version: 'v1.20.2',
  ...more,
});

/** Two contexts: `alpha` (the default) and `beta`. */
export const twoClusters = {
  items: [clusterSummary('alpha', { default: true }), clusterSummary('beta', { namespace: 'team-b' })],
};
