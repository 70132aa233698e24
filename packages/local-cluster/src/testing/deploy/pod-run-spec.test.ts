import { describe, expect, it } from 'vitest';
import type { BuiltObject } from './kustomize-build';
import { podRunSpec, serviceAccountMountPath } from './pod-run-spec';

const deployment = {
  apiVersion: 'apps/v1',
  kind: 'Deployment',
  metadata: { name: 'berth' },
  spec: {
    template: {
      spec: {
        containers: [
          {
            name: 'berth',
            args: ['--host=0.0.0.0', '--port=8080', '--auth=token', '--session-key-file=/etc/keys/session-keys'],
            env: [{ name: 'BERTH_LOG_LEVEL', value: 'info' }],
            volumeMounts: [{ name: 'keys', mountPath: '/etc/keys' }],
          },
        ],
        volumes: [{ name: 'keys', secret: { secretName: 'berth-session-keys-abc' } }],
      },
    },
  },
} satisfies BuiltObject;

const inputs = {
  port: 4000,
  serviceAccountDir: '/tmp/sa',
  sessionKeysFile: '/tmp/keys',
  apiServer: 'https://127.0.0.1:6443',
};

describe('podRunSpec', () => {
  it("keeps the Deployment's args but the listen address, and adds the test's own", () => {
    expect(podRunSpec([deployment], { ...inputs, extraArgs: ['--trusted-proxy=127.0.0.1'] }).args).toEqual([
      '--auth=token',
      '--session-key-file=/etc/keys/session-keys',
      '--host=127.0.0.1',
      '--port=4000',
      '--trusted-proxy=127.0.0.1',
    ]);
  });

  it('names the API server as a pod sees it, and mounts the service account and the keys where the pod has them', () => {
    const spec = podRunSpec([deployment], inputs);
    expect(spec.env).toEqual({
      BERTH_LOG_LEVEL: 'info',
      KUBERNETES_SERVICE_HOST: '127.0.0.1',
      KUBERNETES_SERVICE_PORT: '6443',
    });
    expect(spec.binds).toEqual([
      { source: '/tmp/sa', target: serviceAccountMountPath },
      { source: '/tmp/keys', target: '/etc/keys/session-keys' },
    ]);
  });

  it('refuses manifests without a Deployment or without the keys mount', () => {
    expect(() => podRunSpec([], inputs)).toThrow(/no Deployment/);
    const unmounted = {
      ...deployment,
      spec: { template: { spec: { ...deployment.spec.template.spec, volumes: [] } } },
    };
    expect(() => podRunSpec([unmounted], inputs)).toThrow(/no session-keys/);
  });
});
