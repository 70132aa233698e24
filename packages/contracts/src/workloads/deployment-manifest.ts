import { toWorkloadManifest } from './workload-manifests';
import type { DeploymentForm } from './workload-form';

export { containerImage } from './pod-template';

export interface DeploymentContainer {
  image: string;
  imagePullPolicy: 'Always' | 'IfNotPresent' | 'Never';
  name: string;
  [field: string]: unknown;
}

/** The apps/v1 Deployment fields Berth writes; the rest of the pod template is `toWorkloadManifests`'s. */
export interface DeploymentManifest {
  apiVersion: 'apps/v1';
  kind: 'Deployment';
  metadata: { name: string; namespace: string; labels: Record<string, string>; annotations?: Record<string, string> };
  spec: {
    replicas: number;
    selector: { matchLabels: { app: string } };
    strategy: {
      type: 'RollingUpdate' | 'Recreate';
      rollingUpdate?: { maxSurge: number | string; maxUnavailable: number | string };
    };
    template: {
      metadata: { labels: Record<string, string> };
      spec: {
        containers: DeploymentContainer[];
        initContainers?: DeploymentContainer[];
        imagePullSecrets?: { name: string }[];
      };
    };
  };
}

/** The Deployment the Create Workload form describes; the workload name is the `app` label pods are selected by. */
export function toDeploymentManifest(model: DeploymentForm): DeploymentManifest {
  // Built by the Deployment branch of toWorkloadManifest; this type names the fields callers read.
  return toWorkloadManifest(model) as unknown as DeploymentManifest;
}
