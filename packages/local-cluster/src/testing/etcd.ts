// Direct access to the shared cluster's etcd through its HTTP/JSON gRPC gateway (etcd 3.4 serves /v3/), no etcdctl needed.
import { etcdClientUrl } from '../control-plane';

async function etcdCall(method: string, body: Record<string, unknown>): Promise<Record<string, unknown>> {
  const response = await fetch(`${etcdClientUrl}/v3/${method}`, { method: 'POST', body: JSON.stringify(body) });
  const text = await response.text();
  if (!response.ok) throw new Error(`etcd ${method} answered ${String(response.status)}: ${text}`);
  return JSON.parse(text) as Record<string, unknown>;
}

/** Compacts away every revision before the current one, so a watch or list from an older resourceVersion gets 410 Gone. */
export async function compactEtcd(): Promise<number> {
  // key "\0" (base64 AA==) with limit 1: the cheapest request whose header carries the current revision.
  const range = await etcdCall('kv/range', { key: 'AA==', limit: 1 });
  const header = range.header as { revision?: string } | undefined;
  const revision = Number(header?.revision);
  if (!Number.isSafeInteger(revision) || revision <= 0)
    throw new Error(`etcd gave no revision: ${JSON.stringify(range)}`);
  await etcdCall('kv/compaction', { revision: String(revision), physical: true });
  return revision;
}

/** Deletes every key under `prefix` (a private API server's `--etcd-prefix`), so a test leaves nothing in the shared etcd. */
export async function deleteEtcdPrefix(prefix: string): Promise<number> {
  if (!/^\/berth-[a-z0-9-]+\/$/.test(prefix))
    throw new Error(`refusing to delete etcd prefix ${prefix}: not a test's own`);
  const key = Buffer.from(prefix);
  const end = Buffer.from(key);
  end[end.length - 1] = (end[end.length - 1] ?? 0) + 1;
  const answer = await etcdCall('kv/deleterange', { key: key.toString('base64'), range_end: end.toString('base64') });
  return Number(answer.deleted ?? 0);
}
