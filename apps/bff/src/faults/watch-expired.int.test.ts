// 410 Gone: while the BFF is cut off, etcd compacts away the resourceVersion its watches would resume from. It must
// notice, relist, and end up showing exactly what kubectl shows: new secrets added, deleted ones deleted.
import {
  compactEtcd,
  startPrivateApiServer,
  type ApiServerProxy,
  type PrivateApiServer,
} from '@berth/local-cluster/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadKubeConfig } from '../kube/kubeconfig/load-kubeconfig';
import { eventually, kubectl, testNamespace } from '../testing/cluster';
import { connectStream } from '../testing/sse-client';
import {
  clusterSecrets,
  createSecret,
  startProxiedFaultBff,
  streamDeleted,
  streamedSecrets,
  type FaultBff,
} from './fault-bff';

const namespace = testNamespace('bff-gone');
let apiServer: PrivateApiServer;
let proxy: ApiServerProxy;
let bff: FaultBff;

describe('a watch whose resourceVersion was compacted away (410 Gone)', () => {
  beforeAll(async () => {
    await namespace.create();
    // No watch cache: watches read etcd itself, so compaction reaches them as it does on any real cluster's etcd.
    apiServer = await startPrivateApiServer({ watchCache: false });
    ({ proxy, bff } = await startProxiedFaultBff(loadKubeConfig(apiServer.kubeconfigPath)));
  });
  afterAll(async () => {
    await bff.close();
    await apiServer.close();
    await namespace.remove();
  });

  it('relists after 410 Gone and converges with kubectl: created secrets appear, deleted ones are deleted', async () => {
    await createSecret(namespace.name, 'kept');
    await createSecret(namespace.name, 'doomed');
    const stream = connectStream(bff.server, namespace.name);
    await eventually('both secrets on the stream', () =>
      streamedSecrets(stream).includes('doomed') ? true : undefined,
    );
    expect(streamedSecrets(stream)).toEqual(await clusterSecrets(namespace.name));
    const secretsWatch = `/api/v1/namespaces/${namespace.name}/secrets`;
    const listsBefore = bff.logLines('listing').filter((line) => line.watch === secretsWatch).length;

    proxy.refuse();
    await createSecret(namespace.name, 'born-meanwhile');
    await kubectl(['-n', namespace.name, 'delete', 'secret', 'doomed']);
    const compacted = await compactEtcd();
    await proxy.restore();

    await eventually('the secrets watch told 410 Gone', () =>
      bff.logLines('watch expired; relisting').find((line) => line.watch === secretsWatch && line.code === 410),
    );
    await eventually('the new secret on the stream', () =>
      streamedSecrets(stream).includes('born-meanwhile') ? true : undefined,
    );
    await eventually('the deleted secret deleted on the stream', () =>
      streamDeleted(stream, 'doomed') ? true : undefined,
    );
    expect(streamedSecrets(stream)).toEqual(await clusterSecrets(namespace.name));
    expect(bff.logLines('listing').filter((line) => line.watch === secretsWatch).length).toBeGreaterThan(listsBefore);
    expect(compacted).toBeGreaterThan(0);
    expect(stream.ended()).toBe(false);
    stream.close();
  });
});
