// No route and no log line may carry a password, base64(user:pass) or the stored .dockerconfigjson.
import { CoreV1Api } from '@kubernetes/client-node';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminKubeConfig, env, eventually, kubectlCreateSecret, testApp, testNamespace } from './testing/cluster';
import { connectStream } from './testing/sse-client';

const json = { 'Content-Type': 'application/json' };
const namespace = testNamespace('bff-leak');
const { app, logs } = testApp();
const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');
const password = 'Leak-Test-Pa55word!';
const kubectlPassword = 'Kubectl-Leak-Pa55word!';

describe('secret values never leave the BFF', () => {
  const forbidden: string[] = [];
  const bodies: string[] = [];
  const ns = `/api/namespaces/${namespace.name}`;
  /** Sends `body` as JSON, expects `status`, and keeps the answer's text for the final scan. */
  const keepAnswer = async (method: 'post' | 'put', path: string, body: object, status: number) => {
    bodies.push((await request(app)[method](path).set(json).send(body).expect(status)).text);
  };

  beforeAll(async () => {
    await namespace.create();
    const registries = [
      { server: 'leak.example.com', username: 'leaky', password },
      {
        server: env('BERTH_REGISTRY'),
        username: env('BERTH_REGISTRY_USERNAME'),
        password: env('BERTH_REGISTRY_PASSWORD'),
      },
    ];
    await keepAnswer('post', `${ns}/secrets`, { name: 'leak', registries }, 201);
    await kubectlCreateSecret(namespace.name, 'docker-registry', 'leak-kubectl', [
      '--docker-server=k.example.com',
      '--docker-username=kube',
      `--docker-password=${kubectlPassword}`,
    ]);
    await request(app)
      .post(`${ns}/deployments`)
      .set(json)
      .send({
        name: 'app',
        containers: [{ name: 'c', image: `${env('BERTH_REGISTRY')}/janedoe/awesomeapp:v1` }],
        imagePullSecrets: ['leak'],
      })
      .expect(201);
    const core = adminKubeConfig().makeApiClient(CoreV1Api);
    for (const name of ['leak', 'leak-kubectl']) {
      const secret = await core.readNamespacedSecret({ name, namespace: namespace.name });
      const config = secret.data?.['.dockerconfigjson'] ?? '';
      forbidden.push(config, Buffer.from(config, 'base64').toString());
    }
    forbidden.push(password, kubectlPassword, env('BERTH_REGISTRY_PASSWORD'));
    forbidden.push(
      b64(`leaky:${password}`),
      b64(`kube:${kubectlPassword}`),
      b64(`${env('BERTH_REGISTRY_USERNAME')}:${env('BERTH_REGISTRY_PASSWORD')}`),
    );
  });
  afterAll(namespace.remove);

  it('holds for every GET, the stream, the edits, the checks and the log', async () => {
    const server = app.listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    const stream = connectStream(server, namespace.name);
    await eventually('the stream to list both secrets', () =>
      ['leak', 'leak-kubectl'].every((n) => stream.messages.some((m) => m.kind === 'secret' && m.object.name === n))
        ? true
        : undefined,
    );
    const gets = [
      '/api/healthz',
      '/api/readyz',
      '/api/cluster',
      '/api/namespaces',
      `${ns}/secrets`,
      `${ns}/secrets?type=kubernetes.io/dockerconfigjson`,
      `${ns}/secrets/leak`,
      `${ns}/secrets/leak-kubectl`,
      `${ns}/secrets/leak/keys`,
      `${ns}/secrets/leak-kubectl/keys`,
      `${ns}/configmaps`,
      `${ns}/services`,
      `${ns}/deployments`,
      `${ns}/deployments/app`,
      `${ns}/registry/repositories?registry=${env('BERTH_REGISTRY')}&credentials=leak-kubectl,leak`,
      `${ns}/registry/tags?image=${env('BERTH_REGISTRY')}/janedoe/awesomeapp&credentials=leak`,
      `${ns}/serviceaccounts`,
      `${ns}/secrets/leak/users`,
      `${ns}/secrets/leak/copies?namespaces=${namespace.name},default`,
    ];
    for (const path of gets) bodies.push((await request(app).get(path).expect(200)).text);
    await keepAnswer(
      'put',
      `${ns}/secrets/leak`,
      { registries: [{ server: 'leak.example.com', username: 'leaky' }] },
      200,
    );
    await keepAnswer(
      'post',
      `${ns}/image-checks`,
      { image: `${env('BERTH_REGISTRY')}/janedoe/awesomeapp:v1`, imagePullSecrets: ['leak'] },
      200,
    );
    await keepAnswer(
      'post',
      '/api/registry-credentials/rotate?dryRun=true',
      { server: 'leak.example.com', username: 'leaky', password, namespaces: [namespace.name] },
      200,
    );
    await keepAnswer('post', `${ns}/secrets/leak/copies`, { namespaces: [namespace.name] }, 200);
    bodies.push(
      (await request(app).put(`${ns}/serviceaccounts/default/image-pull-secrets/leak`).set(json).send({}).expect(200))
        .text,
    );
    await keepAnswer('post', '/api/registry-checks', { server: 'leak.example.com', username: 'leaky', password }, 200);
    await keepAnswer(
      'post',
      `${ns}/secrets`,
      { name: 'leak', registries: [{ server: 'x.io', username: 'leaky', password }] },
      409,
    );
    await keepAnswer(
      'post',
      `${ns}/secrets`,
      { name: 'BAD', registries: [{ server: 'x.io', username: 'leaky', password }] },
      422,
    );

    stream.close();
    server.close();
    bodies.push(stream.raw());
    expect(bodies.join('\n')).toContain('leaky');
    expect(logs()).toContain('/api/');
    for (const value of forbidden.filter((v) => v.length > 0)) {
      for (const body of bodies) expect(body).not.toContain(value);
      expect(logs()).not.toContain(value);
    }
  });
});
