import type { DeploymentDetail, DeploymentSummary, SecretDetail, SecretSummary, StreamMessage } from '@berth/contracts';
import { QueryClient, type QueryKey } from '@tanstack/react-query';
import { describe, expect, it, vi } from 'vitest';
import { StreamCacheWriter } from './stream-cache-writer';
import { queryKeys } from '../query-keys';
import { StreamBatch } from './stream-batch';
import { deploymentSummary as deployment } from '../../../testing/summaries';

const secret = (name: string, dataCount = 1): SecretSummary => ({
  name,
  namespace: 'default',
  type: 'kubernetes.io/dockerconfigjson',
  dataCount,
  created: '2026-01-01T00:00:00Z',
  registries: [],
});
const pod = (name: string, phase: string) => ({ name, phase, created: '2026-01-01T00:00:00Z', containers: [] });
const detail = (summary: DeploymentSummary): DeploymentDetail => ({
  ...summary,
  podLabels: { app: summary.name },
  containerPorts: [],
  replicas: 1,
  conditions: [],
  pods: [],
  events: [],
});

function batchOf(...messages: StreamMessage[]): StreamBatch {
  const batch = new StreamBatch();
  for (const m of messages) batch.add(m);
  return batch;
}

function setUp() {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const refreshed: QueryKey[] = [];
  const writer = new StreamCacheWriter(client, '', 'default', (key) => refreshed.push(key));
  const writes = vi.spyOn(client, 'setQueryData');
  return { client, refreshed, writer, writes };
}

describe('StreamCacheWriter on lists', () => {
  it("writes Services into the namespace's Services list", () => {
    const { client, writer } = setUp();
    const service = (name: string) => ({
      name,
      namespace: 'default',
      type: 'ClusterIP',
      clusterIP: '10.0.0.1',
      ports: [],
      selector: { app: name },
      created: '2026-01-01T00:00:00Z',
    });
    client.setQueryData(queryKeys.services('', 'default'), { items: [service('gone')] });
    writer.write(
      batchOf(
        { kind: 'service', type: 'added', object: service('web') },
        { kind: 'service', type: 'deleted', object: service('gone') },
      ),
    );
    const items = client.getQueryData<{ items: { name: string }[] }>(queryKeys.services('', 'default'))?.items;
    expect(items?.map((s) => s.name)).toEqual(['web']);
  });

  it('writes a burst of changes into a list once, sorted, with deletes applied', () => {
    const { client, writer, writes } = setUp();
    client.setQueryData(queryKeys.secrets('', 'default'), { items: [secret('b'), secret('old')] });
    writes.mockClear();
    const names = Array.from({ length: 500 }, (_, i) => `s-${String(499 - i).padStart(3, '0')}`);
    const batch = batchOf(
      ...names.map((name): StreamMessage => ({ kind: 'secret', type: 'added', object: secret(name) })),
      { kind: 'secret', type: 'deleted', object: secret('old') },
      { kind: 'secret', type: 'modified', object: secret('b', 2) },
    );
    expect(writer.write(batch)).toBe(false);
    expect(writes).toHaveBeenCalledTimes(1);
    const items = client.getQueryData<{ items: SecretSummary[] }>(queryKeys.secrets('', 'default'))?.items ?? [];
    expect(items.map((s) => s.name)).toEqual(['b', ...[...names].reverse()]);
    expect(items[0]?.dataCount).toBe(2);
    expect(batch.isEmpty).toBe(true);
  });

  it('skips a replay of what the list already holds (the stream starts with every object as added)', () => {
    const { client, writer, writes } = setUp();
    client.setQueryData(queryKeys.deployments('', 'default'), { items: [deployment('a', '1/1', 'Running')] });
    writes.mockClear();
    writer.write(batchOf({ kind: 'deployment', type: 'added', object: deployment('a', '1/1', 'Running') }));
    expect(writes).not.toHaveBeenCalled();
  });

  it("keeps changes that arrive while the list's first answer is in flight and writes them once it lands", async () => {
    const { client, writer } = setUp();
    let answer: (value: { items: DeploymentSummary[] }) => void = () => undefined;
    const fetched = client.fetchQuery({
      queryKey: queryKeys.deployments('', 'default'),
      queryFn: () => new Promise<{ items: DeploymentSummary[] }>((r) => (answer = r)),
    });
    expect(
      writer.write(batchOf({ kind: 'deployment', type: 'modified', object: deployment('a', '1/1', 'Running') })),
    ).toBe(true);
    // The answer was read before the pod became Ready.
    answer({ items: [deployment('a', '0/1', 'Processing')] });
    await fetched;
    expect(writer.write(new StreamBatch())).toBe(false);
    expect(
      client.getQueryData<{ items: DeploymentSummary[] }>(queryKeys.deployments('', 'default'))?.items[0]?.status,
    ).toBe('Running');
  });
});

