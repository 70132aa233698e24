import { describe, expect, it } from 'vitest';
import { HttpMethod, KubeConfig, RequestContext, type User } from '@kubernetes/client-node';
import { SharedConnectionsKubeConfig, sharingConnections, tlsMaterialKey } from './shared-connections';

const cluster = { name: 'c', server: 'https://127.0.0.1:65531', caData: Buffer.from('a CA').toString('base64'), skipTLSVerify: false };

function configFor(user: Omit<User, 'name'>, clusterChanges: Partial<typeof cluster> = {}): SharedConnectionsKubeConfig {
  const kubeConfig = new SharedConnectionsKubeConfig();
  kubeConfig.loadFromOptions({ clusters: [{ ...cluster, ...clusterChanges }], users: [{ name: 'u', ...user }], contexts: [{ name: 'x', cluster: 'c', user: 'u' }], currentContext: 'x' });
  return kubeConfig;
}

async function requestOf(kubeConfig: KubeConfig): Promise<RequestContext> {
  const context = new RequestContext(`${cluster.server}/api/v1/namespaces`, HttpMethod.GET);
  await kubeConfig.applySecurityAuthentication(context);
  return context;
}

const certificate = (text: string) => ({ certData: Buffer.from(`cert ${text}`).toString('base64'), keyData: Buffer.from(`key ${text}`).toString('base64') });

describe('SharedConnectionsKubeConfig', () => {
  it('gives two token users of one cluster one dispatcher, each request still carrying its own token', async () => {
    const [a, b] = await Promise.all([requestOf(configFor({ token: 'token-a' })), requestOf(configFor({ token: 'token-b' }))]);
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
    const [one, two, token] = await Promise.all([requestOf(configFor(certificate('one'))), requestOf(configFor(certificate('two'))), requestOf(configFor({ token: 't' }))]);
    expect(one.getDispatcher()).not.toBe(two.getDispatcher());
    expect(one.getDispatcher()).not.toBe(token.getDispatcher());
    expect(await requestOf(configFor(certificate('one'))).then((c) => c.getDispatcher())).toBe(one.getDispatcher());
  });

  it('keys on server, CA and verification, not on the user name or token', () => {
    const key = tlsMaterialKey(configFor({ token: 'a' }));
    expect(tlsMaterialKey(configFor({ token: 'b' }))).toBe(key);
    expect(tlsMaterialKey(configFor({ token: 'a' }, { server: 'https://127.0.0.1:65532' }))).not.toBe(key);
    expect(tlsMaterialKey(configFor({ token: 'a' }, { caData: Buffer.from('another CA').toString('base64') }))).not.toBe(key);
    expect(tlsMaterialKey(configFor({ token: 'a' }, { skipTLSVerify: true }))).not.toBe(key);
    expect(key).not.toContain('a CA');
  });

  it("leaves credential plugins, which may add a client certificate per request, with client-node's own dispatcher", () => {
    expect(tlsMaterialKey(configFor({ exec: { command: 'true', apiVersion: 'client.authentication.k8s.io/v1' } }))).toBeUndefined();
  });

  it('copies a plain KubeConfig once and keeps a shared one as it is', () => {
    const plain = new KubeConfig();
    plain.loadFromOptions({ clusters: [cluster], users: [{ name: 'u', token: 't' }], contexts: [{ name: 'x', cluster: 'c', user: 'u' }], currentContext: 'x' });
    const copy = sharingConnections(plain);
    expect(copy).toBeInstanceOf(SharedConnectionsKubeConfig);
    expect(copy.getCurrentUser()?.token).toBe('t');
    expect(sharingConnections(copy)).toBe(copy);
  });
});
