// Security headers on every answer, in both modes, on the API and on the SPA's page: no cluster needed.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { createApp } from './app';
import { captureLogs } from './testing/log-capture';
import { unreachableKubeConfig } from './testing/unreachable-cluster';
import type { AuthOptions } from './auth/auth-modes';

function spaDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'berth-spa-'));
  writeFileSync(
    join(dir, 'index.html'),
    '<!doctype html><title>Berth</title><script type="module" src="/assets/app.js"></script>',
  );
  return dir;
}

const app = (auth: AuthOptions) =>
  createApp({ kubeConfig: unreachableKubeConfig(), logger: captureLogs().logger, auth, spaDir: spaDir() });

/** The directives of a Content-Security-Policy header, by name. */
function directives(csp: string): Map<string, string[]> {
  return new Map(
    csp
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map(([name = '', ...values]) => [name, values]),
  );
}

describe.each([{ mode: 'single-user' }, { mode: 'token' }] as const)('headers in $mode mode', (auth) => {
  const paths = [
    '/api/healthz',
    '/api/session',
    '/api/namespaces/default/secrets',
    '/',
    '/namespaces/default/workloads',
  ];

  it.each(paths)('%s: strict CSP, no framing, nosniff, no X-Powered-By', async (path) => {
    const res = await request(app(auth)).get(path);
    expect(res.status).toBeLessThan(600);
    const csp = directives(String(res.headers['content-security-policy']));
    const scripts = csp.get('script-src') ?? csp.get('default-src') ?? [];
    expect(scripts).toEqual(["'self'"]);
    expect(csp.get('script-src-attr')).toEqual(["'none'"]);
    expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
    expect(csp.get('object-src')).toEqual(["'none'"]);
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['x-frame-options']).toBe('DENY');
    expect(res.headers['x-powered-by']).toBeUndefined();
  });

  it('marks every API answer no-store, errors included', async () => {
    for (const path of paths.filter((p) => p.startsWith('/api'))) {
      const res = await request(app(auth)).get(path);
      expect(res.headers['cache-control'], path).toBe('no-store');
    }
  });
});
