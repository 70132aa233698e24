// The seed made the kubectl way: `kubectl create secret docker-registry` and `kubectl create -f deployment.yaml`.
import type { RegistryLogin } from '../fixtures/cluster-env';
import { kubectl } from '../fixtures/kubectl';
// By path: `@berth/local-cluster/testing` also loads its vitest-only helpers, which throw outside a vitest run.
import { seedDeploymentManifest } from '../../packages/local-cluster/src/testing/seed-deployment';

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
