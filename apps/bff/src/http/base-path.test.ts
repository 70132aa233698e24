import { describe, expect, it } from 'vitest';
import { normalizeBasePath } from './base-path';
import { parsePublicUrl } from './public-url';
import { withBaseHref } from './spa';

describe('normalizeBasePath', () => {
  it.each([
    ['/', '/'],
    ['berth', '/berth/'],
    ['/berth', '/berth/'],
    ['/berth/', '/berth/'],
    ['berth/', '/berth/'],
    ['/tools/berth/', '/tools/berth/'],
    ['/Berth-1.2_~/', '/Berth-1.2_~/'],
  ])('%s is %s', (text, basePath) => {
    expect(normalizeBasePath(text)).toBe(basePath);
  });

  it.each([
    '',
    '//',
    '/berth//',
    '//berth/',
    '/../',
    '/./',
    '/a/../b/',
    '/ber th/',
    '/berth?x',
    '/berth#x',
    '/%2e%2e/',
  ])('refuses %j', (text) => {
    expect(normalizeBasePath(text)).toBeUndefined();
  });

  it('refuses what would need escaping in HTML or a cookie', () => {
    for (const text of ['/"><script>/', "/a'b/", '/a<b/', '/a;b/', '/a,b/', '/a=b/', '/ä/'])
      expect(normalizeBasePath(text)).toBeUndefined();
  });
});

describe('parsePublicUrl', () => {
  it.each([
    [
      'https://console.example.com/berth/',
      { origin: 'https://console.example.com', hostname: 'console.example.com', https: true, basePath: '/berth/' },
    ],
    [
      'https://Console.Example.com:8443/berth',
      { origin: 'https://console.example.com:8443', hostname: 'console.example.com', https: true, basePath: '/berth/' },
    ],
    ['http://10.0.0.5:8080', { origin: 'http://10.0.0.5:8080', hostname: '10.0.0.5', https: false }],
    ['https://[fd00::1]/', { origin: 'https://[fd00::1]', hostname: '[fd00::1]', https: true }],
    // The default port is left out, as a browser leaves it out of Origin.
    [
      'https://console.example.com:443/',
      { origin: 'https://console.example.com', hostname: 'console.example.com', https: true },
    ],
  ])('%s', (text, parts) => {
    expect(parsePublicUrl(text)).toEqual(parts);
  });

  it.each([
    'console.example.com',
    'ftp://console.example.com/',
    'https://user:pw@console.example.com/',
    'https://console.example.com/berth/?x=1',
    'https://console.example.com/?',
    'https://console.example.com/#top',
    'https://console.example.com/a/../b/',
    'https://console.example.com/be%20rth/',
    'file:///etc/passwd',
  ])('refuses %s', (text) => {
    expect(parsePublicUrl(text)).toBeUndefined();
  });
});

describe('withBaseHref', () => {
  it('puts the base element first in the head, before any asset URL', () => {
    const html = '<html><head><script type="module" src="./assets/index.js"></script></head></html>';
    const served = withBaseHref(html, '/berth/');
    expect(served.indexOf('<base href="/berth/" />')).toBeGreaterThan(served.indexOf('<head>'));
    expect(served.indexOf('<base href="/berth/" />')).toBeLessThan(served.indexOf('./assets/index.js'));
  });

  it('refuses a page without a head, where a base element could not go', () => {
    expect(() => withBaseHref('<html><body></body></html>', '/')).toThrow(/without <head>/);
  });
});
