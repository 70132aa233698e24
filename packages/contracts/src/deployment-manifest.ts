import type { ContainerForm, WorkloadForm } from './workload-form';

export interface DeploymentContainer {
  image: string;
  imagePullPolicy: ContainerForm['imagePullPolicy'];
  name: string;
}

/** The apps/v1 Deployment fields Berth writes, exactly those of the CCE example manifest. */
export interface DeploymentManifest {
  apiVersion: 'apps/v1';
  kind: 'Deployment';
  metadata: { name: string; namespace: string };
  spec: {
    replicas: number;
    selector: { matchLabels: { app: string } };
    strategy: { type: 'RollingUpdate' };
    template: {
      metadata: { labels: { app: string } };
      spec: { containers: DeploymentContainer[]; imagePullSecrets?: { name: string }[] };
    };
  };
}

/** The image as the user wrote it, with the separate tag field appended when given. */
export function containerImage({ image, tag }: Pick<ContainerForm, 'image' | 'tag'>): string {
  return tag === undefined || tag === '' ? image : `${image}:${tag}`;
}

/** The Deployment the Create Workload form describes; the workload name is the `app` label pods are selected by. */
export function toDeploymentManifest(model: WorkloadForm): DeploymentManifest {
  const labels = { app: model.name };
  const containers = model.containers.map((c) => ({
    image: containerImage(c),
    imagePullPolicy: c.imagePullPolicy,
    name: c.name,
  }));
  const imagePullSecrets = model.imagePullSecrets.map((name) => ({ name }));
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name: model.name, namespace: model.namespace },
    spec: {
      replicas: model.replicas,
      selector: { matchLabels: labels },
      strategy: { type: 'RollingUpdate' },
      template: {
        metadata: { labels: { ...labels } },
        spec: { containers, ...(imagePullSecrets.length > 0 ? { imagePullSecrets } : {}) },
      },
    },
  };
}
