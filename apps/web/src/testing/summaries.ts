import type { DeploymentSummary } from '@berth/contracts';

/** A Deployment as the BFF's list and stream summarise it: one replica of nginx, ready or not. */
export const deploymentSummary = (
  name: string,
  ready: string,
  status: DeploymentSummary['status'],
): DeploymentSummary => ({
  name,
  namespace: 'default',
  ready,
  upToDate: 1,
  available: ready === '1/1' ? 1 : 0,
  images: ['nginx:latest'],
  imagePullSecrets: [],
  status,
  created: '2026-01-01T00:00:00Z',
});
