import { describe, expect, it } from 'vitest';
import { isDockerHubHost, parseRegistryAddress, registryAddressKey } from './registry-address';

describe('parseRegistryAddress', () => {
  it.each([
    ['www.example.com', { host: 'www.example.com' }],
    ['localhost:5000', { host: 'localhost', port: '5000' }],
    ['127.0.0.1:5000/', { host: '127.0.0.1', port: '5000' }],
    ['http://127.0.0.1:5000', { scheme: 'http', host: '127.0.0.1', port: '5000' }],
    ['HTTPS://Index.Docker.IO/v1/', { scheme: 'https', host: 'index.docker.io' }],
    ['r.io/v2/', { host: 'r.io' }],
    ['[::1]:5000', { host: '[::1]', port: '5000' }],
    ['*.example.com', { host: '*.example.com' }],
  ])('%j is %j', (value, address) => {
    expect(parseRegistryAddress(value)).toEqual(address);
  });

  it.each([
    // The probe of issue 14: a path and a trailing '#' or '?' that would swallow the /v2/ appended after it.
    'http://127.0.0.1:8080/api/namespaces/x/secrets/leak1#',
    'http://127.0.0.1:8080/api/namespaces/x/secrets/leak1?',
    'r.io#',
    'r.io/?',
    'r.io/team',
    'r.io/v1',
    'r.io/v2/x',
    'user:password@r.io',
    'http://user@r.io',
    'ftp://r.io',
    'http:/r.io',
    'r.io:0',
    'r.io:65536',
    'r.io:',
    'r io',
    '-r.io',
    'r.io.',
    '[::1',
    '',
    `${'a'.repeat(64)}.io`,
  ])('%j is not a registry address', (value) => {
    expect(parseRegistryAddress(value)).toBeUndefined();
  });
});

describe('registryAddressKey', () => {
  it('is one key for one registry however it is written', () => {
    const loopback = [
      'localhost:5000',
      'http://127.0.0.1:5000',
      '127.0.0.1:5000/',
      'LOCALHOST:5000',
      '2130706433:5000',
      '[::1]:5000',
      '127.0.0.2:5000',
    ];
    expect(new Set(loopback.map(registryAddressKey))).toEqual(new Set(['localhost:5000']));
    const hub = ['index.docker.io', 'https://index.docker.io/v1/', 'Index.Docker.io:443', 'https://index.docker.io'];
    expect(new Set(hub.map(registryAddressKey))).toEqual(new Set(['index.docker.io:443']));
  });

  it('keeps different registries apart', () => {
    const keys = ['localhost:5000', 'localhost:5001', 'r.io', 'r.io:5000', 'other.io'].map(registryAddressKey);
    expect(new Set(keys).size).toBe(5);
  });
});

describe('isDockerHubHost', () => {
  it.each(['docker.io', 'index.docker.io', 'registry-1.docker.io', 'Docker.IO'])('knows %s as Docker Hub', (host) =>
    expect(isDockerHubHost(host)).toBe(true),
  );
  it.each(['r.example.com', 'docker.io.example.com', 'mirror.gcr.io'])('does not take %s for it', (host) =>
    expect(isDockerHubHost(host)).toBe(false),
  );
});
