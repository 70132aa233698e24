import { describe, expect, it } from 'vitest';
import { parseRegistryKey, splitHostPort } from './registry-key';

describe('parseRegistryKey', () => {
  it.each<[string, string | undefined]>([
    ['www.example.com', 'www.example.com'],
    ['https://index.docker.io/v1/', 'index.docker.io'],
    ['http://r.io/v2/', 'r.io'],
    ['r.io/v2/team', 'r.io/team'],
    ['r.io/v2', 'r.io/v2'],
    ['r.io/', 'r.io'],
    ['R.IO:5000/Team', 'R.IO:5000/Team'],
    // Like Go: 'https://' is prepended, so the host is 'ftp:' (empty port) and the path '//r.io'.
    ['ftp://r.io', 'ftp://r.io'],
    ['[::1', undefined],
    ['[::1]x', undefined],
    ['r.io:abc', undefined],
    ['r io', undefined],
    ['r.io/\u0000', undefined],
  ])('%j -> %j', (raw, key) => {
    expect(parseRegistryKey(raw)?.key).toBe(key);
  });

  it('says how the key was written', () => {
    expect(parseRegistryKey('https://r.io/v2/')).toMatchObject({
      host: 'r.io',
      path: '',
      hadScheme: true,
      hadApiVersionPath: true,
    });
    expect(parseRegistryKey('r.io/team')).toMatchObject({ path: '/team', hadScheme: false, hadApiVersionPath: false });
  });
});

describe('splitHostPort', () => {
  it.each<[string, string, string]>([
    ['r.io', 'r.io', ''],
    ['r.io:5000', 'r.io', '5000'],
    ['r.io:', 'r.io', ''],
    ['[::1]:5000', '::1', '5000'],
    ['[::1]', '[::1]', ''],
    ['a:b:c', 'a:b:c', ''],
  ])('%j -> %j %j', (host, hostname, port) => {
    expect(splitHostPort(host)).toEqual({ hostname, port });
  });
});
