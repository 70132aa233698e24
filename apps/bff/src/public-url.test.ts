// `--public-url`: the Host check accepts its host and the Origin check its origin, and nothing else beyond loopback.
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { createApp } from './app';
import { parsePublicUrl } from './http/public-url';
import { captureLogs } from './testing/log-capture';
import { unreachableKubeConfig } from './testing/unreachable-cluster';

const json = { 'Content-Type': 'application/json' };
const publicUrl = parsePublicUrl('https://console.example.com/berth/');

/** As `--host 0.0.0.0 --auth=token --public-url https://console.example.com/berth/` builds it; no cluster needed. */
function app(withPublicUrl = true) {
  return createApp({
    kubeConfig: unreachableKubeConfig(),
    logger: captureLogs().logger,
    servedNames: ['0.0.0.0'],
    ingress: { basePath: '/berth/', ...(withPublicUrl && publicUrl ? { publicUrl } : {}) },
  });
}

describe('--public-url https://console.example.com/berth/', () => {
  it('answers requests naming its host, with or without a port, as the proxy forwards them', async () => {
    for (const host of [
      'console.example.com',
      'Console.Example.com',
      'console.example.com:443',
      'console.example.com:8080',
    ])
      await request(app()).get('/berth/api/healthz').set('Host', host).expect(200);
  });

  it('refuses other host names (403), as without it, and still answers loopback names', async () => {
    for (const host of ['evil.example', 'console.example.com.evil.example', 'example.com', '10.0.0.5:8080', '0.0.0.0x'])
      await request(app()).get('/berth/api/healthz').set('Host', host).expect(403);
    await request(app()).get('/berth/api/healthz').set('Host', '127.0.0.1:8080').expect(200);
  });

  it('without it the public host name is refused: the 403 that --host 0.0.0.0 gave behind a proxy', async () => {
    await request(app(false)).get('/berth/api/healthz').set('Host', 'console.example.com').expect(403);
  });

  it('accepts its origin on unsafe requests (422 is the body check, past the Origin check) and reads', async () => {
    const send = () =>
      request(app())
        .post('/berth/api/registry-checks')
        .set('Host', 'console.example.com')
        .set(json)
        .set('Origin', 'https://console.example.com');
    await send().send({}).expect(422);
    await request(app())
      .get('/berth/api/healthz')
      .set('Host', 'console.example.com')
      .set('Origin', 'https://console.example.com')
      .expect(200);
    // A proxy that sends the upstream's own address as Host (nginx's default) still carries the browser's Origin.
    await request(app())
      .post('/berth/api/registry-checks')
      .set('Host', '127.0.0.1:8080')
      .set(json)
      .set('Origin', 'https://console.example.com')
      .send({})
      .expect(422);
  });

  it('refuses any other origin: http (though this hop is http), another port, another host, a look-alike', async () => {
    for (const origin of [
      'http://console.example.com',
      'https://console.example.com:8443',
      'https://evil.example',
      'https://console.example.com.evil.example',
      'null',
    ]) {
      const post = await request(app())
        .post('/berth/api/registry-checks')
        .set('Host', 'console.example.com')
        .set(json)
        .set('Origin', origin)
        .send({});
      expect(post.status, origin).toBe(403);
      const stream = await request(app())
        .get('/berth/api/namespaces/default/stream')
        .set('Host', 'console.example.com')
        .set('Origin', origin);
      expect(stream.status, origin).toBe(403);
    }
  });

  it('without it the public origin is foreign: an unsafe request from it is 403', async () => {
    await request(app(false))
      .post('/berth/api/registry-checks')
      .set(json)
      .set('Origin', 'https://console.example.com')
      .send({})
      .expect(403);
  });
});
