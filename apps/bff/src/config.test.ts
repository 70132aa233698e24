import { writeFileSync } from 'node:fs';
import { ZodError } from 'zod';
import { describe, expect, it } from 'vitest';
import { parseConfig } from './config';
import { KubeConfigError, loadKubeConfig } from './kube/kubeconfig/load-kubeconfig';
import { unreachableKubeconfigFile } from './testing/unreachable-cluster';

describe('parseConfig', () => {
  it('defaults to 127.0.0.1:8080 and takes the environment', () => {
    expect(parseConfig([], { KUBECONFIG: '/k' })).toEqual({
      port: 8080,
      host: '127.0.0.1',
      kubeconfig: ['/k'],
      spa: true,
    });
    expect(parseConfig([], { KUBECONFIG: ':/a:/b', BERTH_PORT: '9000', BERTH_HOST: 'localhost' })).toEqual({
      port: 9000,
      host: 'localhost',
      kubeconfig: ['/a', '/b'],
      spa: true,
    });
  });

  it('keeps every KUBECONFIG file in order, once, as kubectl merges them', () => {
    expect(parseConfig([], { KUBECONFIG: '/b::/a:/b:' }).kubeconfig).toEqual(['/b', '/a']);
    expect(parseConfig([], { KUBECONFIG: ':' }).kubeconfig).toBeUndefined();
  });

  it('prefers flags over the environment', () => {
    const config = parseConfig(['--port', '1234', '--kubeconfig', '/flag', '--context', 'c'], {
      KUBECONFIG: '/env',
      BERTH_PORT: '9',
    });
    expect(config).toEqual({ port: 1234, host: '127.0.0.1', kubeconfig: ['/flag'], context: 'c', spa: true });
  });

  it("names no kubeconfig when no cluster was pointed at (the embedded cluster), and kubectl's default file for a bare --context", () => {
    expect(parseConfig([], { HOME: '/home/u' }).kubeconfig).toBeUndefined();
    expect(parseConfig(['--context', 'prod'], { HOME: '/home/u' }).kubeconfig).toEqual(['/home/u/.kube/config']);
    expect(parseConfig(['--no-spa'], {}).spa).toBe(false);
  });

  it('refuses a non-loopback address without sign-in unless the loud flag is passed', () => {
    expect(() => parseConfig(['--host', '0.0.0.0'], { KUBECONFIG: '/k' })).toThrow(/anyone who reaches this address/);
    expect(() => parseConfig([], { KUBECONFIG: '/k', BERTH_HOST: '10.0.0.5' })).toThrow(ZodError);
    expect(parseConfig(['--host', '0.0.0.0', '--auth=token'], { KUBECONFIG: '/k' }).auth).toBe('token');
    expect(parseConfig(['--host', '0.0.0.0'], { KUBECONFIG: '/k', BERTH_AUTH: 'token' }).auth).toBe('token');
    expect(
      parseConfig(['--host', '0.0.0.0', '--i-understand-anyone-on-the-network-can-act-as-the-cluster-admin'], {
        KUBECONFIG: '/k',
      }).exposeClusterAdmin,
    ).toBe(true);
    for (const host of ['127.0.0.1', '127.1.2.3', 'localhost', '::1', '[::1]'])
      expect(parseConfig(['--host', host], { KUBECONFIG: '/k' }).host).toBe(host);
    expect(() => parseConfig(['--auth=magic'], { KUBECONFIG: '/k' })).toThrow(ZodError);
  });

  it('takes TLS certificate and key together, and session timeouts', () => {
    expect(() => parseConfig(['--tls-cert', '/c.pem'], { KUBECONFIG: '/k' })).toThrow(/together/);
    const config = parseConfig(['--tls-cert', '/c.pem', '--tls-key', '/k.pem', '--session-idle-seconds', '60'], {
      KUBECONFIG: '/k',
      BERTH_SESSION_MAX_SECONDS: '120',
    });
    expect(config).toMatchObject({
      tlsCert: '/c.pem',
      tlsKey: '/k.pem',
      sessionIdleSeconds: 60,
      sessionMaxSeconds: 120,
    });
  });

  it('takes registry allow and deny ranges from repeated or comma-separated flags, else the environment', () => {
    const config = parseConfig(
      ['--registry-allow', '127.0.0.0/8', '--registry-allow', '10.1.0.0/16,::1', '--registry-deny', '10.9.9.9'],
      {
        KUBECONFIG: '/k',
        BERTH_REGISTRY_ALLOW: '192.168.0.0/16',
      },
    );
    expect(config).toMatchObject({ registryAllow: ['127.0.0.0/8', '10.1.0.0/16', '::1'], registryDeny: ['10.9.9.9'] });
    expect(parseConfig([], { KUBECONFIG: '/k', BERTH_REGISTRY_DENY: '10.0.0.0/8, fc00::/7' }).registryDeny).toEqual([
      '10.0.0.0/8',
      'fc00::/7',
    ]);
    for (const range of ['localhost', '10.0.0.0/33', '10.0.0.0/8/1', 'example.com/24']) {
      expect(() => parseConfig(['--registry-allow', range], { KUBECONFIG: '/k' }), range).toThrow(/CIDR/);
    }
  });

  it('fails fast on a bad port or an unknown flag', () => {
    expect(() => parseConfig(['--port', 'http'], { KUBECONFIG: '/k' })).toThrow(ZodError);
    expect(() => parseConfig(['--nope'], { KUBECONFIG: '/k' })).toThrow();
  });
});

