import { describe, expect, it } from 'vitest';
import { HttpMethod, KubeConfig, RequestContext, type User } from '@kubernetes/client-node';
import { SharedConnectionsKubeConfig, sharingConnections, tlsMaterialKey } from './shared-connections';

const cluster = {
  name: 'c',
  server: 'https://127.0.0.1:65531',
  caData: Buffer.from('a CA').toString('base64'),
  skipTLSVerify: false,
};

function configFor(
  user: Omit<User, 'name'>,
  clusterChanges: Partial<typeof cluster> = {},
): SharedConnectionsKubeConfig {
  const kubeConfig = new SharedConnectionsKubeConfig();
  kubeConfig.loadFromOptions({
    clusters: [{ ...cluster, ...clusterChanges }],
    users: [{ name: 'u', ...user }],
    contexts: [{ name: 'x', cluster: 'c', user: 'u' }],
    currentContext: 'x',
  });
  return kubeConfig;
}

async function requestOf(kubeConfig: KubeConfig): Promise<RequestContext> {
  const context = new RequestContext(`${cluster.server}/api/v1/namespaces`, HttpMethod.GET);
  await kubeConfig.applySecurityAuthentication(context);
  return context;
}

const certificate = (text: string) => ({
  certData: Buffer.from(`cert ${text}`).toString('base64'),
  keyData: Buffer.from(`key ${text}`).toString('base64'),
});

describe('SharedConnectionsKubeConfig', () => {
  it('gives two token users of one cluster one dispatcher, each request still carrying its own token', async () => {
    const [a, b] = await Promise.all([
      requestOf(configFor({ token: 'token-a' })),
      requestOf(configFor({ token: 'token-b' })),
    ]);
    expect(a.getDispatcher()).toBeDefined();
    expect(a.getDispatcher()).toBe(b.getDispatcher());
    expect(a.getHeaders().Authorization).toBe('Bearer token-a');
    expect(b.getHeaders().Authorization).toBe('Bearer token-b');
  });

  it('reuses the dispatcher across requests of one config', async () => {
    const kubeConfig = configFor({ token: 'token-a' });
    expect((await requestOf(kubeConfig)).getDispatcher()).toBe((await requestOf(kubeConfig)).getDispatcher());
  });

  it('never shares a dispatcher between different client certificates, or with token users', async () => {
    const [one, two, token] = await Promise.all([
      requestOf(configFor(certificate('one'))),
      requestOf(configFor(certificate('two'))),
      requestOf(configFor({ token: 't' })),
    ]);
    expect(one.getDispatcher()).not.toBe(two.getDispatcher());
    expect(one.getDispatcher()).not.toBe(token.getDispatcher());
    expect(await requestOf(configFor(certificate('one'))).then((c) => c.getDispatcher())).toBe(one.getDispatcher());
  });

  it('keys on server, proxy, SNI, CA, verification and client certificate, not on the user name or token', () => {
    const material = { certificateAuthority: Buffer.from('a CA'), cert: null, key: null };
    const key = tlsMaterialKey(cluster, material);
    expect(tlsMaterialKey({ ...cluster, name: 'other' }, material)).toBe(key);
    for (const changed of [
      { server: 'https://127.0.0.1:65532' },
      { skipTLSVerify: true },
      { proxyUrl: 'http://127.0.0.1:3128' },
      { tlsServerName: 'kubernetes' },
    ]) {
      expect(tlsMaterialKey({ ...cluster, ...changed }, material)).not.toBe(key);
    }
    expect(tlsMaterialKey(cluster, { ...material, certificateAuthority: Buffer.from('another CA') })).not.toBe(key);
    expect(tlsMaterialKey(cluster, { ...material, cert: Buffer.from('cert'), key: Buffer.from('key') })).not.toBe(key);
    expect(key).not.toContain('a CA');
  });

  it('shares the connections of a credential plugin that gives a token with token users, and keys one that gives a certificate by it', async () => {
    const plugin = (status: object) => ({
      exec: {
        apiVersion: 'client.authentication.k8s.io/v1',
        command: process.execPath,
        args: [
          '-e',
          `process.stdout.write(${JSON.stringify(JSON.stringify({ apiVersion: 'client.authentication.k8s.io/v1', kind: 'ExecCredential', status }))})`,
        ],
      },
    });
    const [token, tokenPlugin, certPlugin] = await Promise.all([
      requestOf(configFor({ token: 't' })),
      requestOf(configFor(plugin({ token: 'from-plugin' }))),
      requestOf(configFor(plugin({ clientCertificateData: 'plugin cert', clientKeyData: 'plugin key' }))),
    ]);
    expect(tokenPlugin.getHeaders().Authorization).toBe('Bearer from-plugin');
    expect(tokenPlugin.getDispatcher()).toBe(token.getDispatcher());
    expect(certPlugin.getHeaders().Authorization).toBeUndefined();
    expect(certPlugin.getDispatcher()).not.toBe(token.getDispatcher());
    expect(
      (
        await requestOf(configFor(plugin({ clientCertificateData: 'plugin cert', clientKeyData: 'plugin key' })))
      ).getDispatcher(),
    ).toBe(certPlugin.getDispatcher());
  });

  it('copies a plain KubeConfig once and keeps a shared one as it is', () => {
    const plain = new KubeConfig();
    plain.loadFromOptions({
      clusters: [cluster],
      users: [{ name: 'u', token: 't' }],
      contexts: [{ name: 'x', cluster: 'c', user: 'u' }],
      currentContext: 'x',
    });
    const copy = sharingConnections(plain);
    expect(copy).toBeInstanceOf(SharedConnectionsKubeConfig);
    expect(copy.getCurrentUser()?.token).toBe('t');
    expect(sharingConnections(copy)).toBe(copy);
  });
});
