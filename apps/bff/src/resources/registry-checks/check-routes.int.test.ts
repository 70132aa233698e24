import request from 'supertest';
import { apiError, imageCheckResult, registryCheckResult } from '@berth/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { env, testApp, testNamespace } from '../../testing/cluster';

const json = { 'Content-Type': 'application/json' };
const namespace = testNamespace('bff-checks');
const { app } = testApp();
const login = () => ({
  server: env('BERTH_REGISTRY'),
  username: env('BERTH_REGISTRY_USERNAME'),
  password: env('BERTH_REGISTRY_PASSWORD'),
});

describe('registry checks', () => {
  it('accepts good credentials and names refused and unreachable ones', async () => {
    await request(app)
      .post('/api/registry-checks')
      .set(json)
      .send(login())
      .expect(200, { server: env('BERTH_REGISTRY'), outcome: 'ok' });
    const refused = await request(app)
      .post('/api/registry-checks')
      .set(json)
      .send({ ...login(), username: 'refused-user', password: 'nope' })
      .expect(200);
    const refusal = registryCheckResult.parse(refused.body);
    expect(refusal.outcome).toBe('unauthorized');
    expect(refusal.message).toContain('unauthorized');
    const unreachable = await request(app)
      .post('/api/registry-checks')
      .set(json)
      .send({ ...login(), server: '127.0.0.1:9' })
      .expect(200);
    expect(registryCheckResult.parse(unreachable.body).outcome).toBe('unreachable');
  });

  it('stops after five refusals for one registry and user, before the registry locks the account', async () => {
    const body = { ...login(), username: 'locked-out', password: 'wrong' };
    for (let i = 0; i < 5; i++) await request(app).post('/api/registry-checks').set(json).send(body).expect(200);
    const limited = await request(app).post('/api/registry-checks').set(json).send(body).expect(429);
    const error = apiError.parse(limited.body);
    expect(error).toMatchObject({ status: 429, reason: 'TooManyRequests' });
    expect(error.message).toContain('lock');
    // Another user on the same registry is not affected.
    await request(app).post('/api/registry-checks').set(json).send(login()).expect(200);
  });
});

describe('image checks', () => {
  beforeAll(async () => {
    await namespace.create();
    await request(app)
      .post(`/api/namespaces/${namespace.name}/secrets`)
      .set(json)
      .send({ name: 'test', registries: [login()] })
      .expect(201);
    await request(app)
      .post(`/api/namespaces/${namespace.name}/secrets`)
      .set(json)
      .send({ name: 'elsewhere', registries: [{ server: 'other.example.com', username: 'x', password: 'y' }] })
      .expect(201);
  });
  afterAll(namespace.remove);
  const check = (body: object) =>
    request(app).post(`/api/namespaces/${namespace.name}/image-checks`).set(json).send(body);

  it('names the secret and key the kubelet would use, and whether it can pull', async () => {
    const image = `${env('BERTH_REGISTRY')}/janedoe/awesomeapp:v1`;
    const res = await check({ image, imagePullSecrets: ['elsewhere', 'missing', 'test'] }).expect(200);
    const result = imageCheckResult.parse(res.body);
    expect(result.digest).toMatch(/^sha256:/);
    expect(result).toMatchObject({
      image,
      registry: env('BERTH_REGISTRY'),
      repository: 'janedoe/awesomeapp',
      reference: 'v1',
      credential: { secret: 'test', key: env('BERTH_REGISTRY'), username: env('BERTH_REGISTRY_USERNAME') },
      outcome: 'ok',
    });
    expect(JSON.stringify(res.body)).not.toContain(env('BERTH_REGISTRY_PASSWORD'));
  });

  it('pulls anonymously without a matching secret, and reports missing tags', async () => {
    const anonymous = await check({
      image: `${env('BERTH_REGISTRY')}/janedoe/awesomeapp:v1`,
      imagePullSecrets: ['elsewhere'],
    }).expect(200);
    expect(imageCheckResult.parse(anonymous.body).credential).toBeUndefined();
    expect(imageCheckResult.parse(anonymous.body).outcome).toBe('unauthorized');
    const missing = await check({
      image: `${env('BERTH_REGISTRY')}/janedoe/awesomeapp:v404`,
      imagePullSecrets: ['test'],
    }).expect(200);
    expect(imageCheckResult.parse(missing.body).outcome).toBe('not-found');
  });

  it('rejects an image reference the kubelet would not accept', async () => {
    const res = await check({ image: 'Upper/Case', imagePullSecrets: [] }).expect(422);
    expect(apiError.parse(res.body).fields?.[0]?.path).toBe('image');
  });
});
