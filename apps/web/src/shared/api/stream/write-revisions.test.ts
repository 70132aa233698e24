import type { DeploymentSummary, StreamMessage } from '@berth/contracts';
import { QueryClient, type QueryKey } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { queryKeys } from '../query-keys';
import { StreamBatch } from './stream-batch';
import { StreamCacheWriter } from './stream-cache-writer';

const deployment = (name: string, image: string): DeploymentSummary => ({
  name,
  namespace: 'default',
  ready: '1/1',
  upToDate: 1,
  available: 1,
  images: [image],
  imagePullSecrets: [],
  status: 'Running',
  created: '2026-01-01T00:00:00Z',
});

describe('writeRevisions', () => {
  it("asks again for a workload's cached rollout history when the workload changes, and for no other", () => {
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    const refreshed: QueryKey[] = [];
    const writer = new StreamCacheWriter(client, '', 'default', (key) => refreshed.push(key));
    const web = queryKeys.revisions('', 'default', 'deployments', 'web');
    client.setQueryData(web, { kind: 'Deployment', name: 'web', revisions: [] });
    const batch = new StreamBatch();
    const messages: StreamMessage[] = [
      { kind: 'deployment', type: 'modified', object: deployment('web', 'nginx:2') },
      { kind: 'deployment', type: 'modified', object: deployment('api', 'nginx:2') },
    ];
    for (const message of messages) batch.add(message);
    writer.write(batch);
    expect(refreshed).toEqual([web]);
  });
});
