// At debug log level, in token mode: no response, SSE frame, log line or error carries a token, a session cookie or secret
// data, through a key rotation, a refused cookie and a key file that turns bad.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { env, eventually, kubectl, testNamespace } from '../testing/cluster';
import { connectStream } from '../testing/sse-client';
import { adminToken, listen, restrictedToken, signIn, tokenApp } from '../testing/signed-in';
import { fileKeyring } from './session-keys';

process.env.BERTH_LOG_LEVEL = 'debug';
const keyFile = path.join(mkdtempSync(path.join(tmpdir(), 'berth-leak-keys-')), 'keys');
const [firstKey, secondKey, weakKey] = [32, 32, 16].map((n) => randomBytes(n).toString('base64')) as [
  string,
  string,
  string,
];
writeFileSync(keyFile, `${firstKey}\n`);
// The logger exists only once the app does; a bad re-read is logged through it.
const badReread: { log?: (message: string) => void } = {};
const { app, logs, logger } = tokenApp({ sessionKeys: fileKeyring(keyFile, (message) => badReread.log?.(message)) });
badReread.log = (message) => logger.error(message);
const namespace = testNamespace('bff-authleak');
const ns = `/api/namespaces/${namespace.name}`;
const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');
const password = 'Session-Leak-Pa55word!';
const appliedPassword = 'Applied-Leak-Pa55word!';
const wrongToken = 'wrong-token-0123456789abcdef';

/** What `kubectl apply` stores: the whole object, data included, in the last-applied-configuration annotation. */
function appliedSecret(): string {
  const config = JSON.stringify({
    auths: {
      'applied.example.com': { username: 'app', password: appliedPassword, auth: b64(`app:${appliedPassword}`) },
    },
  });
  return JSON.stringify({
    apiVersion: 'v1',
    kind: 'Secret',
    type: 'kubernetes.io/dockerconfigjson',
    metadata: { name: 'applied' },
    data: { '.dockerconfigjson': b64(config) },
  });
}

describe('no credential leaves the BFF in token mode', () => {
  beforeAll(namespace.create);
  afterAll(namespace.remove);

  it('holds for sign-in, every GET, the stream, errors, sign-out and the debug log', async () => {
    expect(logger.level).toBe('debug');
    const { server } = await listen(app);
    const admin = await signIn(server, adminToken());
    const restricted = await signIn(server, restrictedToken());
    const bodies: string[] = [];
    const cookies: string[] = [];
    const record = (res: { text: string; headers: Record<string, unknown> }) => {
      bodies.push(res.text, JSON.stringify({ ...res.headers, 'set-cookie': undefined }));
      cookies.push(...([] as string[]).concat((res.headers['set-cookie'] as string[] | undefined) ?? []));
    };
    record(
      await request(server)
        .post('/api/session')
        .set('Content-Type', 'application/json')
        .send({ token: wrongToken })
        .expect(401),
    );

    const registries = [{ server: 'leak.example.com', username: 'leaky', password }];
    record(
      await request(server).post(`${ns}/secrets`).set(admin.headers).send({ name: 'leak', registries }).expect(201),
    );
    await kubectl(['-n', namespace.name, 'apply', '-f', '-'], appliedSecret());
    const stream = connectStream(server, namespace.name, { Cookie: admin.cookie });
    await eventually('both secrets on the stream', () =>
      ['leak', 'applied'].every((n) => stream.messages.some((m) => m.kind === 'secret' && m.object.name === n))
        ? true
        : undefined,
    );
    for (const path of [
      '/api/session',
      '/api/cluster',
      '/api/namespaces',
      `${ns}/secrets`,
      `${ns}/secrets/leak`,
      `${ns}/secrets/applied`,
      `${ns}/permissions`,
    ]) {
      record(await request(server).get(path).set('Cookie', admin.cookie).expect(200));
    }
    record(await request(server).get(`${ns}/secrets`).set('Cookie', restricted.cookie).expect(403));
    record(
      await request(server).post(`${ns}/secrets`).set(admin.headers).send({ name: 'leak', registries }).expect(409),
    );
    record(
      await request(server).post(`${ns}/secrets`).set(admin.headers).send({ name: 'BAD', registries }).expect(422),
    );
    record(
      await request(server)
        .post(`${ns}/secrets`)
        .set({ ...admin.headers, 'X-CSRF-Token': 'forged' })
        .send({ name: 'x', registries })
        .expect(403),
    );
    record(await request(server).get(`${ns}/secrets`).set('Authorization', `Bearer ${adminToken()}`).expect(401));
    record(await request(server).delete('/api/session').set(restricted.headers).expect(204));
    record(await request(server).get(`${ns}/secrets`).set('Cookie', restricted.cookie).expect(401));
    const tampered = admin.cookie.replace(/\.(.)/, (_m, c: string) => `.${c === 'A' ? 'B' : 'A'}`);
    record(await request(server).get('/api/session').set('Cookie', tampered).expect(401));
    // A key file that turns bad is logged by file and line, never by key; then a rotation drops the admin's key.
    writeFileSync(keyFile, `${weakKey}\n`);
    // The keys are re-read when a request needs them, at most once a second.
    await eventually('the bad key file to be logged', async () => {
      record(await request(server).get('/api/session').set('Cookie', admin.cookie));
      return logs().includes(`${keyFile} line 1`) ? true : undefined;
    });
    writeFileSync(keyFile, `${secondKey}\n`);
    await eventually('the old key to go', async () => {
      const res = await request(server).get('/api/session').set('Cookie', admin.cookie);
      if (res.status !== 401) return undefined;
      record(res);
      return true;
    });
    stream.close();
    server.close();
    bodies.push(stream.raw());

    // Secret lists carry neither data nor the annotation that holds a copy of it.
    const secretAnswers = [...bodies, stream.raw()].join('\n');
    expect(secretAnswers).toContain('applied.example.com');
    expect(secretAnswers).not.toContain('last-applied-configuration');
    expect(secretAnswers).not.toMatch(/"data"\s*:/);

    const stored = JSON.parse(
      await kubectl(['-n', namespace.name, 'get', 'secret', 'leak', 'applied', '-o', 'json']),
    ) as { items: { data: Record<string, string> }[] };
    const configs = stored.items.map((s) => s.data['.dockerconfigjson'] ?? '');
    const forbidden = [
      adminToken(),
      restrictedToken(),
      wrongToken,
      admin.sessionId,
      restricted.sessionId,
      firstKey,
      secondKey,
      weakKey,
      ...cookies.map((line) => line.split(';')[0]?.split('=')[1] ?? ''),
      password,
      appliedPassword,
      env('BERTH_REGISTRY_PASSWORD'),
      b64(`leaky:${password}`),
      b64(`app:${appliedPassword}`),
      ...configs,
      ...configs.map((c) => Buffer.from(c, 'base64').toString('utf8')),
    ].filter((v) => v.length > 0);
    const logText = logs();
    expect(logText).toContain('/api/');
    for (const value of forbidden) {
      for (const body of bodies) expect(body).not.toContain(value);
      expect(logText).not.toContain(value);
    }
    // Cookies are the only place a session travels, sealed: no token in them either.
    expect(cookies.length).toBeGreaterThan(2);
    for (const token of [adminToken(), restrictedToken()])
      for (const line of cookies) expect(line).not.toContain(token);
    // The CSRF tokens are meant for the page, never for the log.
    for (const value of [admin.csrfToken, restricted.csrfToken]) expect(logText).not.toContain(value);
  });
});
