import type { CronJobDetail, JobDetail, JobSummary, StatefulSetSummary, StreamMessage } from '@berth/contracts';
import { QueryClient, type QueryKey } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { queryKeys } from '../query-keys';
import { StreamBatch } from './stream-batch';
import { StreamCacheWriter } from './stream-cache-writer';

const base = { namespace: 'default', images: ['busybox:1'], imagePullSecrets: [], created: '2026-01-01T00:00:00Z' };
const statefulSet = (name: string, ready: string): StatefulSetSummary => ({
  ...base,
  name,
  ready,
  current: 2,
  updated: 2,
  serviceName: `${name}-headless`,
  status: ready === '2/2' ? 'Running' : 'Processing',
});
const job = (name: string, status: JobSummary['status'], extra: Partial<JobSummary> = {}): JobSummary => ({
  ...base,
  name,
  completions: status === 'Complete' ? '1/1' : '0/1',
  active: status === 'Running' ? 1 : 0,
  succeeded: status === 'Complete' ? 1 : 0,
  failed: 0,
  status,
  ...extra,
});
const pod = (name: string, phase: string) => ({ name, phase, created: '2026-01-01T00:00:00Z', containers: [] });
const none = { conditions: [], pods: [], events: [] };

function setUp() {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const refreshed: QueryKey[] = [];
  const writer = new StreamCacheWriter(client, '', 'default', (key) => refreshed.push(key));
  const write = (...messages: StreamMessage[]) => {
    const batch = new StreamBatch();
    for (const m of messages) batch.add(m);
    writer.write(batch);
  };
  return { client, refreshed, write };
}

describe('StreamCacheWriter on the other workload kinds', () => {
  it("writes a StatefulSet's changes into ['ns', ns, 'statefulsets'], sorted, deletes applied", () => {
    const { client, write } = setUp();
    const key = queryKeys.workloads('', 'default', 'statefulsets');
    client.setQueryData(key, { items: [statefulSet('db', '1/2'), statefulSet('old', '2/2')] });
    write(
      { kind: 'statefulset', type: 'added', object: statefulSet('cache', '0/2') },
      { kind: 'statefulset', type: 'modified', object: statefulSet('db', '2/2') },
      { kind: 'statefulset', type: 'deleted', object: statefulSet('old', '2/2') },
    );
    const items = client.getQueryData<{ items: StatefulSetSummary[] }>(key)?.items ?? [];
    expect(items.map((s) => [s.name, s.ready])).toEqual([
      ['cache', '0/2'],
      ['db', '2/2'],
    ]);
  });

  it("writes a Job's summary and the pods it owns into its detail, keeping what only a GET answers", () => {
    const { client, refreshed, write } = setUp();
    const key = queryKeys.workload('', 'default', 'jobs', 'migrate');
    const detail: JobDetail = { ...job('migrate', 'Running'), parallelism: 1, backoffLimit: 6, ...none };
    client.setQueryData(key, detail);
    write(
      { kind: 'pod', type: 'added', object: pod('migrate-x7k2p', 'Failed'), owner: { kind: 'Job', name: 'migrate' } },
      { kind: 'pod', type: 'added', object: pod('other-a1b2c', 'Running'), owner: { kind: 'Job', name: 'other' } },
      { kind: 'job', type: 'modified', object: job('migrate', 'Failed', { reason: 'BackoffLimitExceeded' }) },
    );
    const cached = client.getQueryData<JobDetail>(key);
    expect(cached).toMatchObject({ status: 'Failed', reason: 'BackoffLimitExceeded', parallelism: 1, backoffLimit: 6 });
    expect(cached?.pods.map((p) => p.name)).toEqual(['migrate-x7k2p']);
    expect(refreshed).toEqual([key]);
  });

  it("follows a CronJob's Jobs: their pods land in its detail, and a Job of it refreshes the list of runs", () => {
    const { client, refreshed, write } = setUp();
    const key = queryKeys.workload('', 'default', 'cronjobs', 'nightly');
    const detail: CronJobDetail = {
      ...base,
      name: 'nightly',
      schedule: '0 3 * * *',
      suspend: false,
      active: 1,
      concurrencyPolicy: 'Allow',
      status: 'Active',
      jobs: [{ name: 'nightly-100', status: 'Running', completions: '0/1' }],
      ...none,
    };
    client.setQueryData(key, detail);
    write({
      kind: 'pod',
      type: 'modified',
      object: pod('nightly-100-abcde', 'Succeeded'),
      owner: { kind: 'Job', name: 'nightly-100' },
    });
    expect(client.getQueryData<CronJobDetail>(key)?.pods.map((p) => p.phase)).toEqual(['Succeeded']);
    expect(client.getQueryData<CronJobDetail>(key)?.jobs).toEqual(detail.jobs);
    expect(refreshed).toEqual([]);
    write({ kind: 'job', type: 'added', object: job('nightly-200', 'Running', { cronJob: 'nightly' }) });
    expect(refreshed).toEqual([key]);
  });
});
