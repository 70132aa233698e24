// The seed's deployment.yaml (cce_10_0009), pointed at an image of the local registries, as a user would write it for kubectl.
import { stringify } from 'yaml';

export function seedDeploymentManifest(options: { name?: string; image: string; pullSecret?: string }): string {
  const name = options.name ?? 'awesomeapp';
  return stringify({
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name },
    spec: {
      replicas: 1,
      selector: { matchLabels: { app: name } },
      strategy: { type: 'RollingUpdate' },
      template: {
        metadata: { labels: { app: name } },
        spec: {
          containers: [{ image: options.image, imagePullPolicy: 'Always', name }],
          ...(options.pullSecret ? { imagePullSecrets: [{ name: options.pullSecret }] } : {}),
        },
      },
    },
  });
}

export function uniqueNamespace(prefix: string): string {
  return `${prefix}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 6)}`;
}
