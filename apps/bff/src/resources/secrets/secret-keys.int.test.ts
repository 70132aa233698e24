import request from 'supertest';
import { apiError, secretKeys } from '@berth/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { kubectl, testApp, testNamespace } from '../../testing/cluster';

const namespace = testNamespace('services-secret-keys');
const { app } = testApp();
const password = 'Pa55word-that-must-stay-home';

describe('GET secrets/:name/keys', () => {
  beforeAll(namespace.create);
  afterAll(namespace.remove);

  it('names the data keys of a Secret for the env picker, never a value', async () => {
    await kubectl([
      'create',
      'secret',
      'generic',
      'db',
      '-n',
      namespace.name,
      `--from-literal=password=${password}`,
      `--from-literal=user=${password}-user`,
    ]);
    const res = await request(app).get(`/api/namespaces/${namespace.name}/secrets/db/keys`).expect(200);
    expect(secretKeys.parse(res.body)).toEqual({ keys: ['password', 'user'] });
    for (const shown of [
      password,
      Buffer.from(password).toString('base64'),
      Buffer.from(`${password}-user`).toString('base64'),
    ])
      expect(res.text).not.toContain(shown);
  });

  it('answers 404 naming the secret that does not exist', async () => {
    const res = await request(app).get(`/api/namespaces/${namespace.name}/secrets/nope/keys`).expect(404);
    expect(apiError.parse(res.body).message).toBe(`No secret named nope in namespace ${namespace.name}`);
  });
});
