import { describe, expect, it } from 'vitest';
import { decodeBase64 } from './base64';
import { toSecretManifest } from './secret-manifest';

describe('toSecretManifest', () => {
  it('builds the Secret kubectl create secret docker-registry builds', () => {
    const manifest = toSecretManifest({
      name: 'test',
      namespace: 'default',
      registries: [{ server: 'www.example.com', username: 'ssl', password: 'xxx', email: 'example@123.com' }],
    });
    expect(manifest).toStrictEqual({
      apiVersion: 'v1',
      kind: 'Secret',
      metadata: { name: 'test', namespace: 'default' },
      type: 'kubernetes.io/dockerconfigjson',
      data: {
        '.dockerconfigjson':
          'eyJhdXRocyI6eyJ3d3cuZXhhbXBsZS5jb20iOnsidXNlcm5hbWUiOiJzc2wiLCJwYXNzd29yZCI6Inh4eCIsImVtYWlsIjoiZXhhbXBsZUAxMjMuY29tIiwiYXV0aCI6ImMzTnNPbmg0ZUE9PSJ9fX0=',
      },
    });
    expect(decodeBase64(manifest.data['.dockerconfigjson'] ?? '')).toBe(
      '{"auths":{"www.example.com":{"username":"ssl","password":"xxx","email":"example@123.com","auth":"c3NsOnh4eA=="}}}',
    );
  });

  it('keeps a legacy dockercfg secret in its own type and format, the flat map the kubelet reads', () => {
    const manifest = toSecretManifest({
      name: 'old',
      namespace: 'default',
      type: 'kubernetes.io/dockercfg',
      registries: [{ server: 'r.io', username: 'robot$project+name', password: 'p' }],
    });
    expect(manifest.type).toBe('kubernetes.io/dockercfg');
    expect(Object.keys(manifest.data)).toEqual(['.dockercfg']);
    expect(decodeBase64(manifest.data['.dockercfg'] ?? '')).toBe(
      '{"r.io":{"username":"robot$project+name","password":"p","auth":"cm9ib3QkcHJvamVjdCtuYW1lOnA="}}',
    );
  });
});
