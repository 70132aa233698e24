// The app behind `--tls-cert`: HSTS over https only, and an Origin must name the scheme the request came over.
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from './app';
import { captureLogs } from './testing/log-capture';
import { listenTls } from './testing/self-signed';
import { unreachableKubeConfig } from './testing/unreachable-cluster';

const app = () => createApp({ kubeConfig: unreachableKubeConfig(), logger: captureLogs().logger });
const json = { 'Content-Type': 'application/json' };
let https: Awaited<ReturnType<typeof listenTls>>;

beforeAll(async () => {
  https = await listenTls(app());
});
afterAll(() => {
  https.server.close();
});

const overTls = () => request(https.url);
const port = () => new URL(https.url).port;

describe('served over https', () => {
  it('sends Strict-Transport-Security over https, never over plain http', async () => {
    const secure = await overTls().get('/api/healthz').ca(https.ca).expect(200);
    expect(secure.headers['strict-transport-security']).toBe('max-age=31536000');
    const plain = await request(app()).get('/api/healthz').expect(200);
    expect(plain.headers['strict-transport-security']).toBeUndefined();
  });

  it('refuses an http:// Origin naming the same host and port, on unsafe requests and on reads', async () => {
    const origin = `http://127.0.0.1:${port()}`;
    const post = await overTls().post('/api/registry-checks').ca(https.ca).set(json).set('Origin', origin).send({});
    expect(post.status).toBe(403);
    const read = await overTls().get('/api/namespaces/default/stream').ca(https.ca).set('Origin', origin);
    expect(read.status).toBe(403);
  });

  it('accepts its own https:// Origin (422 is the body check, past the Origin check)', async () => {
    const origin = `https://127.0.0.1:${port()}`;
    await overTls().post('/api/registry-checks').ca(https.ca).set(json).set('Origin', origin).send({}).expect(422);
  });

  it('refuses an https:// Origin on the plain http server, and another port on either', async () => {
    await request(app())
      .post('/api/registry-checks')
      .set(json)
      .set('Host', 'localhost:8080')
      .set('Origin', 'https://localhost:8080')
      .send({})
      .expect(403);
    await request(app())
      .post('/api/registry-checks')
      .set(json)
      .set('Host', 'localhost:8080')
      .set('Origin', 'http://localhost:8081')
      .send({})
      .expect(403);
    // The default port is the same port whether written or not (a browser's Origin never writes it).
    await request(app())
      .post('/api/registry-checks')
      .set(json)
      .set('Host', 'localhost:80')
      .set('Origin', 'http://localhost')
      .send({})
      .expect(422);
    const origin = `https://127.0.0.1:${Number(port()) + 1}`;
    await overTls().post('/api/registry-checks').ca(https.ca).set(json).set('Origin', origin).send({}).expect(403);
  });
});

describe('the Host check', () => {
  it.each([
    '127.0.0.1:8080@evil.example',
    'localhost:8080@evil.example',
    '[::1]:80@evil.example',
    '127.0.0.1:8080/evil.example',
    '127.0.0.1 evil.example',
  ])('refuses %s (403)', async (host) => {
    await request(app()).get('/api/healthz').set('Host', host).expect(403);
  });

  it('answers the served names with or without a port', async () => {
    for (const host of ['127.0.0.1:8080', 'localhost', '[::1]:8080', 'LOCALHOST:1']) {
      await request(app()).get('/api/healthz').set('Host', host).expect(200);
    }
  });
});
