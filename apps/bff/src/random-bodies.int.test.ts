// Whatever a client sends, the BFF answers 2xx or 4xx: random bodies (fast-check) against the real cluster.
import fc from 'fast-check';
import request from 'supertest';
import { registryEntry } from './testing/arbitraries';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiError } from '@berth/contracts';
import { testApp, testNamespace } from './testing/cluster';

const json = { 'Content-Type': 'application/json' };
const namespace = testNamespace('bff-random');
const { app } = testApp();
const ns = `/api/namespaces/${namespace.name}`;

const name = fc.oneof(fc.constantFrom('ok', 'Bad_Name', '', 'a'.repeat(300), 'x.y'), fc.string({ maxLength: 20 }));
const text = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.constantFrom('', 'r.example.com', 'localhost:5000', 'https://index.docker.io/v1/'),
);
const noise = fc.oneof(fc.anything({ maxDepth: 3 }), fc.constant(null), fc.integer(), fc.string({ maxLength: 10 }));
const registry = registryEntry(text, noise);
const secretBody = fc.oneof(
  fc.record(
    {
      name: fc.oneof(name, noise),
      namespace: fc.oneof(fc.constant(namespace.name), text),
      registries: fc.oneof(fc.array(registry, { maxLength: 3 }), noise),
    },
    { requiredKeys: [] },
  ),
  fc.record(
    { name: fc.oneof(name, noise), configJson: fc.oneof(fc.json({ maxDepth: 3 }), text, noise) },
    { requiredKeys: [] },
  ),
  noise,
);
const container = fc.record(
  {
    name: fc.oneof(name, noise),
    image: fc.oneof(text, noise),
    tag: fc.oneof(text, noise),
    imagePullPolicy: fc.oneof(fc.constantFrom('Always', 'IfNotPresent', 'Never'), noise),
  },
  { requiredKeys: [] },
);
const deploymentBody = fc.oneof(
  fc.record(
    {
      name: fc.oneof(name, noise),
      replicas: fc.oneof(fc.integer({ min: -5, max: 2000 }), noise),
      containers: fc.oneof(fc.array(container, { maxLength: 2 }), noise),
      imagePullSecrets: fc.oneof(fc.array(name, { maxLength: 2 }), noise),
    },
    { requiredKeys: [] },
  ),
  fc.record({ manifest: fc.oneof(fc.json({ maxDepth: 4 }), fc.string({ maxLength: 200 }), noise) }),
  noise,
);
const patchBody = fc.oneof(
  fc.record(
    {
      replicas: fc.oneof(fc.integer({ min: -5, max: 2000 }), noise),
      image: fc.oneof(
        fc.record({ container: fc.oneof(name, noise), image: fc.oneof(text, noise) }, { requiredKeys: [] }),
        noise,
      ),
      imagePullSecrets: fc.oneof(fc.array(name, { maxLength: 2 }), noise),
    },
    { requiredKeys: [] },
  ),
  noise,
);

async function neverFails(
  method: 'post' | 'put' | 'patch',
  path: string,
  body: fc.Arbitrary<unknown>,
  numRuns = 100,
): Promise<void> {
  await fc.assert(
    fc.asyncProperty(body, fc.boolean(), async (value, dryRun) => {
      const agent = request(app);
      const res = await agent[method](`${path}${dryRun ? '?dryRun=true' : ''}`)
        .set(json)
        .send(JSON.stringify(value) ?? 'null');
      expect(res.status, `${method} ${path} ${res.text}`).toBeLessThan(500);
      if (res.status >= 400) expect(apiError.parse(res.body).status).toBe(res.status);
    }),
    { numRuns },
  );
}

describe('random bodies never get a 5xx', () => {
  beforeAll(async () => {
    await namespace.create();
    await request(app)
      .post(`${ns}/secrets`)
      .set(json)
      .send({ name: 'target', registries: [{ server: 'r.example.com', username: 'u', password: 'p' }] })
      .expect(201);
    await request(app)
      .post(`${ns}/deployments`)
      .set(json)
      .send({ name: 'target', replicas: 0, containers: [{ name: 'c', image: 'nginx' }] })
      .expect(201);
  });
  afterAll(namespace.remove);

  it('POST secrets', () => neverFails('post', `${ns}/secrets`, secretBody));
  it('PUT secrets/:name', () =>
    neverFails(
      'put',
      `${ns}/secrets/target`,
      fc.oneof(fc.record({ registries: fc.oneof(fc.array(registry, { maxLength: 3 }), noise) }), noise),
    ));
  it('POST deployments', () => neverFails('post', `${ns}/deployments`, deploymentBody));
  it('PATCH deployments/:name', () => neverFails('patch', `${ns}/deployments/target`, patchBody));
  it('POST registry-checks', () =>
    neverFails(
      'post',
      '/api/registry-checks',
      fc.oneof(
        fc.record(
          { server: fc.constantFrom('', '127.0.0.1:9', 'Bad Host'), username: text, password: text },
          { requiredKeys: [] },
        ),
        noise,
      ),
      30,
    ));
  it('POST image-checks', () =>
    neverFails(
      'post',
      `${ns}/image-checks`,
      fc.oneof(
        fc.record(
          {
            image: fc.oneof(fc.constantFrom('127.0.0.1:9/a/b', 'UPPER', ''), noise),
            imagePullSecrets: fc.oneof(fc.array(name, { maxLength: 2 }), noise),
          },
          { requiredKeys: [] },
        ),
        noise,
      ),
      30,
    ));
});
