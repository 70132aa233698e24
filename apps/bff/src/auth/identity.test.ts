import { describe, expect, it } from 'vitest';
import { KubeConfig } from '@kubernetes/client-node';
import { tokenKey, tokenKubeConfig } from './identity';

function adminConfig(): KubeConfig {
  const kubeConfig = new KubeConfig();
  kubeConfig.loadFromOptions({
    clusters: [{ name: 'c', server: 'https://127.0.0.1:6443', caData: 'Q0E=', skipTLSVerify: false }],
    users: [{ name: 'admin', token: 'admin-token', certData: 'Y2VydA==', keyData: 'a2V5' }],
    contexts: [{ name: 'admin@c', cluster: 'c', user: 'admin' }],
    currentContext: 'admin@c',
  });
  return kubeConfig;
}

describe('tokenKubeConfig', () => {
  it('keeps the cluster and its CA but carries only the user token, none of the BFF credentials', async () => {
    const user = tokenKubeConfig(adminConfig(), 'user-token');
    expect(user.getCurrentCluster()).toMatchObject({ server: 'https://127.0.0.1:6443', caData: 'Q0E=' });
    expect(user.users).toHaveLength(1);
    expect(user.getCurrentUser()).toEqual(expect.objectContaining({ token: 'user-token' }));
    const serialized = user.exportConfig();
    for (const credential of ['admin-token', 'Y2VydA==', 'a2V5']) expect(serialized).not.toContain(credential);
    const options: { headers?: Record<string, string | string[] | number | undefined> } = {};
    await user.applyToHTTPSOptions(options);
    expect(options.headers?.Authorization).toBe('Bearer user-token');
  });

  it('builds a new config per call, so no token is reused across users', () => {
    const base = adminConfig();
    expect(tokenKubeConfig(base, 'a').getCurrentUser()?.token).toBe('a');
    expect(tokenKubeConfig(base, 'b').getCurrentUser()?.token).toBe('b');
    expect(base.getCurrentUser()?.token).toBe('admin-token');
  });
});

describe('tokenKey', () => {
  it('differs per token and does not contain it', () => {
    expect(tokenKey('a')).not.toBe(tokenKey('b'));
    expect(tokenKey('secret-token')).not.toContain('secret-token');
  });
});
