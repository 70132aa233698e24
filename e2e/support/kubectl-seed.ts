// The seed made the kubectl way: `kubectl create secret docker-registry` and `kubectl create -f deployment.yaml`.
import type { RegistryLogin } from '../fixtures/cluster-env';
import { kubectl } from '../fixtures/kubectl';
import { seedDeploymentManifest } from '@berth/local-cluster/testing/any-runner';

export async function kubectlCreatePullSecret(namespace: string, name: string, login: RegistryLogin): Promise<void> {
  const args = ['create', 'secret', 'docker-registry', name, '-n', namespace, `--docker-server=${login.server}`];
  await kubectl([...args, `--docker-username=${login.username}`, `--docker-password=${login.password}`]);
}

export async function kubectlCreateSeedDeployment(
  namespace: string,
  options: { name?: string; image: string; pullSecret?: string },
): Promise<void> {
  await kubectl(['create', '-n', namespace, '-f', '-'], seedDeploymentManifest(options));
}
