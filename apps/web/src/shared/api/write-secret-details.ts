import type { SecretDetail } from '@berth/contracts';
import type { QueryClient, QueryKey } from '@tanstack/react-query';
import { queryKeys } from './query-keys';
import { sameJson } from './same-json';
import type { StreamBatch } from './stream-batch';

/** A cached secret detail is its summary plus who uses it: the summary comes from the stream, the rest with a GET. */
export function writeSecretDetails(
  client: QueryClient,
  namespace: string,
  batch: StreamBatch,
  refresh: (key: QueryKey) => void,
): void {
  if (batch.secrets.size === 0) return;
  const details = client
    .getQueryCache()
    .findAll({ queryKey: queryKeys.secrets(namespace) })
    .filter((q) => q.queryKey.length === 4);
  for (const query of details) {
    const change = batch.secrets.get(String(query.queryKey[3]));
    if (change === undefined) continue;
    const old = client.getQueryData<SecretDetail>(query.queryKey);
    if (old === undefined || change.type === 'deleted') {
      refresh(query.queryKey);
      continue;
    }
    const next = { ...change.object, usedBy: old.usedBy };
    if (!sameJson(next, old)) client.setQueryData(query.queryKey, next);
    // An answer in flight may predate this change.
    if (query.state.fetchStatus === 'fetching') refresh(query.queryKey);
  }
}