describe('StreamCacheWriter on a workload detail', () => {
  const key = queryKeys.deployment('', 'default', 'foo');

  it('writes the summary and pods into the detail and refreshes what only a GET answers', () => {
    const { client, refreshed, writer } = setUp();
    client.setQueryData(key, detail(deployment('foo', '0/1', 'Processing')));
    writer.write(
      batchOf(
        { kind: 'pod', type: 'added', object: pod('foo-1', 'Running'), deployment: 'foo' },
        { kind: 'pod', type: 'added', object: pod('bar-1', 'Running'), deployment: 'bar' },
        { kind: 'deployment', type: 'modified', object: deployment('foo', '1/1', 'Running') },
      ),
    );
    const cached = client.getQueryData<DeploymentDetail>(key);
    expect(cached?.status).toBe('Running');
    expect(cached?.ready).toBe('1/1');
    expect(cached?.pods.map((p) => p.name)).toEqual(['foo-1']);
    expect(refreshed).toEqual([key]);
  });

  it('drops an optional field the new summary no longer has', () => {
    const { client, writer } = setUp();
    client.setQueryData(key, detail({ ...deployment('foo', '0/1', 'Failed'), reason: 'ImagePullBackOff' }));
    writer.write(batchOf({ kind: 'deployment', type: 'modified', object: deployment('foo', '1/1', 'Running') }));
    expect(client.getQueryData<DeploymentDetail>(key)?.reason).toBeUndefined();
  });

  it('neither writes nor refetches for a replay, and refetches for an event of its family only', () => {
    const { client, refreshed, writer, writes } = setUp();
    client.setQueryData(key, detail(deployment('foo', '1/1', 'Running')));
    writes.mockClear();
    const event = (kind: string, name: string): StreamMessage => ({
      kind: 'event',
      type: 'added',
      object: {
        type: 'Normal',
        reason: 'Pulled',
        message: 'ok',
        object: { kind, name },
        count: 1,
        lastSeen: '2026-01-01T00:00:00Z',
      },
    });
    writer.write(
      batchOf(
        { kind: 'deployment', type: 'added', object: deployment('foo', '1/1', 'Running') },
        event('Pod', 'other-1'),
      ),
    );
    expect(writes).not.toHaveBeenCalled();
    expect(refreshed).toEqual([]);
    writer.write(batchOf(event('Pod', 'foo-5d8f-x2'), event('Pod', 'foo-5d8f-x3')));
    expect(refreshed).toEqual([key]);
  });

  it('refreshes a detail whose first answer is still in flight: that answer may predate the change', () => {
    const { client, refreshed, writer } = setUp();
    void client.prefetchQuery({ queryKey: key, queryFn: () => new Promise<DeploymentDetail>(() => undefined) });
    writer.write(batchOf({ kind: 'deployment', type: 'modified', object: deployment('foo', '1/1', 'Running') }));
    expect(refreshed).toEqual([key]);
  });
});

describe('StreamCacheWriter on a secret detail', () => {
  const secretDetail = (usedBy: SecretDetail['usedBy']): SecretDetail => ({ ...secret('pull'), usedBy });
  const using = (name: string, ...pullSecrets: string[]) => ({
    ...deployment(name, '1/1', 'Running'),
    imagePullSecrets: pullSecrets,
  });

  it('follows the Deployments that start or stop naming the secret, without a GET', () => {
    const { client, writer, refreshed } = setUp();
    const key = queryKeys.secret('', 'default', 'pull');
    client.setQueryData(key, secretDetail({ deployments: ['web'], serviceAccounts: ['default'] }));
    writer.write(
      batchOf(
        { kind: 'deployment', type: 'added', object: using('api', 'other', 'pull') },
        { kind: 'deployment', type: 'modified', object: using('web', 'other') },
        { kind: 'deployment', type: 'added', object: using('cron') },
      ),
    );
    expect(client.getQueryData<SecretDetail>(key)?.usedBy).toEqual({
      deployments: ['api'],
      serviceAccounts: ['default'],
    });
    writer.write(batchOf({ kind: 'deployment', type: 'deleted', object: using('api', 'pull') }));
    expect(client.getQueryData<SecretDetail>(key)?.usedBy.deployments).toEqual([]);
    expect(refreshed).toEqual([]);
  });

  it("leaves the list alone when the user may not list Deployments, and writes nothing when nobody's use changed", () => {
    const { client, writer, writes } = setUp();
    const hidden = queryKeys.secret('', 'default', 'pull');
    client.setQueryData(hidden, secretDetail({ deployments: [], serviceAccounts: [], hidden: ['deployments'] }));
    writes.mockClear();
    writer.write(batchOf({ kind: 'deployment', type: 'added', object: using('api', 'pull') }));
    writer.write(batchOf({ kind: 'deployment', type: 'modified', object: using('cron', 'other') }));
    expect(writes).not.toHaveBeenCalled();
  });

  it('writes the summary from the stream and keeps who uses it', () => {
    const { client, writer } = setUp();
    const key = queryKeys.secret('', 'default', 'pull');
    client.setQueryData(key, secretDetail({ deployments: ['web'], serviceAccounts: [] }));
    writer.write(batchOf({ kind: 'secret', type: 'modified', object: secret('pull', 2) }));
    expect(client.getQueryData<SecretDetail>(key)).toEqual({
      ...secret('pull', 2),
      usedBy: { deployments: ['web'], serviceAccounts: [] },
    });
  });
});
