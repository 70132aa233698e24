// Issue 14: what a registry or token server says never reaches the browser with a credential in it. The hostile servers
// echo every header and body they receive into their error messages; both modes, both checks.
import { randomBytes } from 'node:crypto';
import request from 'supertest';
import type { Express } from 'express';
import { apiError, imageCheckResult, registryCheckResult } from '@berth/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { echoRegistry, hostileHost, type EchoRegistry } from '../../testing/hostile-registry';
import { testApp, testNamespace } from '../../testing/cluster';
import { restrictedToken, signIn, tokenApp } from '../../testing/signed-in';

interface Mode {
  app: Express;
  headers: Record<string, string>;
  namespace: string;
  cleanUp: () => Promise<void>;
}

const modes: [string, () => Promise<Mode>][] = [
  [
    'single-user',
    async () => {
      const namespace = testNamespace('bff-scrub');
      await namespace.create();
      return {
        app: testApp().app,
        headers: { 'Content-Type': 'application/json' },
        namespace: namespace.name,
        cleanUp: namespace.remove,
      };
    },
  ],
  [
    'sign-in',
    async () => {
      const app = tokenApp({ registryAllow: [`${hostileHost}/32`] }).app;
      const user = await signIn(app, restrictedToken());
      return { app, headers: user.headers, namespace: 'team-a', cleanUp: () => Promise.resolve() };
    },
  ],
];

/** Every form of the login's secrets that must never be in an answer. */
function forbidden(username: string, password: string, token: string): string[] {
  const auth = Buffer.from(`${username}:${password}`).toString('base64');
  return [
    password,
    auth,
    auth.replace(/=+$/, ''),
    Buffer.from(`${username}:${password}`).toString('base64url'),
    `Basic ${auth}`,
    token,
  ];
}

function expectClean(body: unknown, secrets: readonly string[]): void {
  const text = JSON.stringify(body);
  for (const secret of secrets) expect(text, `the answer holds ${secret}`).not.toContain(secret);
}

describe.each(modes)('registry and token server text in %s mode', (_mode, start) => {
  let mode: Mode;
  const registries: EchoRegistry[] = [];
  beforeAll(async () => {
    mode = await start();
  });
  afterAll(async () => {
    await Promise.all(registries.map((r) => r.close()));
    await mode.cleanUp();
  });

  /** An echoing registry for this test, closed after the file. */
  const hostileRegistry = async (tokenMode: 'echo' | 'token') => {
    const hostile = await echoRegistry(tokenMode);
    registries.push(hostile);
    return hostile;
  };
  const login = () => ({
    username: `scrub-${randomBytes(4).toString('hex')}`,
    password: `pw-${randomBytes(12).toString('base64')}`,
  });

  it.each(['echo', 'token'] as const)(
    'a credential check against a %s token server answers without the credentials or the token',
    async (tokenMode) => {
      const hostile = await hostileRegistry(tokenMode);
      const { username, password } = login();
      const res = await request(mode.app)
        .post('/api/registry-checks')
        .set(mode.headers)
        .send({ server: hostile.registry.address, username, password })
        .expect(200);
      const result = registryCheckResult.parse(res.body);
      // The servers did receive them, and did echo them: the answer is what was scrubbed.
      const echoedTo = tokenMode === 'echo' ? hostile.tokenServer : hostile.registry;
      expect(echoedTo.received.some((r) => r.headers.authorization !== undefined)).toBe(true);
      expect(result.outcome).toBe('unauthorized');
      expect(result.message).toMatch(/^unauthorized: echo GET/);
      expect(result.message?.length).toBeLessThanOrEqual(300);
      expectClean(res.body, forbidden(username, password, hostile.token));
    },
  );

  it.each(['echo', 'token'] as const)(
    'an image check with a stored pull secret (%s token server) never shows its auth, password or token',
    async (tokenMode) => {
      const hostile = await hostileRegistry(tokenMode);
      const { username, password } = login();
      const name = `scrub-${tokenMode}-${randomBytes(3).toString('hex')}`;
      const secrets = `/api/namespaces/${mode.namespace}/secrets`;
      await request(mode.app)
        .post(secrets)
        .set(mode.headers)
        .send({ name, registries: [{ server: hostile.registry.address, username, password }] })
        .expect(201);
      try {
        const res = await request(mode.app)
          .post(`/api/namespaces/${mode.namespace}/image-checks`)
          .set(mode.headers)
          .send({ image: `${hostile.registry.address}/janedoe/awesomeapp:v1`, imagePullSecrets: [name] })
          .expect(200);
        const result = imageCheckResult.parse(res.body);
        expect(result).toMatchObject({ outcome: 'unauthorized', credential: { secret: name, username } });
        expect(result.message).toMatch(/echo GET/);
        expectClean(res.body, forbidden(username, password, hostile.token));
      } finally {
        await request(mode.app).delete(`${secrets}/${name}`).set(mode.headers).expect(204);
      }
    },
  );

  it.each(['echo', 'token'] as const)(
    'browsing a registry with a stored pull secret (%s token server) never shows its auth, password or token',
    async (tokenMode) => {
      const hostile = await hostileRegistry(tokenMode);
      const { username, password } = login();
      const name = `scrub-browse-${tokenMode}-${randomBytes(3).toString('hex')}`;
      const secrets = `/api/namespaces/${mode.namespace}/secrets`;
      await request(mode.app)
        .post(secrets)
        .set(mode.headers)
        .send({ name, registries: [{ server: hostile.registry.address, username, password }] })
        .expect(201);
      try {
        const browse = `/api/namespaces/${mode.namespace}/registry`;
        for (const [path, query] of [
          ['repositories', { registry: hostile.registry.address, credentials: name }],
          ['tags', { image: `${hostile.registry.address}/janedoe/awesomeapp`, credentials: name }],
        ] as const) {
          const res = await request(mode.app).get(`${browse}/${path}`).query(query).set(mode.headers).expect(502);
          const error = apiError.parse(res.body);
          expect(error.reason).toBe('RegistryUnauthorized');
          expect(error.message).toMatch(/echo GET/);
          expectClean(res.body, forbidden(username, password, hostile.token));
        }
      } finally {
        await request(mode.app).delete(`${secrets}/${name}`).set(mode.headers).expect(204);
      }
    },
  );
});
