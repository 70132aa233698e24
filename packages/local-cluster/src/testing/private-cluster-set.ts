// A private local cluster set (its own state dir and ports) for tests that start and stop clusters: never the shared one.
import { mkdtempSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { LocalClusterPorts } from '../cluster-plan';

function canListen(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}

/** Below the kernel's ephemeral range: a port from it can be taken by an outgoing connection before the set binds it. */
function ephemeralStart(): number {
  try {
    return Number(readFileSync('/proc/sys/net/ipv4/ip_local_port_range', 'utf8').trim().split(/\s+/)[0]) || 32768;
  } catch {
    return 32768;
  }
}

/** `count` free loopback ports in a row, from a random place between 20000 and the ephemeral range. */
async function freePortBlock(count: number): Promise<number> {
  const low = 20_000;
  const high = Math.max(low + 1000, ephemeralStart()) - count;
  for (let attempt = 0; attempt < 50; attempt++) {
    const first = low + Math.floor(Math.random() * (high - low));
    const ports = Array.from({ length: count }, (_, offset) => first + offset);
    if ((await Promise.all(ports.map(canListen))).every(Boolean)) return first;
  }
  throw new Error(`no ${String(count)} free loopback ports in a row between ${String(low)} and ${String(high)}`);
}

/** Cluster N's apiserver on `apiserver + N - 1`, then etcd's two ports, the four registries' and the N kubelet ports. */
export async function privateClusterSet(clusters: number): Promise<{ stateDir: string; ports: LocalClusterPorts }> {
  const base = await freePortBlock(2 * clusters + 6);
  const next = base + clusters;
  const ports: LocalClusterPorts = {
    apiserver: base,
    etcdClient: next,
    etcdPeer: next + 1,
    registries: { private: next + 2, mirror: next + 3, token: next + 4, tokenIssuer: next + 5 },
    // Not the shared cluster's 10250: its node agent already serves logs there.
    kubelet: next + 6,
  };
  return { stateDir: mkdtempSync(path.join(tmpdir(), 'berth-cluster-set-')), ports };
}
