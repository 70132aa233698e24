// Issue 19: the local cluster's three registries browsed through the BFF with pull secrets read as the request's identity.
import request from 'supertest';
import {
  apiError,
  catalogRefusedReason,
  imageCheckResult,
  registryRepositoryList,
  registryTagList,
} from '@berth/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { env, testApp, testNamespace } from '../../testing/cluster';
import { hostileServer, type HostileServer } from '../../testing/hostile-registry';
import { restrictedToken, signIn, tokenApp } from '../../testing/signed-in';

const json = { 'Content-Type': 'application/json' };
const namespace = testNamespace('br-browse');
const { app, logs } = testApp();
const wrongPassword = `wrong-${Date.now()}-password`;
const mirror = () => env('BERTH_MIRROR').replace(/^docker\.io=https?:\/\//, '');
const hostile: HostileServer[] = [];

const secret = (name: string, server: string, username: string, password: string) =>
  request(app)
    .post(`/api/namespaces/${namespace.name}/secrets`)
    .set(json)
    .send({ name, registries: [{ server, username, password }] })
    .expect(201);
const repositories = (query: Record<string, string>) =>
  request(app).get(`/api/namespaces/${namespace.name}/registry/repositories`).query(query);
const tags = (query: Record<string, string>) =>
  request(app).get(`/api/namespaces/${namespace.name}/registry/tags`).query(query);

beforeAll(async () => {
  await namespace.create();
  await secret('private', env('BERTH_REGISTRY'), env('BERTH_REGISTRY_USERNAME'), env('BERTH_REGISTRY_PASSWORD'));
  await secret('private-wrong', env('BERTH_REGISTRY'), 'wrong-user', wrongPassword);
  await secret(
    'token',
    env('BERTH_TOKEN_REGISTRY'),
    env('BERTH_TOKEN_REGISTRY_USERNAME'),
    env('BERTH_TOKEN_REGISTRY_PASSWORD'),
  );
  await secret('elsewhere', 'other.example.com', 'x', 'y');
});
afterAll(async () => {
  await Promise.all(hostile.map((s) => s.close()));
  await namespace.remove();
});

describe('GET registry/repositories and registry/tags', () => {
  it('lists the htpasswd registry with the secret the kubelet would pick, and no password in the answer', async () => {
    const res = await repositories({
      registry: env('BERTH_REGISTRY'),
      credentials: 'elsewhere,missing,private',
    }).expect(200);
    const list = registryRepositoryList.parse(res.body);
    expect(list.items).toContain('janedoe/awesomeapp');
    expect(list.credential).toEqual({
      secret: 'private',
      key: env('BERTH_REGISTRY'),
      username: env('BERTH_REGISTRY_USERNAME'),
    });
    const tagList = registryTagList.parse(
      (await tags({ image: `${env('BERTH_REGISTRY')}/janedoe/awesomeapp:v9`, credentials: 'private' }).expect(200))
        .body,
    );
    expect(tagList).toMatchObject({ repository: 'janedoe/awesomeapp', items: ['v1', 'v2'], truncated: false });
    expect(JSON.stringify([res.body, tagList])).not.toContain(env('BERTH_REGISTRY_PASSWORD'));
  });

  it('says plainly that the token registry keeps its catalog closed, and still lists its tags', async () => {
    const refused = await repositories({ registry: env('BERTH_TOKEN_REGISTRY'), credentials: 'token' }).expect(502);
    expect(apiError.parse(refused.body)).toMatchObject({
      reason: catalogRefusedReason,
      message: 'This registry does not list its repositories; type a repository to see its tags',
    });
    const list = registryTagList.parse(
      (await tags({ image: `${env('BERTH_TOKEN_REGISTRY')}/janedoe/awesomeapp`, credentials: 'token' }).expect(200))
        .body,
    );
    expect(list).toMatchObject({ items: ['v1'], credential: { secret: 'token' } });
  });

  it('browses the docker.io mirror anonymously, and refuses Docker Hub itself without asking it', async () => {
    const list = registryRepositoryList.parse((await repositories({ registry: mirror() }).expect(200)).body);
    expect(list.items).toContain('library/nginx');
    expect(list.credential).toBeUndefined();
    expect(registryTagList.parse((await tags({ image: `${mirror()}/library/nginx` }).expect(200)).body).items).toEqual([
      'latest',
    ]);
    const hub = await repositories({ registry: 'docker.io' }).expect(502);
    expect(apiError.parse(hub.body).reason).toBe(catalogRefusedReason);
  });

  it('names refused credentials without the password, in the answer or the log', async () => {
    const res = await repositories({ registry: env('BERTH_REGISTRY'), credentials: 'private-wrong' }).expect(502);
    expect(apiError.parse(res.body)).toMatchObject({ reason: 'RegistryUnauthorized' });
    const tagRes = await tags({ image: `${env('BERTH_REGISTRY')}/janedoe/awesomeapp`, credentials: 'private-wrong' });
    expect(tagRes.status).toBe(502);
    expect(JSON.stringify([res.body, tagRes.body])).not.toContain(wrongPassword);
    expect(logs()).not.toContain(wrongPassword);
  });

  it('refuses a next-page link that leads to another host, which gets no request', async () => {
    const elsewhere = await hostileServer((_request, response) => response.writeHead(200).end('{"repositories":[]}'));
    const linking = await hostileServer((_request, response) =>
      response
        .writeHead(200, {
          'content-type': 'application/json',
          link: `<http://${elsewhere.address}/v2/_catalog?last=a>; rel="next"`,
        })
        .end('{"repositories":["a/b"]}'),
    );
    hostile.push(elsewhere, linking);
    const res = await repositories({ registry: linking.address }).expect(502);
    expect(apiError.parse(res.body)).toMatchObject({ reason: 'RegistryBlocked' });
    expect(apiError.parse(res.body).message).toContain(elsewhere.address);
    expect(elsewhere.received).toEqual([]);
  });

  it('validates the query: a registry address, pull secret names, an image reference', async () => {
    for (const [path, query] of [
      ['repositories', { registry: 'http://x.example.com/path' }],
      ['repositories', { registry: 'x.example.com', credentials: '../default' }],
      ['tags', { image: 'Upper/Case' }],
    ] as const) {
      const res = await request(app).get(`/api/namespaces/${namespace.name}/registry/${path}`).query(query).expect(422);
      expect(apiError.parse(res.body).reason).toBe('Invalid');
    }
  });
});

describe('the image check on a missing tag', () => {
  it('lists the tags that do exist, and none when the repository itself is unknown', async () => {
    const check = (image: string) =>
      request(app)
        .post(`/api/namespaces/${namespace.name}/image-checks`)
        .set(json)
        .send({ image, imagePullSecrets: ['private'] })
        .expect(200);
    const missingTag = imageCheckResult.parse((await check(`${env('BERTH_REGISTRY')}/janedoe/awesomeapp:v404`)).body);
    expect(missingTag).toMatchObject({ outcome: 'not-found', existingTags: ['v1', 'v2'] });
    const missingRepository = imageCheckResult.parse((await check(`${env('BERTH_REGISTRY')}/janedoe/nothing:v1`)).body);
    expect(missingRepository.outcome).toBe('not-found');
    expect(missingRepository.existingTags).toBeUndefined();
  });
});

describe('signed in as a restricted user', () => {
  it('reads the pull secrets as that user: a namespace they cannot read secrets in answers 403', async () => {
    const signedIn = tokenApp().app;
    const user = await signIn(signedIn, restrictedToken());
    const res = await request(signedIn)
      .get(`/api/namespaces/${namespace.name}/registry/repositories`)
      .set(user.headers)
      .query({ registry: env('BERTH_REGISTRY'), credentials: 'private' });
    expect(res.status).toBe(403);
    expect(JSON.stringify(res.body)).not.toContain(env('BERTH_REGISTRY_PASSWORD'));
  });
});
