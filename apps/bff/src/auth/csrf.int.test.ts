// CSRF in token mode: every unsafe route, enumerated from the router, refuses a missing, altered or foreign token.
import request from 'supertest';
import { apiError, csrfHeader } from '@berth/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testNamespace } from '../testing/cluster';
import { routeTable } from '../testing/route-table';
import { adminToken, signIn, tokenApp, type SignedIn } from '../testing/signed-in';

const namespace = testNamespace('bff-csrf');
const { app } = tokenApp();
const unsafe = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
// Sign-in itself cannot carry a session's token; Origin, Sec-Fetch-Site and the JSON-only rule guard it.
const exempt = ['POST /api/session'];
const concrete = (path: string) => path.replace(':ns', namespace.name).replace(':name', 'csrf-target');
const unsafeRoutes = () =>
  routeTable(app).filter((r) => unsafe.has(r.method) && !exempt.includes(`${r.method} ${r.path}`));

function send(method: string, path: string, headers: Record<string, string>) {
  const test = request(app)[method.toLowerCase() as 'post' | 'put' | 'patch' | 'delete'](concrete(path));
  for (const [name, value] of Object.entries(headers)) test.set(name, value);
  return test.send('{}');
}

describe('CSRF protection in token mode', () => {
  let user: SignedIn;
  let other: SignedIn;
  beforeAll(async () => {
    await namespace.create();
    user = await signIn(app, adminToken());
    other = await signIn(app, adminToken());
  });
  afterAll(namespace.remove);

  it('finds every unsafe route in the router, and sign-in is the only exemption', () => {
    const listed = routeTable(app).map((r) => `${r.method} ${r.path}`);
    for (const route of [
      'POST /api/namespaces/:ns/secrets',
      'PUT /api/namespaces/:ns/secrets/:name',
      'DELETE /api/namespaces/:ns/secrets/:name',
      'POST /api/namespaces/:ns/deployments',
      'PATCH /api/namespaces/:ns/deployments/:name',
      'DELETE /api/namespaces/:ns/deployments/:name',
      'POST /api/registry-checks',
      'POST /api/namespaces/:ns/image-checks',
      'DELETE /api/session',
      ...exempt,
    ]) {
      expect(listed).toContain(route);
    }
  });

  it('answers 403 to a missing, altered or other-session token on every unsafe route', async () => {
    const routes = unsafeRoutes();
    expect(routes.length).toBeGreaterThanOrEqual(9);
    const altered = `${user.csrfToken.slice(0, -2)}${user.csrfToken.endsWith('AA') ? 'BB' : 'AA'}`;
    for (const { method, path } of routes) {
      const base = { Cookie: user.cookie, 'Content-Type': 'application/json' };
      for (const [why, headers] of [
        ['missing', base],
        ['altered', { ...base, [csrfHeader]: altered }],
        ['other session', { ...base, [csrfHeader]: other.csrfToken }],
        ['empty', { ...base, [csrfHeader]: '' }],
      ] as const) {
        const res = await send(method, path, headers);
        expect(res.status, `${method} ${path} with a ${why} token`).toBe(403);
        expect(apiError.parse(res.body).message).toContain('CSRF');
      }
    }
  });

  it('lets the right token through on every unsafe route (so the 403s above are the CSRF check)', async () => {
    for (const { method, path } of unsafeRoutes()) {
      const session = path === '/api/session' ? await signIn(app, adminToken()) : user;
      const res = await send(method, path, session.headers);
      expect(res.status, `${method} ${path}`).not.toBe(403);
      expect(res.status, `${method} ${path}`).not.toBe(401);
    }
  });

  it('refuses a cross-site Origin or Sec-Fetch-Site, the stream included', async () => {
    const ns = `/api/namespaces/${namespace.name}`;
    for (const [header, value] of [
      ['Origin', 'https://evil.example'],
      ['Sec-Fetch-Site', 'cross-site'],
    ] as const) {
      await request(app).post(`${ns}/secrets`).set(user.headers).set(header, value).send('{}').expect(403);
      await request(app).get(`${ns}/stream`).set('Cookie', user.cookie).set(header, value).expect(403);
    }
    await request(app).get(`${ns}/secrets`).set('Cookie', user.cookie).set('Sec-Fetch-Site', 'same-origin').expect(200);
  });

  it('answers 415 to text/plain, form and multipart bodies', async () => {
    const path = `/api/namespaces/${namespace.name}/secrets`;
    const withSession = { Cookie: user.cookie, [csrfHeader]: user.csrfToken };
    await request(app).post(path).set(withSession).set('Content-Type', 'text/plain').send('{"name":"x"}').expect(415);
    await request(app).post(path).set(withSession).type('form').send({ name: 'x' }).expect(415);
    await request(app).post(path).set(withSession).field('name', 'x').expect(415);
  });

  it('answers 413 to a body over 1 MiB before any handler runs, signed in or not', async () => {
    const path = `/api/namespaces/${namespace.name}/secrets`;
    const big = JSON.stringify({ name: 'too-big', configJson: 'a'.repeat(1024 * 1024 + 1) });
    await request(app).post(path).set(user.headers).send(big).expect(413);
    // Without a session too: the body limit applies before the session check or any route.
    await request(app).post(path).set('Content-Type', 'application/json').send(big).expect(413);
    await request(app).get(`${path}/too-big`).set('Cookie', user.cookie).expect(404);
  });
});
