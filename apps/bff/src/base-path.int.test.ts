// `--base-path /berth/` against the real cluster: the API, the stream, the OpenAPI document, the probes, the assets and
// the SPA's deep links live under the prefix, the session cookie's Path is the prefix, and nothing answers outside it.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import request from 'supertest';
import { apiError, csrfHeader, secretList, sessionInfo } from '@berth/contracts';
import { describe, expect, it } from 'vitest';
import { createApp } from './app';
import { InformerHub } from './watch/informer-hub';
import { adminKubeConfig, env, eventually, testNamespace } from './testing/cluster';
import { listenDuringSuite } from './testing/listening-app';
import { captureLogs } from './testing/log-capture';
import { connectStream } from './testing/sse-client';
import { adminToken, tokenApp } from './testing/signed-in';

const json = { 'Content-Type': 'application/json' };
const namespace = testNamespace('base-path');
const logs = captureLogs();
const hub = new InformerHub(logs.logger);

/** A stand-in for build/web: the layout `vite build` writes, relative asset URLs included. */
function spaBuild(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'berth-spa-'));
  mkdirSync(path.join(dir, 'assets'));
  writeFileSync(
    path.join(dir, 'index.html'),
    '<!doctype html>\n<html>\n  <head>\n    <script type="module" src="./assets/index-abc.js"></script>\n  </head>\n</html>\n',
  );
  writeFileSync(path.join(dir, 'assets/index-abc.js'), 'console.log("berth");\n');
  return dir;
}

const spaDir = spaBuild();
const app = createApp({
  kubeConfig: adminKubeConfig(),
  logger: logs.logger,
  informers: hub,
  spaDir,
  ingress: { basePath: '/berth/' },
});

const registry = () => ({
  server: env('BERTH_REGISTRY'),
  username: env('BERTH_REGISTRY_USERNAME'),
  password: env('BERTH_REGISTRY_PASSWORD'),
});

describe('--base-path /berth/', () => {
  const server = listenDuringSuite(app, hub, namespace);

  it('serves the API, the probes and the OpenAPI document under the prefix', async () => {
    await request(app).get('/berth/api/healthz').expect(200, { status: 'ok' });
    await request(app).get('/berth/api/readyz').expect(200, { status: 'ok' });
    const openApi = await request(app).get('/berth/api/openapi.json').expect(200);
    expect(openApi.body).toHaveProperty('openapi');
    await request(app)
      .post(`/berth/api/namespaces/${namespace.name}/secrets`)
      .set(json)
      .send({ name: 'under-prefix', registries: [registry()] })
      .expect(201);
    const list = await request(app).get(`/berth/api/namespaces/${namespace.name}/secrets`).expect(200);
    expect(secretList.parse(list.body).items.map((s) => s.name)).toContain('under-prefix');
  });

  it('streams under the prefix: a secret created after connecting arrives', async () => {
    const stream = connectStream(server(), namespace.name, {}, '/berth/');
    try {
      await eventually('stream connected', () => (stream.raw().includes('retry:') ? true : undefined));
      await request(app)
        .post(`/berth/api/namespaces/${namespace.name}/secrets`)
        .set(json)
        .send({ name: 'streamed', registries: [registry()] })
        .expect(201);
      await eventually('the new secret on the stream', () =>
        stream.messages.some((m) => m.kind === 'secret' && m.object.name === 'streamed') ? true : undefined,
      );
    } finally {
      stream.close();
    }
  });

  it('serves the assets, and index.html with <base href="/berth/"> for a deep link and for itself', async () => {
    const asset = await request(app).get('/berth/assets/index-abc.js').expect(200);
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    for (const page of [`/berth/namespaces/${namespace.name}/secrets`, '/berth/', '/berth/index.html']) {
      const res = await request(app).get(page).expect(200);
      expect(res.headers['content-type'], page).toMatch(/^text\/html/);
      expect(res.text, page).toContain('<head>\n    <base href="/berth/" />\n    <script type="module" src="./assets/');
      expect(res.headers['cache-control'], page).toBe('no-cache');
    }
  });

  it('redirects / and /berth into the prefix, and answers 404 to anything else outside it', async () => {
    for (const page of ['/', '/berth']) {
      const res = await request(app).get(page).expect(302);
      expect(res.headers.location, page).toBe('/berth/');
    }
    for (const page of [
      '/api/healthz',
      '/api/readyz',
      `/api/namespaces/${namespace.name}/secrets`,
      `/api/namespaces/${namespace.name}/stream`,
      '/assets/index-abc.js',
      '/index.html',
      `/namespaces/${namespace.name}/secrets`,
      '/berthx/api/healthz',
      '/BERTH/api/healthz',
    ]) {
      const res = await request(app).get(page).expect(404);
      expect(apiError.parse(res.body).message, page).toBe(`Berth is served under /berth/, not at ${page}`);
    }
    await request(app)
      .post(`/api/namespaces/${namespace.name}/secrets`)
      .set(json)
      .send({ name: 'outside', registries: [registry()] })
      .expect(404);
  });

  it('without a base path keeps the short URLs, with <base href="/">', async () => {
    const atRoot = createApp({ kubeConfig: adminKubeConfig(), logger: logs.logger, informers: hub, spaDir });
    await request(atRoot).get('/api/healthz').expect(200);
    await request(atRoot).get('/assets/index-abc.js').expect(200);
    const page = await request(atRoot).get(`/namespaces/${namespace.name}/secrets`).expect(200);
    expect(page.text).toContain('<base href="/" />');
  });
});

describe('the session cookie under --base-path', () => {
  it('has Path=/berth/ and works there', async () => {
    const { app: signIn } = tokenApp({ ingress: { basePath: '/berth/' } });
    await request(signIn).post('/api/session').set(json).send({ token: adminToken() }).expect(404);
    const res = await request(signIn).post('/berth/api/session').set(json).send({ token: adminToken() }).expect(201);
    const cookie = String(res.headers['set-cookie']);
    expect(cookie).toMatch(/^berth-session=v1\.[A-Za-z0-9_.-]+; Path=\/berth\/; HttpOnly; SameSite=Strict$/);
    const pair = cookie.split(';')[0] ?? '';
    await request(signIn).get('/berth/api/session').set('Cookie', pair).expect(200);
    const csrf = sessionInfo.parse(res.body).csrfToken ?? '';
    const out = await request(signIn)
      .delete('/berth/api/session')
      .set(json)
      .set({ Cookie: pair, [csrfHeader]: csrf })
      .expect(204);
    expect(String(out.headers['set-cookie'])).toMatch(/^berth-session=; Path=\/berth\/; Expires=Thu, 01 Jan 1970/);
  });

  it('behind an https public URL is Secure and __Secure- (a __Host- cookie must have Path=/), though this hop is http', async () => {
    const publicUrl = { origin: 'https://console.example.com', hostname: 'console.example.com', https: true };
    const { app: signIn } = tokenApp({ ingress: { basePath: '/berth/', publicUrl } });
    const res = await request(signIn).post('/berth/api/session').set(json).send({ token: adminToken() }).expect(201);
    const cookie = String(res.headers['set-cookie']);
    expect(cookie).toMatch(
      /^__Secure-berth-session=v1\.[A-Za-z0-9_.-]+; Path=\/berth\/; HttpOnly; Secure; SameSite=Strict$/,
    );
    await request(signIn)
      .get('/berth/api/session')
      .set('Cookie', cookie.split(';')[0] ?? '')
      .expect(200);
  });
});
