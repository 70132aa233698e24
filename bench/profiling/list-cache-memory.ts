// What a namespace's informers cost the BFF (issue 20): RSS of the bundled BFF idle, after lists read from the API
// server, with the namespace's stream open and synced, and after lists served from its watches.
// Run: node --import tsx bench/profiling/list-cache-memory.ts [--secrets=5000]
import { setTimeout as sleep } from 'node:timers/promises';
import { parseArgs } from 'node:util';
import { deleteNamespace, openCluster, populatedNamespace } from '../support/cluster';
import { ensureBffBundled, residentMb, startBff } from '../support/bff';
import { bffClient } from '../support/plain-client';

const { values } = parseArgs({ options: { secrets: { type: 'string', default: '5000' } } });
ensureBffBundled();
const cluster = await openCluster();
const namespace = await populatedNamespace(cluster, 'list-cache-memory', {
  secrets: Number(values.secrets),
  deployments: 0,
});
const bff = await startBff(cluster.kubeconfig, 'bench/.logs/list-cache-memory-bff.log');
const client = bffClient(bff.url);
const list = () => client.request(`/api/namespaces/${namespace}/secrets`);
const rss = (label: string) => process.stdout.write(`${label}: ${residentMb(bff.pid).toFixed(1)} MB\n`);
const stream = new AbortController();
try {
  await sleep(3_000);
  rss('idle');
  for (let i = 0; i < 20; i += 1) await list();
  rss('after 20 lists read from the API server');
  void fetch(`${bff.url}/api/namespaces/${namespace}/stream`, { signal: stream.signal })
    .then(async (res) => {
      for await (const chunk of res.body ?? []) void chunk;
    })
    .catch(() => undefined);
  while ((await list()).headers['x-berth-list-source'] !== 'cache') await sleep(200);
  await sleep(2_000);
  rss('stream open and synced');
  for (let i = 0; i < 20; i += 1) await list();
  rss('after 20 lists from its watches');
} finally {
  stream.abort();
  client.close();
  await bff.stop();
  await deleteNamespace(cluster, namespace);
  await cluster.release();
}
