// Two tabs creating the same secret or Deployment at the same moment: exactly one wins, the other gets the duplicate message.
import request from 'supertest';
import { apiError } from '@berth/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testNamespace } from '../testing/cluster';
import { adminToken, signIn, tokenApp, type SignedIn } from '../testing/signed-in';

const namespace = testNamespace('bff-dup');
const { app } = tokenApp();
const ns = `/api/namespaces/${namespace.name}`;

describe('two tabs, one name', () => {
  let tabs: SignedIn[];
  beforeAll(async () => {
    await namespace.create();
    const session = await signIn(app, adminToken());
    tabs = [session, session];
  });
  afterAll(namespace.remove);

  it('creates a secret once and tells the other tab it already exists, every time', async () => {
    for (let round = 0; round < 10; round++) {
      const name = `twice-${round}`;
      const body = { name, registries: [{ server: 'r.example.com', username: 'u', password: 'p' }] };
      const answers = await Promise.all(
        tabs.map((tab) => request(app).post(`${ns}/secrets`).set(tab.headers).send(body)),
      );
      expect(answers.map((a) => a.status).sort()).toEqual([201, 409]);
      const refused = apiError.parse(answers.find((a) => a.status === 409)?.body);
      expect(refused.fields).toEqual([
        { path: 'name', message: `A secret named ${name} already exists in namespace ${namespace.name}` },
      ]);
    }
  });

  it('creates a Deployment once and tells the other tab it already exists', async () => {
    const body = { name: 'twice', replicas: 0, containers: [{ name: 'c', image: 'nginx' }] };
    const answers = await Promise.all(
      tabs.map((tab) => request(app).post(`${ns}/deployments`).set(tab.headers).send(body)),
    );
    expect(answers.map((a) => a.status).sort()).toEqual([201, 409]);
    expect(apiError.parse(answers.find((a) => a.status === 409)?.body).fields?.[0]?.path).toBe('name');
  });
});
