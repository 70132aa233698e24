import type { IntOrPercent } from './int-or-percent';
import type { ContainerManifest, PodTemplateManifest, WorkloadMetadata } from './pod-template';

export { containerImage } from './pod-template';
export { toDeploymentManifest } from './workload-manifests';

export type DeploymentContainer = ContainerManifest;

/** The apps/v1 Deployment the Create Workload form writes. */
export type DeploymentManifest = {
  apiVersion: 'apps/v1';
  kind: 'Deployment';
  metadata: WorkloadMetadata;
  spec: {
    replicas: number;
    selector: { matchLabels: { app: string } };
    strategy:
      | { type: 'Recreate' }
      | { type: 'RollingUpdate'; rollingUpdate: { maxSurge: IntOrPercent; maxUnavailable: IntOrPercent } };
    template: PodTemplateManifest;
  };
};
