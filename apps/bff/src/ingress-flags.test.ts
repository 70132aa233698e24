// The flags for serving behind an ingress, as parseConfig reads them and ingressOf hands them to the app.
import { describe, expect, it } from 'vitest';
import { ingressOf, parseConfig } from './config';

const env = { KUBECONFIG: '/k' };
const ingress = (argv: string[], extra: Record<string, string> = {}) =>
  ingressOf(parseConfig(argv, { ...env, ...extra }));

describe('--base-path, --public-url and --trusted-proxy', () => {
  it('serves at / with no proxy trusted when none is given', () => {
    expect(ingress([])).toEqual({ basePath: '/' });
  });

  it('normalises --base-path (or BERTH_BASE_PATH) to a leading and a trailing slash', () => {
    expect(ingress(['--base-path', 'berth']).basePath).toBe('/berth/');
    expect(ingress(['--base-path=/berth']).basePath).toBe('/berth/');
    expect(ingress([], { BERTH_BASE_PATH: '/tools/berth/' }).basePath).toBe('/tools/berth/');
    expect(ingress(['--base-path', '/a/'], { BERTH_BASE_PATH: '/b/' }).basePath).toBe('/a/');
  });

  it('refuses a base path that is not a plain path, naming the flag', () => {
    for (const bad of ['', '/../', '/a b/', '/a?b', '/"x/'])
      expect(() => parseConfig(['--base-path', bad], env), bad).toThrow(/--base-path must be a path such as \/berth\//);
  });

  it('takes the public URL, whose path is the base path when --base-path is left out', () => {
    expect(ingress(['--public-url', 'https://console.example.com/berth/'])).toEqual({
      basePath: '/berth/',
      publicUrl: {
        origin: 'https://console.example.com',
        hostname: 'console.example.com',
        https: true,
        basePath: '/berth/',
      },
    });
    expect(ingress(['--public-url', 'https://console.example.com', '--base-path', '/berth/']).basePath).toBe('/berth/');
    expect(ingress(['--public-url', 'https://console.example.com/berth', '--base-path', 'berth']).basePath).toBe(
      '/berth/',
    );
    expect(ingress([], { BERTH_PUBLIC_URL: 'http://10.0.0.5:8080/' }).publicUrl?.origin).toBe('http://10.0.0.5:8080');
  });

  it('refuses a public URL whose path is not the base path, and one that is not an http(s) origin', () => {
    expect(() =>
      parseConfig(['--public-url', 'https://console.example.com/other/', '--base-path', '/berth/'], env),
    ).toThrow(/--public-url's path must be --base-path/);
    for (const bad of ['console.example.com', 'https://u:p@console.example.com/', 'https://x.example/?a', 'ftp://x/'])
      expect(() => parseConfig(['--public-url', bad], env), bad).toThrow(/--public-url must be an http or https URL/);
  });

  it('takes trusted proxies as repeated or comma-separated IPs and CIDR ranges, else BERTH_TRUSTED_PROXY', () => {
    expect(ingress(['--trusted-proxy', '10.0.0.0/8,127.0.0.1', '--trusted-proxy', 'fd00::/8']).trustedProxies).toEqual([
      '10.0.0.0/8',
      '127.0.0.1',
      'fd00::/8',
    ]);
    expect(ingress([], { BERTH_TRUSTED_PROXY: '10.1.2.3' }).trustedProxies).toEqual(['10.1.2.3']);
    for (const bad of ['loopback', 'proxy.example', '10.0.0.0/33'])
      expect(() => parseConfig(['--trusted-proxy', bad], env), bad).toThrow(/--trusted-proxy takes IP addresses/);
  });

  it('still refuses a non-loopback --host without sign-in: a public URL does not make single-user mode safe', () => {
    expect(() => parseConfig(['--host', '0.0.0.0', '--public-url', 'https://console.example.com/'], env)).toThrow(
      /anyone who reaches this address/,
    );
  });
});
