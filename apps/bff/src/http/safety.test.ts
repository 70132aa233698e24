import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseHost } from './safety';

describe('parseHost', () => {
  it.each([
    ['127.0.0.1', { hostname: '127.0.0.1' }],
    ['127.0.0.1:8080', { hostname: '127.0.0.1', port: 8080 }],
    ['LocalHost:80', { hostname: 'localhost', port: 80 }],
    ['[::1]', { hostname: '::1' }],
    ['[::1]:8080', { hostname: '::1', port: 8080 }],
    ['[FD00::1]:443', { hostname: 'fd00::1', port: 443 }],
    ['berth.example.com:65535', { hostname: 'berth.example.com', port: 65535 }],
  ])('reads %s', (host, expected) => {
    expect(parseHost(host)).toEqual(expected);
  });

  it.each([
    '',
    '127.0.0.1:8080@evil.example',
    'user@127.0.0.1',
    '127.0.0.1:8080/path',
    '127.0.0.1:8080 evil.example',
    ' 127.0.0.1',
    '127.0.0.1:',
    '127.0.0.1:80a',
    '127.0.0.1:65536',
    '127.0.0.1:8080:9090',
    '::1',
    '[::1',
    '[::1]x',
    '[:::]',
    '[::1]:80@evil.example',
    '127.0.0.1\\evil.example',
    '127.0.0.1?x',
    '127.0.0.1#x',
  ])('refuses %j', (host) => {
    expect(parseHost(host)).toBeUndefined();
  });

  it('refuses any Host holding userinfo, a path, a query or white space', () => {
    const name = fc.constantFrom('127.0.0.1', 'localhost', '[::1]', '127.0.0.1:8080');
    const junk = fc.constantFrom('@', '/', '?', '#', ' ', '\t', '\\', '%');
    fc.assert(
      fc.property(name, junk, fc.string(), (host, bad, tail) => {
        expect(parseHost(`${host}${bad}${tail}`)).toBeUndefined();
      }),
    );
  });
});
