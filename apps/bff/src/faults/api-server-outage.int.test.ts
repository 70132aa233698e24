// The API server really goes away mid-session and comes back: readyz says so at once, and the live stream resumes
// without losing what was created meanwhile. A private API server (an HA peer over the shared etcd) is stopped, so
// every other test keeps the shared one.
import { CoreV1Api } from '@kubernetes/client-node';
import { startPrivateApiServer, type PrivateApiServer } from '@berth/local-cluster/testing';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadKubeConfig } from '../kube/kubeconfig/load-kubeconfig';
import { adminKubeConfig, eventually, testNamespace } from '../testing/cluster';
import { connectStream } from '../testing/sse-client';
import { startFaultBff, streamedSecrets, type FaultBff } from './fault-bff';

const namespace = testNamespace('bff-outage');
const direct = adminKubeConfig().makeApiClient(CoreV1Api);
let apiServer: PrivateApiServer;
let bff: FaultBff;

const secret = (name: string) => ({ metadata: { name }, type: 'Opaque', stringData: { note: 'outage test' } });

describe('an API server outage', () => {
  beforeAll(async () => {
    await namespace.create();
    apiServer = await startPrivateApiServer();
    bff = await startFaultBff(loadKubeConfig(apiServer.kubeconfigPath));
  });
  afterAll(async () => {
    await bff.close();
    await apiServer.close();
    await namespace.remove();
  });

  it('answers readyz 503 while it lasts; back, the stream resumes at once with what was created during it', async () => {
    const stream = connectStream(bff.server, namespace.name);
    await direct.createNamespacedSecret({ namespace: namespace.name, body: secret('before') });
    await eventually('the secret made before the outage on the stream', () =>
      streamedSecrets(stream).includes('before') ? true : undefined,
    );

    await apiServer.stop();
    await request(bff.server).get('/api/readyz').expect(503);
    // Written through the shared API server into the same etcd while the BFF's one is down.
    await direct.createNamespacedSecret({ namespace: namespace.name, body: secret('during') });
    await eventually('the stream told it is reconnecting', () =>
      stream.messages.some((m) => m.kind === 'status' && m.state === 'reconnecting') ? true : undefined,
    );
    // A long outage: the watches' back-off has grown to 16 s, longer than the console may take to recover (10 s).
    await eventually(
      'a 16 s back-off',
      () => (bff.logLines('watch failed; retrying').some((l) => Number(l.retryMs) >= 16_000) ? true : undefined),
      60_000,
    );
    await apiServer.start();

    await eventually('readyz back to 200', async () =>
      (await request(bff.server).get('/api/readyz')).status === 200 ? true : undefined,
    );
    const ready = Date.now();
    await eventually(
      'the secret made during the outage on the stream',
      () => (streamedSecrets(stream).includes('during') ? true : undefined),
      60_000,
    );
    // The first good readyz resumes the waiting watches at once instead of at the end of their back-off.
    expect(Date.now() - ready).toBeLessThan(5_000);
    await eventually('the stream told it is connected again', () =>
      stream.messages.some((m) => m.kind === 'status' && m.state === 'connected') ? true : undefined,
    );
    expect(stream.ended()).toBe(false);
    stream.close();
  });
});
