// What the BFF's integration tests need from the real local cluster the integration project's global setup started.
import { CoreV1Api, type KubeConfig } from '@kubernetes/client-node';
import type { Express } from 'express';
import { createApp } from '../app';
import { loadKubeConfig } from '../kube/kubeconfig/load-kubeconfig';
import { captureLogs } from './log-capture';
import { eventually, kubectlOk, requiredEnv as env, uniqueNamespace } from '@berth/local-cluster/testing';

export { requiredEnv as env, eventually } from '@berth/local-cluster/testing';

export function adminKubeConfig(): KubeConfig {
  return loadKubeConfig(env('KUBECONFIG'));
}

/** A BFF on the admin kubeconfig (or another), with its logs captured in memory. */
export function testApp(kubeConfig: KubeConfig = adminKubeConfig()): { app: Express; logs: () => string } {
  const captured = captureLogs();
  return { app: createApp({ kubeConfig, logger: captured.logger }), logs: captured.text };
}

/** kubectl 1.20 with the admin kubeconfig; its stdout, or an error naming the command (passwords masked). */
export function kubectl(args: string[], input = ''): Promise<string> {
  return kubectlOk(args, { input });
}

/** `kubectl create secret <type> <name> <flags>` in `namespace`, as an operator makes one. */
export function kubectlCreateSecret(
  namespace: string,
  type: 'generic' | 'docker-registry',
  name: string,
  flags: string[],
): Promise<string> {
  return kubectl(['-n', namespace, 'create', 'secret', type, name, ...flags]);
}

/** A fresh namespace per test file, deleted afterwards without waiting. */
export function testNamespace(prefix: string): {
  name: string;
  create: () => Promise<void>;
  remove: () => Promise<void>;
} {
  const name = uniqueNamespace(prefix);
  const core = () => adminKubeConfig().makeApiClient(CoreV1Api);
  return {
    name,
    create: async () => {
      await core().createNamespace({ body: { metadata: { name } } });
      // The serviceaccount controller must create `default` before pods can be admitted.
      await eventually(`serviceaccount default in ${name}`, async () =>
        (await core().listNamespacedServiceAccount({ namespace: name })).items.length > 0 ? true : undefined,
      );
    },
    remove: async () => {
      await core().deleteNamespace({ name });
    },
  };
}
