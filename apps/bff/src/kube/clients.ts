import { AppsV1Api, CoreV1Api, VersionApi, type KubeConfig } from '@kubernetes/client-node';
import { sharingConnections } from './shared-connections';

/** The API groups the BFF uses, all made from one kubeconfig, over connections shared with every client of the same cluster TLS material. */
export interface Kubernetes {
  kubeConfig: KubeConfig;
  core: CoreV1Api;
  apps: AppsV1Api;
  version: VersionApi;
}

export function connectKubernetes(source: KubeConfig): Kubernetes {
  const kubeConfig = sharingConnections(source);
  return {
    kubeConfig,
    core: kubeConfig.makeApiClient(CoreV1Api),
    apps: kubeConfig.makeApiClient(AppsV1Api),
    version: kubeConfig.makeApiClient(VersionApi),
  };
}
