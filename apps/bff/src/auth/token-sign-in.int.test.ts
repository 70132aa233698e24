// Token mode against the real API server: sign-in checks the token, sessions live server-side, and nothing works without one.
import request from 'supertest';
import { apiError, sessionInfo } from '@berth/contracts';
import { describe, expect, it } from 'vitest';
import { eventually } from '../testing/cluster';
import { routeTable } from '../testing/route-table';
import { listenTls } from '../testing/self-signed';
import { connectStream } from '../testing/sse-client';
import { adminToken, listen, restrictedToken, signIn, tokenApp } from '../testing/signed-in';

const json = { 'Content-Type': 'application/json' };
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('sign-in with a bearer token', () => {
  it('checks the token with the API server and names the user it saw', async () => {
    const { app } = tokenApp();
    const admin = await signIn(app, adminToken());
    expect(admin.username).toBe('berth-admin');
    const restricted = await signIn(app, restrictedToken());
    expect(restricted.username).toBe('berth-restricted');
    const info = sessionInfo.parse(
      (await request(app).get('/api/session').set('Cookie', restricted.cookie).expect(200)).body,
    );
    expect(info).toEqual({ mode: 'token', username: 'berth-restricted', csrfToken: restricted.csrfToken });
    expect(admin.sessionId).not.toBe(restricted.sessionId);
  });

  it('answers 401 to a token the API server does not accept, and 422 to no token', async () => {
    const { app } = tokenApp();
    const res = await request(app).post('/api/session').set(json).send({ token: 'not-a-real-token' }).expect(401);
    expect(apiError.parse(res.body).message).toBe('The Kubernetes API server does not accept this token');
    expect(res.headers['set-cookie']).toBeUndefined();
    await request(app).post('/api/session').set(json).send({ token: '' }).expect(422);
    await request(app).post('/api/session').set(json).send({}).expect(422);
  });

  it('sets an HttpOnly, SameSite=Strict, Path=/ cookie holding the session sealed, under 4 KB', async () => {
    const { app } = tokenApp();
    const res = await request(app).post('/api/session').set(json).send({ token: adminToken() }).expect(201);
    const cookie = String(res.headers['set-cookie']);
    expect(cookie).toMatch(/^berth-session=v1\.[A-Za-z0-9_.-]+;/);
    expect(cookie.length).toBeLessThan(4096);
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('SameSite=Strict');
    expect(cookie).toContain('Path=/');
    expect(cookie).not.toContain(adminToken());
    expect(res.text).not.toContain(adminToken());
  });

  it('refuses a token too long for a browser cookie with 422 on token, before asking the API server', async () => {
    const { app, logs } = tokenApp();
    const long = await request(app)
      .post('/api/session')
      .set(json)
      .send({ token: 'x'.repeat(2_900) })
      .expect(422);
    expect(apiError.parse(long.body).fields).toEqual([
      { path: 'token', message: expect.stringContaining('too long to keep in a browser session cookie') as string },
    ]);
    expect(long.headers['set-cookie']).toBeUndefined();
    // A token that fits is asked about: the API server refuses this one.
    await request(app)
      .post('/api/session')
      .set(json)
      .send({ token: 'x'.repeat(2_400) })
      .expect(401);
    expect(logs()).not.toContain('x'.repeat(100));
  });

  it('answers 401 on every /api route but health and sign-in without a valid session', async () => {
    const { app } = tokenApp();
    const open = ['GET /api/healthz', 'GET /api/readyz', 'POST /api/session'];
    const routes = routeTable(app).filter((r) => r.path.startsWith('/api') && !open.includes(`${r.method} ${r.path}`));
    expect(routes.length).toBeGreaterThanOrEqual(18);
    for (const cookie of [undefined, 'berth-session=forged-session-id', 'berth-session=v1.AAAAAAAA.AAAA.AAAA.AAAA']) {
      for (const { method, path } of routes) {
        const verb = method.toLowerCase() as 'get';
        const test = request(app)[verb](path.replace(':ns', 'default').replace(':name', 'x')).set(json);
        if (cookie) test.set('Cookie', cookie);
        const res = await test.send(method === 'GET' ? undefined : '{}');
        expect(res.status, `${method} ${path} with ${cookie ?? 'no cookie'}`).toBe(401);
      }
    }
    await request(app).get('/api/healthz').expect(200);
    await request(app).get('/api/readyz').expect(200);
    await request(app).get('/api/no-such-route').expect(401);
  });

  it('refuses the signed-out cookie on this replica, so the old cookie is dead', async () => {
    const { app } = tokenApp();
    const user = await signIn(app, adminToken());
    await request(app).get('/api/namespaces').set('Cookie', user.cookie).expect(200);
    const out = await request(app).delete('/api/session').set(user.headers).expect(204);
    expect(String(out.headers['set-cookie'])).toMatch(/berth-session=;.*Expires=Thu, 01 Jan 1970/);
    await request(app).get('/api/namespaces').set('Cookie', user.cookie).expect(401);
    await request(app).get('/api/session').set('Cookie', user.cookie).expect(401);
  });

  it('answers sign-out with the clearing cookie only, even when the request would have re-sealed it', async () => {
    const { app } = tokenApp({ timeouts: { idleMs: 400, absoluteMs: 10_000 } });
    const user = await signIn(app, adminToken());
    await sleep(150);
    const out = await request(app).delete('/api/session').set(user.headers).expect(204);
    const cookies = ([] as string[]).concat(out.headers['set-cookie'] ?? []);
    expect(cookies).toHaveLength(1);
    expect(cookies[0]).toMatch(/^berth-session=;.*Expires=Thu, 01 Jan 1970/);
  });

  it("replaces the browser's previous session on a new sign-in", async () => {
    const { app } = tokenApp();
    const first = await signIn(app, adminToken());
    const res = await request(app)
      .post('/api/session')
      .set(json)
      .set('Cookie', first.cookie)
      .send({ token: restrictedToken() })
      .expect(201);
    const second = String(res.headers['set-cookie']).split(';')[0] ?? '';
    await request(app).get('/api/session').set('Cookie', first.cookie).expect(401);
    await request(app).get('/api/session').set('Cookie', second).expect(200);
  });

  it('ends an open stream once its session is signed out', { timeout: 40_000 }, async () => {
    const { app } = tokenApp();
    const { server } = await listen(app);
    const user = await signIn(server, adminToken());
    const stream = connectStream(server, 'default', { Cookie: user.cookie });
    await eventually('the stream to open', () => (stream.raw().includes('retry:') ? true : undefined));
    await request(server).delete('/api/session').set(user.headers).expect(204);
    await eventually('the stream to end at its next heartbeat', () => (stream.ended() ? true : undefined), 30_000);
    server.close();
  });

  it('ends idle sessions and sessions past the absolute limit', async () => {
    const { app } = tokenApp({ timeouts: { idleMs: 400, absoluteMs: 1_500 } });
    const idle = await signIn(app, adminToken());
    await sleep(600);
    await request(app).get('/api/session').set('Cookie', idle.cookie).expect(401);

    // As a browser does, each answer's re-sealed cookie replaces the one before: idle expiry lives in the cookie.
    let busy = (await signIn(app, adminToken())).cookie;
    const started = Date.now();
    while (Date.now() - started < 1_300) {
      const res = await request(app).get('/api/session').set('Cookie', busy).expect(200);
      busy = String(res.headers['set-cookie'] ?? busy).split(';')[0] ?? busy;
      await sleep(200);
    }
    await sleep(400);
    await request(app).get('/api/session').set('Cookie', busy).expect(401);
  });

  it('over TLS uses a __Host- cookie marked Secure', async () => {
    const { app } = tokenApp();
    const { server, url, ca } = await listenTls(app);
    try {
      const res = await request(url).post('/api/session').ca(ca).set(json).send({ token: adminToken() }).expect(201);
      const cookie = String(res.headers['set-cookie']);
      expect(cookie).toMatch(/^__Host-berth-session=v1\.[A-Za-z0-9_.-]+;/);
      expect(cookie).toContain('Secure');
      expect(cookie).toContain('Path=/');
      expect(cookie).not.toContain('Domain');
    } finally {
      server.close();
    }
  });
});
