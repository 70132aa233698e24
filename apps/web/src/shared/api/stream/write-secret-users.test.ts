import type { DeploymentSummary, SecretSummary, StreamMessage } from '@berth/contracts';
import { QueryClient, type QueryKey } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { queryKeys } from '../query-keys';
import { StreamBatch } from './stream-batch';
import { StreamCacheWriter } from './stream-cache-writer';

const deployment: DeploymentSummary = {
  name: 'awesomeapp',
  namespace: 'default',
  ready: '1/1',
  upToDate: 1,
  available: 1,
  images: ['127.0.0.1:5000/janedoe/awesomeapp:v1'],
  imagePullSecrets: [],
  status: 'Running',
  created: '2026-01-01T00:00:00Z',
};
const secret: SecretSummary = {
  name: 'other',
  namespace: 'default',
  type: 'Opaque',
  dataCount: 1,
  created: '2026-01-01T00:00:00Z',
  registries: [],
};

function written(messages: StreamMessage[]): QueryKey[] {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const refreshed: QueryKey[] = [];
  const writer = new StreamCacheWriter(client, '', 'default', (key) => refreshed.push(key));
  client.setQueryData(queryKeys.secretUsers('', 'default', 'test'), { users: [] });
  client.setQueryData(queryKeys.secretUsers('', 'other-ns', 'test'), { users: [] });
  const batch = new StreamBatch();
  for (const message of messages) batch.add(message);
  writer.write(batch);
  return refreshed.filter((key) => key.at(-1) === 'users');
}

describe('writeSecretUsers', () => {
  it("asks again for a cached secret's Used by when a workload of its namespace changes (its pull secrets may have)", () => {
    expect(written([{ kind: 'deployment', type: 'modified', object: deployment }])).toEqual([
      queryKeys.secretUsers('', 'default', 'test'),
    ]);
  });

  it('leaves it when no workload changed', () => {
    expect(written([{ kind: 'secret', type: 'modified', object: secret }])).toEqual([]);
  });
});