describe('loadKubeConfig', () => {
  it('loads the named file and switches context only to one it has', () => {
    const file = unreachableKubeconfigFile();
    expect(loadKubeConfig(file).getCurrentCluster()?.server).toBe('https://127.0.0.1:65534');
    expect(() => loadKubeConfig(file, 'other')).toThrow(KubeConfigError);
  });

  it('never falls back to localhost:8080', () => {
    expect(() => loadKubeConfig('/nonexistent/kubeconfig')).toThrow(KubeConfigError);
    const file = unreachableKubeconfigFile();
    writeFileSync(file, 'apiVersion: v1\nkind: Config\nclusters: []\nusers: []\ncontexts: []\n');
    expect(() => loadKubeConfig(file)).toThrow(/no current context/);
  });

  describe('in a pod (KUBERNETES_SERVICE_HOST set, no kubeconfig named)', () => {
    const pod = { KUBERNETES_SERVICE_HOST: '10.96.0.1', KUBERNETES_SERVICE_PORT: '443' };

    it('uses the service account and signs each user in by default', () => {
      expect(parseConfig(['--host', '0.0.0.0'], pod)).toMatchObject({ inCluster: true, auth: 'token' });
      expect(parseConfig([], { ...pod, KUBECONFIG: '/k' }).inCluster).toBeUndefined();
      expect(parseConfig(['--kubeconfig', '/k'], pod).inCluster).toBeUndefined();
    });

    it('acts as the service account for everyone only with --unsafe-act-as-service-account', () => {
      const config = parseConfig(['--host', '0.0.0.0', '--unsafe-act-as-service-account'], pod);
      expect(config).toMatchObject({ inCluster: true, actAsServiceAccount: true, auth: 'single-user' });
      expect(() => parseConfig(['--auth=single-user'], pod)).toThrow('--unsafe-act-as-service-account');
      expect(() => parseConfig(['--unsafe-act-as-service-account', '--auth=token'], pod)).toThrow(ZodError);
      expect(() => parseConfig(['--unsafe-act-as-service-account'], { KUBECONFIG: '/k' })).toThrow(
        'works only in a pod',
      );
    });

    it('takes --session-key-file or BERTH_SESSION_KEY_FILE', () => {
      expect(parseConfig(['--session-key-file', '/keys'], pod).sessionKeyFile).toBe('/keys');
      expect(parseConfig([], { ...pod, BERTH_SESSION_KEY_FILE: '/env-keys' }).sessionKeyFile).toBe('/env-keys');
    });
  });
});
