import { CoreV1Api, KubeConfig, type V1Secret } from '@kubernetes/client-node';
import { freeLoopbackPort } from '@berth/local-cluster/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toApiError } from '../http/errors';
import { listJson, metadataOnly } from './list-json';
import { toSecretSummary } from '../resources/secrets/secret-summary';
import { loadKubeConfig } from './kubeconfig/load-kubeconfig';
import { adminKubeConfig, env, testNamespace } from '../testing/cluster';

const namespace = testNamespace('bff-list-json');
const admin = adminKubeConfig();
const core = admin.makeApiClient(CoreV1Api);
const path = `/api/v1/namespaces/${namespace.name}/secrets`;

/** The admin kubeconfig with its cluster or its user swapped, to make the API server refuse or be unreachable. */
function variant(change: { server?: string; token?: string }): KubeConfig {
  const kubeConfig = new KubeConfig();
  const cluster = admin.getCurrentCluster();
  const user = admin.getCurrentUser();
  if (cluster === null || user === null) throw new Error('the admin kubeconfig names no cluster or user');
  kubeConfig.loadFromClusterAndUser(
    { ...cluster, server: change.server ?? cluster.server },
    change.token === undefined ? user : { name: 'intruder', token: change.token },
  );
  return kubeConfig;
}

describe('listJson', () => {
  beforeAll(async () => {
    await namespace.create();
    const dockerConfig = Buffer.from(
      JSON.stringify({
        auths: { 'r.io': { username: 'u', password: 'p', auth: Buffer.from('u:p').toString('base64') } },
      }),
    ).toString('base64');
    await core.createNamespacedSecret({
      namespace: namespace.name,
      body: {
        metadata: { name: 'pull' },
        type: 'kubernetes.io/dockerconfigjson',
        data: { '.dockerconfigjson': dockerConfig },
      },
    });
    await core.createNamespacedSecret({
      namespace: namespace.name,
      body: { metadata: { name: 'opaque' }, stringData: { a: 'b' } },
    });
  });
  afterAll(namespace.remove);

  it('summarises the raw list exactly as client-node models summarise', async () => {
    const [raw, models] = await Promise.all([
      listJson<V1Secret>(admin, path),
      core.listNamespacedSecret({ namespace: namespace.name }),
    ]);
    expect(raw.items.map(toSecretSummary)).toEqual(models.items.map(toSecretSummary));
    expect(
      raw.items
        .map((s) => s.metadata?.name)
        .filter((name) => name !== undefined && !name.startsWith('default-token-'))
        .sort(),
    ).toEqual(['opaque', 'pull']);
  });

  it('passes query parameters such as a field selector', async () => {
    const raw = await listJson<V1Secret>(admin, path, { fieldSelector: 'type=kubernetes.io/dockerconfigjson' });
    expect(raw.items.map((s) => s.metadata?.name)).toEqual(['pull']);
  });

  it('asks for metadata only: the same names, uids and owners, no data', async () => {
    const [metadata, full] = await Promise.all([
      listJson<V1Secret>(admin, path, {}, metadataOnly),
      listJson<V1Secret>(admin, path),
    ]);
    expect(metadata.items.map((s) => s.metadata)).toEqual(full.items.map((s) => s.metadata));
    expect(metadata.items.some((s) => s.data !== undefined || s.type !== undefined)).toBe(false);
  });

  it('fails as client-node fails: 401, the 403 sentence, and an unreachable cluster', async () => {
    const unauthorized = await listJson(variant({ token: 'not-a-token' }), path).catch((error: unknown) => error);
    expect(toApiError(unauthorized, namespace.name)).toMatchObject({ status: 401, reason: 'Unauthorized' });
    const restricted = loadKubeConfig(env('BERTH_RESTRICTED_KUBECONFIG'));
    const forbidden = await listJson(restricted, path).catch((error: unknown) => error);
    expect(toApiError(forbidden, namespace.name)).toMatchObject({ status: 403, reason: 'Forbidden' });
    expect(toApiError(forbidden, namespace.name).message).toMatch(/ cannot list secrets in namespace /);
    const unreachable = await listJson(
      variant({ server: `https://127.0.0.1:${await freeLoopbackPort()}` }),
      path,
    ).catch((error: unknown) => error);
    expect(toApiError(unreachable, namespace.name)).toEqual({
      status: 503,
      reason: 'ClusterUnavailable',
      message: 'The Kubernetes API server cannot be reached',
    });
  });
});
