// A private local cluster set (its own state dir and ports) for tests that start and stop clusters: never the shared one.
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { LocalClusterPorts } from '../cluster-plan';
import { freeLoopbackPort } from './free-port';

function canListen(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}

/** `count` free ports in a row: cluster N's apiserver listens on the first plus N - 1. */
async function freePortRun(count: number, taken: Set<number>): Promise<number> {
  for (let attempt = 0; attempt < 50; attempt++) {
    const first = await freeLoopbackPort();
    const run = Array.from({ length: count }, (_, offset) => first + offset);
    if (run.some((port) => taken.has(port))) continue;
    if ((await Promise.all(run.slice(1).map(canListen))).every(Boolean)) {
      for (const port of run) taken.add(port);
      return first;
    }
  }
  throw new Error(`no ${String(count)} free loopback ports in a row`);
}

async function distinctFreePort(taken: Set<number>): Promise<number> {
  for (;;) {
    const port = await freeLoopbackPort();
    if (!taken.has(port)) {
      taken.add(port);
      return port;
    }
  }
}

export async function privateClusterSet(clusters: number): Promise<{ stateDir: string; ports: LocalClusterPorts }> {
  const taken = new Set<number>();
  const apiserver = await freePortRun(clusters, taken);
  const port = () => distinctFreePort(taken);
  const ports: LocalClusterPorts = {
    apiserver,
    etcdClient: await port(),
    etcdPeer: await port(),
    registries: { private: await port(), mirror: await port(), token: await port(), tokenIssuer: await port() },
  };
  return { stateDir: mkdtempSync(path.join(tmpdir(), 'berth-cluster-set-')), ports };
}
