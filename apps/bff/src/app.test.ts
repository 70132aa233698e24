import request from 'supertest';
import { apiError } from '@berth/contracts';
import { describe, expect, it } from 'vitest';
import { createApp } from './app';
import { captureLogs } from './testing/log-capture';
import { unreachableKubeConfig } from './testing/unreachable-cluster';

// The app's own rules, with an API server that refuses connections: no cluster needed.
function app() {
  const logs = captureLogs();
  return { app: createApp({ kubeConfig: unreachableKubeConfig(), logger: logs.logger }), logs };
}

const json = { 'Content-Type': 'application/json' };

describe('createApp without a reachable cluster', () => {
  it('is alive but not ready', async () => {
    const { app: a } = app();
    await request(a).get('/api/healthz').expect(200, { status: 'ok' });
    const ready = await request(a).get('/api/readyz').expect(503);
    expect(ready.body).toMatchObject({ status: 503, reason: 'ClusterUnavailable' });
  });

  it('answers 503 ClusterUnavailable when the API server cannot be reached', async () => {
    const res = await request(app().app).get('/api/namespaces/default/secrets').expect(503);
    expect(res.body).toEqual({
      status: 503,
      reason: 'ClusterUnavailable',
      message: 'The Kubernetes API server cannot be reached',
    });
  });

  it('rejects bad input before calling Kubernetes', async () => {
    const res = await request(app().app)
      .post('/api/namespaces/default/secrets')
      .set(json)
      .send({ name: 'Bad_Name', registries: [{ server: '', username: '', password: '' }] })
      .expect(422);
    const error = apiError.parse(res.body);
    expect(error.reason).toBe('Invalid');
    const paths = (error.fields ?? []).map((f) => f.path);
    for (const path of ['name', 'registries.0.server', 'registries.0.username', 'registries.0.password'])
      expect(paths).toContain(path);
  });

  it('rejects a namespace that is not a DNS label (404 naming ns)', async () => {
    const res = await request(app().app).get('/api/namespaces/Not_A_Name/deployments').expect(404);
    expect(apiError.parse(res.body).fields?.[0]?.path).toBe('ns');
  });

  it('requires JSON on unsafe methods (415)', async () => {
    const res = await request(app().app)
      .post('/api/registry-checks')
      .set('Content-Type', 'text/plain')
      .send('x')
      .expect(415);
    expect(apiError.parse(res.body).reason).toBe('UnsupportedMediaType');
    await request(app().app).delete('/api/namespaces/default/secrets/x').expect(415);
  });

  it('refuses cross-origin unsafe requests and foreign Host names (403)', async () => {
    await request(app().app)
      .post('/api/registry-checks')
      .set(json)
      .set('Origin', 'http://evil.example')
      .send({})
      .expect(403);
    await request(app().app).get('/api/healthz').set('Host', 'evil.example:8080').expect(403);
  });

  it('accepts a same-origin request', async () => {
    const a = app().app;
    const res = await request(a)
      .post('/api/registry-checks')
      .set(json)
      .set('Host', 'localhost:8080')
      .set('Origin', 'http://localhost:8080')
      .send({});
    expect(res.status).toBe(422);
  });

  it('limits JSON bodies to 1 MiB (413) and reports broken JSON (400)', async () => {
    const big = JSON.stringify({ name: 'x', configJson: 'a'.repeat(1024 * 1024 + 10) });
    const tooLarge = await request(app().app).post('/api/namespaces/default/secrets').set(json).send(big).expect(413);
    expect(apiError.parse(tooLarge.body).reason).toBe('PayloadTooLarge');
    const broken = await request(app().app)
      .post('/api/namespaces/default/secrets')
      .set(json)
      .send('{"password": "hunter2"')
      .expect(400);
    expect(JSON.stringify(broken.body)).not.toContain('hunter2');
  });

  it('sends a strict CSP, no framing and no caching', async () => {
    const res = await request(app().app).get('/api/healthz').expect(200);
    expect(res.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(res.headers['content-security-policy']).toContain("script-src 'self'");
    expect(res.headers['content-security-policy']).not.toContain("unsafe-inline';script");
    expect(res.headers['content-security-policy']).not.toContain('upgrade-insecure-requests');
    expect(res.headers['strict-transport-security']).toBeUndefined();
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.headers['x-powered-by']).toBeUndefined();
  });

  it('answers unknown API routes with the envelope', async () => {
    const res = await request(app().app).get('/api/nope').expect(404);
    expect(res.body).toMatchObject({ status: 404, reason: 'NotFound' });
  });

  it('keeps passwords out of the log, even in rejected bodies', async () => {
    const { app: a, logs } = app();
    await request(a)
      .post('/api/registry-checks')
      .set(json)
      .send({ server: '', username: 'u', password: 'hunter2-secret' })
      .expect(422);
    await request(a)
      .post('/api/namespaces/default/secrets')
      .set(json)
      .set('Authorization', 'Bearer sekret-token')
      .set('Cookie', 'session=sekret-cookie')
      .send({
        name: 'ok',
        namespace: 'default',
        registries: [{ server: 'r.io', username: 'u', password: 'hunter2-secret' }],
      })
      .expect(503);
    const text = logs.text();
    expect(text).toContain('request');
    for (const secret of ['hunter2-secret', 'sekret-token', 'sekret-cookie']) expect(text).not.toContain(secret);
  });
});

describe('GET /api/openapi.json', () => {
  it('describes every route from the contracts', async () => {
    const res = await request(app().app).get('/api/openapi.json').expect(200);
    const document = res.body as { openapi: string; paths: Record<string, Record<string, unknown>> };
    expect(document.openapi).toBe('3.1.0');
    expect(Object.keys(document.paths)).toContain('/api/namespaces/{ns}/secrets/{name}');
    expect(JSON.stringify(document.paths['/api/namespaces/{ns}/secrets'])).toContain('registries');
  });
});
