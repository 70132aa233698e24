import type { PodDetail, StreamMessage } from '@berth/contracts';
import { QueryClient, type QueryKey } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { queryKeys } from '../query-keys';
import { StreamBatch } from './stream-batch';
import { StreamCacheWriter } from './stream-cache-writer';

const summary = (name: string) => ({ name, phase: 'Running', created: '2026-01-01T00:00:00Z', containers: [] });
const cachedPod = (name: string): PodDetail => ({
  name,
  namespace: 'default',
  phase: 'Pending',
  status: 'ErrImagePull',
  created: '2026-01-01T00:00:00Z',
  containers: [],
  events: [],
});

function refreshedBy(...messages: StreamMessage[]): QueryKey[] {
  const client = new QueryClient();
  for (const name of ['web-1', 'web-2']) client.setQueryData(queryKeys.pod('', 'default', name), cachedPod(name));
  const refreshed: QueryKey[] = [];
  const batch = new StreamBatch();
  for (const message of messages) batch.add(message);
  new StreamCacheWriter(client, '', 'default', (key) => refreshed.push(key)).write(batch);
  return refreshed;
}

describe('a cached pod page on the stream', () => {
  it('is refetched when its pod changes, whoever owns it', () => {
    expect(
      refreshedBy({
        kind: 'pod',
        type: 'modified',
        object: summary('web-1'),
        owner: { kind: 'Deployment', name: 'web' },
      }),
    ).toEqual([queryKeys.pod('', 'default', 'web-1')]);
    expect(refreshedBy({ kind: 'pod', type: 'modified', object: summary('web-2') })).toEqual([
      queryKeys.pod('', 'default', 'web-2'),
    ]);
  });

  it('is refetched when an event about it arrives, and not for another pod', () => {
    const event = (name: string): StreamMessage => ({
      kind: 'event',
      type: 'added',
      object: {
        type: 'Warning',
        reason: 'Failed',
        message: 'm',
        object: { kind: 'Pod', name },
        count: 1,
        lastSeen: '',
      },
    });
    expect(refreshedBy(event('web-2'))).toEqual([queryKeys.pod('', 'default', 'web-2')]);
    expect(refreshedBy(event('other'))).toEqual([]);
  });
});
