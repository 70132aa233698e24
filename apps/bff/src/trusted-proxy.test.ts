// `--trusted-proxy`: X-Forwarded-Proto and -Host count only when the socket's peer is a proxy named by the flag.
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { createApp } from './app';
import { captureLogs } from './testing/log-capture';
import { unreachableKubeConfig } from './testing/unreachable-cluster';

const json = { 'Content-Type': 'application/json' };

/** supertest connects from 127.0.0.1: trusted when the flag names it, untrusted when it names only 10.0.0.0/8. */
function app(trustedProxies?: string[]) {
  return createApp({
    kubeConfig: unreachableKubeConfig(),
    logger: captureLogs().logger,
    ingress: { basePath: '/', ...(trustedProxies ? { trustedProxies } : {}) },
  });
}

const trusted = () => app(['10.0.0.0/8', '127.0.0.1']);
const untrusted = [() => app(['10.0.0.0/8']), () => app()];

describe('X-Forwarded-* from a trusted proxy', () => {
  it('X-Forwarded-Proto: https means the browser came over TLS: HSTS is sent', async () => {
    const res = await request(trusted()).get('/api/healthz').set('X-Forwarded-Proto', 'https').expect(200);
    expect(res.headers['strict-transport-security']).toBe('max-age=31536000');
    const plain = await request(trusted()).get('/api/healthz').set('X-Forwarded-Proto', 'http').expect(200);
    expect(plain.headers['strict-transport-security']).toBeUndefined();
  });

  it('X-Forwarded-Host is the name the Host check judges, so a rebinding name through the proxy is 403', async () => {
    await request(trusted()).get('/api/healthz').set('X-Forwarded-Host', 'evil.example').expect(403);
    await request(trusted()).get('/api/healthz').set('X-Forwarded-Host', 'localhost:8443').expect(200);
  });

  it('the Origin is compared with the forwarded scheme and host', async () => {
    const forwarded = { 'X-Forwarded-Proto': 'https', 'X-Forwarded-Host': 'localhost:8443' };
    await request(trusted())
      .post('/api/registry-checks')
      .set(json)
      .set(forwarded)
      .set('Origin', 'https://localhost:8443')
      .send({})
      .expect(422);
    await request(trusted())
      .post('/api/registry-checks')
      .set(json)
      .set(forwarded)
      .set('Origin', 'http://localhost:8443')
      .send({})
      .expect(403);
  });
});

describe('X-Forwarded-* from anyone else', () => {
  it.each(untrusted.map((make, i) => [i === 0 ? 'a proxy list not naming it' : 'no --trusted-proxy', make] as const))(
    'are ignored (%s): no HSTS, the Host header is judged, the Origin compared with it',
    async (_, make) => {
      const res = await request(make()).get('/api/healthz').set('X-Forwarded-Proto', 'https').expect(200);
      expect(res.headers['strict-transport-security']).toBeUndefined();
      await request(make()).get('/api/healthz').set('X-Forwarded-Host', 'evil.example').expect(200);
      await request(make())
        .post('/api/registry-checks')
        .set(json)
        .set({ 'X-Forwarded-Proto': 'https', 'X-Forwarded-Host': 'localhost:8443' })
        .set('Origin', 'https://localhost:8443')
        .send({})
        .expect(403);
    },
  );
});
