import { describe, expect, it } from 'vitest';
import { containerImage, toDeploymentManifest } from './deployment-manifest';
import { deploymentForm as workloadForm } from './workload-form';

describe('toDeploymentManifest', () => {
  it('equals the CCE example manifest, plus the rolling update spelled out', () => {
    const model = workloadForm.parse({
      name: 'foo',
      namespace: 'default',
      containers: [{ name: 'foo', image: 'www.example.com/janedoe/awesomeapp:v1' }],
      imagePullSecrets: ['test'],
    });
    // cce_10_0009's deployment.yaml, transcribed.
    expect(toDeploymentManifest(model)).toStrictEqual({
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: { name: 'foo', namespace: 'default' },
      spec: {
        replicas: 1,
        selector: { matchLabels: { app: 'foo' } },
        strategy: { type: 'RollingUpdate', rollingUpdate: { maxSurge: '25%', maxUnavailable: '25%' } },
        template: {
          metadata: { labels: { app: 'foo' } },
          spec: {
            containers: [{ image: 'www.example.com/janedoe/awesomeapp:v1', imagePullPolicy: 'Always', name: 'foo' }],
            imagePullSecrets: [{ name: 'test' }],
          },
        },
      },
    });
  });

  it('omits an empty imagePullSecrets list and joins a separate tag', () => {
    const manifest = toDeploymentManifest(
      workloadForm.parse({
        name: 'web',
        namespace: 'team-a',
        replicas: 3,
        containers: [{ name: 'nginx', image: 'nginx', tag: '1.25', imagePullPolicy: 'IfNotPresent' }],
      }),
    );
    expect(manifest.spec.replicas).toBe(3);
    expect(manifest.spec.template.spec).toStrictEqual({
      containers: [{ image: 'nginx:1.25', imagePullPolicy: 'IfNotPresent', name: 'nginx' }],
    });
  });

  it.each([
    [{ image: 'nginx' }, 'nginx'],
    [{ image: 'nginx', tag: '' }, 'nginx'],
    [{ image: 'nginx', tag: 'v1' }, 'nginx:v1'],
  ])('containerImage(%j) -> %s', (container, image) => {
    expect(containerImage(container)).toBe(image);
  });
});
