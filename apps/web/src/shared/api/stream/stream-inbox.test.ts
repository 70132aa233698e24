import type { SecretSummary } from '@berth/contracts';
import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it, vi } from 'vitest';
import { StreamCacheWriter } from './stream-cache-writer';
import { queryKeys } from '../query-keys';
import { StreamInbox } from './stream-inbox';

const secret = (name: string, dataCount = 1): SecretSummary => ({
  name,
  namespace: 'default',
  type: 'Opaque',
  dataCount,
  created: '2026-01-01T00:00:00Z',
  registries: [],
});
const raw = (type: string, object: SecretSummary) => JSON.stringify({ kind: 'secret', type, object });

describe('StreamInbox', () => {
  it('reads a burst later, in slices, and writes all of it with the latest change per name winning', async () => {
    const client = new QueryClient();
    client.setQueryData(queryKeys.secrets('', 'default'), { items: [] });
    const writes = vi.spyOn(client, 'setQueryData');
    const statuses: string[] = [];
    const inbox = new StreamInbox(new StreamCacheWriter(client, '', 'default'), (s) => statuses.push(s.state));
    for (let i = 0; i < 3_000; i += 1) inbox.receive(raw('added', secret(`s-${String(i).padStart(4, '0')}`)));
    inbox.receive(raw('modified', secret('s-0001', 5)));
    inbox.receive(raw('deleted', secret('s-0002')));
    inbox.receive('not json');
    inbox.receive(JSON.stringify({ kind: 'status', watch: 'secrets', state: 'reconnecting' }));
    // Nothing is read in the task that delivered the burst.
    expect(writes).not.toHaveBeenCalled();
    await vi.waitFor(() =>
      expect(client.getQueryData<{ items: SecretSummary[] }>(queryKeys.secrets('', 'default'))?.items).toHaveLength(
        2_999,
      ),
    );
    const items = client.getQueryData<{ items: SecretSummary[] }>(queryKeys.secrets('', 'default'))?.items ?? [];
    expect(items.slice(0, 3).map((s) => [s.name, s.dataCount])).toEqual([
      ['s-0000', 1],
      ['s-0001', 5],
      ['s-0003', 1],
    ]);
    await vi.waitFor(() => expect(statuses).toEqual(['reconnecting']));
    // One write per slice, not one per message.
    expect(writes.mock.calls.length).toBeLessThan(50);
    inbox.close();
  });
});
