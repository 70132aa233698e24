import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { createApp } from '../app';
import { InformerHub } from './informer-hub';
import { adminKubeConfig, env, eventually, kubectl, testNamespace } from '../testing/cluster';
import { listenDuringSuite } from '../testing/listening-app';
import { captureLogs } from '../testing/log-capture';
import { connectStream } from '../testing/sse-client';

const json = { 'Content-Type': 'application/json' };
const namespace = testNamespace('bff-stream');
const logs = captureLogs();
const kubeConfig = adminKubeConfig();
const hub = new InformerHub(logs.logger);
const app = createApp({ kubeConfig, logger: logs.logger, informers: hub });
describe('the live stream', () => {
  const server = listenDuringSuite(app, hub, namespace);
  const connect = () => connectStream(server(), namespace.name);

  it('brings a pod from Pending to Running to connected clients, which share one watch per kind', async () => {
    const first = connect();
    const second = connect();
    await eventually('both streams connected', () =>
      first.raw().includes('retry:') && second.raw().includes('retry:') ? true : undefined,
    );
    // One per kind: ReplicaSets, pods, Jobs, Deployments, StatefulSets, DaemonSets, CronJobs, events and secrets.
    expect(hub.watchCount).toBe(9);

    const password = 'Stream-Pa55word!';
    const registries = [
      {
        server: env('BERTH_REGISTRY'),
        username: env('BERTH_REGISTRY_USERNAME'),
        password: env('BERTH_REGISTRY_PASSWORD'),
      },
      { server: 'x.example.com', username: 'x', password },
    ];
    await request(app)
      .post(`/api/namespaces/${namespace.name}/secrets`)
      .set(json)
      .send({ name: 'test', registries })
      .expect(201);
    await request(app)
      .post(`/api/namespaces/${namespace.name}/deployments`)
      .set(json)
      .send({
        name: 'live',
        containers: [{ name: 'c', image: `${env('BERTH_REGISTRY')}/janedoe/awesomeapp:v1` }],
        imagePullSecrets: ['test'],
      })
      .expect(201);

    for (const client of [first, second]) {
      await eventually('deployment Running on the stream', () =>
        client.messages.some(
          (m) => m.kind === 'deployment' && m.object.name === 'live' && m.object.status === 'Running',
        )
          ? true
          : undefined,
      );
      const podPhases = client.messages.flatMap((m) =>
        m.kind === 'pod' && m.deployment === 'live' ? [m.object.phase] : [],
      );
      expect(podPhases).toContain('Pending');
      expect(podPhases.at(-1)).toBe('Running');
      expect(client.messages.some((m) => m.kind === 'secret' && m.object.name === 'test')).toBe(true);
      expect(client.messages.some((m) => m.kind === 'event')).toBe(true);
      expect(client.raw()).not.toContain(password);
      expect(client.raw()).not.toContain(env('BERTH_REGISTRY_PASSWORD'));
    }

    // Objects changed with kubectl arrive too, deletions included.
    await kubectl(['-n', namespace.name, 'delete', 'secret', 'test']);
    await eventually('secret deletion on the stream', () =>
      first.messages.some((m) => m.kind === 'secret' && m.type === 'deleted' && m.object.name === 'test')
        ? true
        : undefined,
    );

    first.close();
    second.close();
    await eventually('watches stopped when the last client left', () => (hub.watchCount === 0 ? true : undefined));
  });
});
