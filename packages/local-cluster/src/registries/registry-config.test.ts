import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { registryConfigYaml } from './registry-config';

describe('registryConfigYaml', () => {
  const base = { addr: '127.0.0.1:5000', storageDir: '/state/storage', httpSecret: 's3cret' };

  it('listens on loopback, logs warnings only and keeps blobs under the state dir', () => {
    expect(parse(registryConfigYaml({ ...base, auth: { kind: 'anonymous' } }))).toEqual({
      version: 0.1,
      log: { level: 'warn', accesslog: { disabled: true } },
      storage: { filesystem: { rootdirectory: '/state/storage' } },
      http: { addr: '127.0.0.1:5000', secret: 's3cret' },
    });
  });

  it('writes htpasswd and token auth the way distribution 2.8 reads them', () => {
    const htpasswd = parse(registryConfigYaml({ ...base, auth: { kind: 'htpasswd', realm: 'R', path: '/p' } })) as {
      auth: unknown;
    };
    expect(htpasswd.auth).toEqual({ htpasswd: { realm: 'R', path: '/p' } });
    const token = parse(
      registryConfigYaml({
        ...base,
        auth: { kind: 'token', realm: 'http://t/token', service: 's', issuer: 'i', rootCertBundle: '/c.crt' },
      }),
    ) as { auth: unknown };
    expect(token.auth).toEqual({
      token: { realm: 'http://t/token', service: 's', issuer: 'i', rootcertbundle: '/c.crt' },
    });
  });
});
