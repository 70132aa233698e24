// The API server goes away mid-session and comes back: readyz says so at once, and the live stream resumes
// without losing what was created meanwhile.
import type { Server } from 'node:http';
import { CoreV1Api } from '@kubernetes/client-node';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app';
import { InformerHub } from '../informer-hub';
import { startApiServerProxy, type ApiServerProxy } from '../testing/api-server-proxy';
import { adminKubeConfig, eventually, testNamespace } from '../testing/cluster';
import { captureLogs } from '../testing/log-capture';
import { connectStream } from '../testing/sse-client';

const namespace = testNamespace('bff-outage');
const logs = captureLogs();
const hub = new InformerHub(logs.logger);
const direct = adminKubeConfig().makeApiClient(CoreV1Api);
let proxy: ApiServerProxy;
let server: Server;

const secret = (name: string) => ({ metadata: { name }, type: 'Opaque', stringData: { note: 'outage test' } });

describe('an API server outage', () => {
  beforeAll(async () => {
    await namespace.create();
    proxy = await startApiServerProxy(adminKubeConfig());
    server = createApp({ kubeConfig: proxy.kubeConfig, logger: logs.logger, informers: hub }).listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
  });
  afterAll(async () => {
    await hub.close();
    server.close();
    await proxy.close();
    await namespace.remove();
  });

  it('answers readyz 503 while it lasts, and the stream resumes with what was created during it', async () => {
    const stream = connectStream(server, namespace.name);
    const sawSecret = (name: string) =>
      stream.messages.some((m) => m.kind === 'secret' && m.type !== 'deleted' && m.object.name === name) ? true : undefined;
    await direct.createNamespacedSecret({ namespace: namespace.name, body: secret('before') });
    await eventually('the secret made before the outage on the stream', () => sawSecret('before'));

    await proxy.cut();
    await request(server).get('/api/readyz').expect(503);
    await direct.createNamespacedSecret({ namespace: namespace.name, body: secret('during') });
    await proxy.restore();

    await eventually('readyz back to 200', async () => ((await request(server).get('/api/readyz')).status === 200 ? true : undefined));
    await eventually('the secret made during the outage on the stream', () => sawSecret('during'), 60_000);
    expect(stream.ended()).toBe(false);
    stream.close();
  });
});
