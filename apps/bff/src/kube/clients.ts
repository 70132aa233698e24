import type { KubeConfig } from '@kubernetes/client-node';
import { AppsV1, AuthenticationV1, AuthorizationV1, CoreV1, Version } from './api-groups';
import { sharingConnections } from './shared-connections';

/** The API groups the BFF uses, all made from one kubeconfig, over connections shared with every client of the same cluster TLS material. */
export interface Kubernetes {
  kubeConfig: KubeConfig;
  core: CoreV1;
  apps: AppsV1;
  version: Version;
  authentication: AuthenticationV1;
  authorization: AuthorizationV1;
}

export function connectKubernetes(source: KubeConfig): Kubernetes {
  const kubeConfig = sharingConnections(source);
  return {
    kubeConfig,
    core: new CoreV1(kubeConfig),
    apps: new AppsV1(kubeConfig),
    version: new Version(kubeConfig),
    authentication: new AuthenticationV1(kubeConfig),
    authorization: new AuthorizationV1(kubeConfig),
  };
}
