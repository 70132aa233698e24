import { describe, expect, it } from 'vitest';
import { isLoopbackHost, registryBaseUrl } from './scheme';
import { checkCredentials } from './credentials';
import { checkManifest } from './manifest';

describe('registryBaseUrl', () => {
  it.each([
    ['localhost:5000', 'http://localhost:5000'],
    ['localhost', 'http://localhost'],
    ['127.0.0.1:5000', 'http://127.0.0.1:5000'],
    ['127.10.20.30', 'http://127.10.20.30'],
    ['[::1]:5000', 'http://[::1]:5000'],
    ['LOCALHOST:5000', 'http://localhost:5000'],
    ['https://index.docker.io/v1/', 'https://index.docker.io'],
    ['registry.example.com', 'https://registry.example.com'],
    ['registry.example.com:5000', 'https://registry.example.com:5000'],
    ['128.0.0.1:5000', 'https://128.0.0.1:5000'],
    ['localhost.example.com', 'https://localhost.example.com'],
    ['[2001:db8::1]:5000', 'https://[2001:db8::1]:5000'],
    ['10.0.0.1', 'https://10.0.0.1'],
    ['http://registry.example.com:5000', 'http://registry.example.com:5000'],
    ['https://127.0.0.1:5000/', 'https://127.0.0.1:5000'],
  ])('%s -> %s', (registry, expected) => {
    expect(registryBaseUrl(registry)).toBe(expected);
  });
});

describe('registryBaseUrl of anything but a registry address', () => {
  it.each([
    'http://127.0.0.1:8080/api/namespaces/x/secrets/leak1#',
    'http://127.0.0.1:8080/api?',
    'r.io/team',
    'user:pass@r.io',
    'http://r.io/v2/#',
    'ftp://r.io',
    'r.io:99999',
  ])('%s is undefined, so no request is made', (registry) => {
    expect(registryBaseUrl(registry)).toBeUndefined();
  });
});

describe('isLoopbackHost', () => {
  it('knows the loopback names', () => {
    expect(['localhost', '127.0.0.1', '127.255.255.254', '[::1]'].every(isLoopbackHost)).toBe(true);
    expect(['::1x', '127.0.0', 'localhost6', '1127.0.0.1', 'example.com'].some(isLoopbackHost)).toBe(false);
  });
});

describe('an address that cannot be a URL', () => {
  it('is answered as an outcome, not thrown, by both checks', async () => {
    expect(await checkCredentials({ registry: 'Bad Host' })).toEqual({
      kind: 'unexpected',
      message: '"Bad Host" is not a registry address (host[:port])',
    });
    expect(await checkManifest({ registry: 'a b', repository: 'x', reference: 'v1' })).toMatchObject({
      kind: 'unexpected',
    });
  });
});
