// Lists served from the stream's watches, against the real API server: read-your-writes, and one identity's cache never
// answering another identity.
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deploymentList, secretCreated, secretList } from '@berth/contracts';
import { createApp } from '../app';
import { listSourceHeader } from '../kube/list-cache';
import { adminKubeConfig, env, eventually, kubectl, testNamespace } from '../testing/cluster';
import { captureLogs } from '../testing/log-capture';
import { adminToken, listen, restrictedToken, signIn, tokenApp } from '../testing/signed-in';
import { connectStream, type StreamClient } from '../testing/sse-client';
import { InformerHub } from './informer-hub';

const json = { 'Content-Type': 'application/json' };
const registry = () => ({
  server: env('BERTH_REGISTRY'),
  username: env('BERTH_REGISTRY_USERNAME'),
  password: env('BERTH_REGISTRY_PASSWORD'),
});

interface Listed {
  source: string | null;
  names: string[];
  resourceVersion: string | undefined;
}

async function listOf(base: string, kind: 'secrets' | 'deployments', headers: Record<string, string> = {}) {
  const res = await fetch(`${base}/${kind}`, { headers });
  if (res.status !== 200) throw new Error(`GET ${kind} answered ${res.status}`);
  const body: unknown = await res.json();
  const list = kind === 'secrets' ? secretList.parse(body) : deploymentList.parse(body);
  const listed: Listed = {
    source: res.headers.get(listSourceHeader),
    names: list.items.map((item) => item.name),
    resourceVersion: list.resourceVersion,
  };
  return listed;
}

const cacheServes = (base: string, kind: 'secrets' | 'deployments', headers: Record<string, string> = {}) =>
  eventually(`${kind} listed from the cache`, async () =>
    (await listOf(base, kind, headers)).source === 'cache' ? true : undefined,
  );

describe('lists from the watch cache, one identity', () => {
  const namespace = testNamespace('lister');
  const logs = captureLogs();
  const hub = new InformerHub(logs.logger);
  const app = createApp({ kubeConfig: adminKubeConfig(), logger: logs.logger, informers: hub });
  let server: Server;
  let base: string;
  let stream: StreamClient | undefined;

  beforeAll(async () => {
    await namespace.create();
    server = app.listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/namespaces/${namespace.name}`;
  });
  afterAll(async () => {
    stream?.close();
    await hub.close();
    server.close();
    await namespace.remove();
  });

  it('reads the API server while no stream watches the namespace, and the stream cache once one does', async () => {
    for (const kind of ['secrets', 'deployments'] as const) {
      const listed = await listOf(base, kind);
      expect(listed.source, kind).toBe('api');
      expect(listed.resourceVersion, kind).toMatch(/^\d+$/);
    }
    stream = connectStream(server, namespace.name);
    await cacheServes(base, 'secrets');
    await cacheServes(base, 'deployments');
    const fromCache = await listOf(base, 'secrets');
    expect(fromCache.resourceVersion).toMatch(/^\d+$/);
  });

  it('shows each secret it created in the very next list, and never one it deleted', async () => {
    let fromCache = 0;
    for (let i = 0; i < 40; i += 1) {
      const name = `ryw-${i}`;
      const res = await fetch(`${base}/secrets`, {
        method: 'POST',
        headers: json,
        body: JSON.stringify({ name, registries: [registry()] }),
      });
      expect(res.status).toBe(201);
      secretCreated.parse(await res.json());
      const afterCreate = await listOf(base, 'secrets');
      expect(afterCreate.names, `list after creating ${name} (${afterCreate.source})`).toContain(name);

      expect((await fetch(`${base}/secrets/${name}`, { method: 'DELETE', headers: json })).status).toBe(204);
      const afterDelete = await listOf(base, 'secrets');
      expect(afterDelete.names, `list after deleting ${name} (${afterDelete.source})`).not.toContain(name);
      for (const listed of [afterCreate, afterDelete]) if (listed.source === 'cache') fromCache += 1;
    }
    // The claim is about cache-served lists: most of these must have been (a watch slower than 1 s sends one to the API).
    expect(fromCache).toBeGreaterThan(40);
  });

  it('shows each edit of a secret in the very next list', async () => {
    const name = 'edited';
    const created = await fetch(`${base}/secrets`, {
      method: 'POST',
      headers: json,
      body: JSON.stringify({ name, registries: [registry()] }),
    });
    expect(created.status).toBe(201);
    for (let i = 0; i < 15; i += 1) {
      const username = `user-${i}`;
      const res = await fetch(`${base}/secrets/${name}`, {
        method: 'PUT',
        headers: json,
        body: JSON.stringify({ registries: [{ ...registry(), username }] }),
      });
      expect(res.status).toBe(200);
      const listed = await fetch(`${base}/secrets`);
      const row = secretList.parse(await listed.json()).items.find((s) => s.name === name);
      expect(row?.registries[0]?.username, `after edit ${i} (${listed.headers.get(listSourceHeader) ?? ''})`).toBe(
        username,
      );
    }
  });

  it('shows each Deployment it created in the very next list, and never one it deleted', async () => {
    let fromCache = 0;
    for (let i = 0; i < 25; i += 1) {
      const name = `ryw-${i}`;
      const body = {
        name,
        replicas: 0,
        containers: [{ name: 'c', image: `${env('BERTH_REGISTRY')}/janedoe/awesomeapp:v1` }],
      };
      const res = await fetch(`${base}/deployments`, { method: 'POST', headers: json, body: JSON.stringify(body) });
      expect(res.status).toBe(201);
      const afterCreate = await listOf(base, 'deployments');
      expect(afterCreate.names, `list after creating ${name} (${afterCreate.source})`).toContain(name);

      expect((await fetch(`${base}/deployments/${name}`, { method: 'DELETE', headers: json })).status).toBe(204);
      const afterDelete = await listOf(base, 'deployments');
      expect(afterDelete.names, `list after deleting ${name} (${afterDelete.source})`).not.toContain(name);
      for (const listed of [afterCreate, afterDelete]) if (listed.source === 'cache') fromCache += 1;
    }
    expect(fromCache).toBeGreaterThan(25);
  });

  it('shows a kubectl write once the watch delivers it, with a resourceVersion at least the write', async () => {
    const written = await kubectl([
      '-n',
      namespace.name,
      'create',
      'secret',
      'generic',
      'by-kubectl',
      '--from-literal=k=v',
      '-o',
      'jsonpath={.metadata.resourceVersion}',
    ]);
    const listed = await eventually('the kubectl secret in a cached list', async () => {
      const list = await listOf(base, 'secrets');
      return list.source === 'cache' && list.names.includes('by-kubectl') ? list : undefined;
    });
    expect(BigInt(listed.resourceVersion ?? '0')).toBeGreaterThanOrEqual(BigInt(written));
  });

  it('reads the API server again once the last stream has gone', async () => {
    stream?.close();
    await eventually('watches stopped', () => (hub.watchCount === 0 ? true : undefined));
    expect((await listOf(base, 'secrets')).source).toBe('api');
  });
});

describe('lists from the watch cache, two identities', () => {
  const { app, logger } = tokenApp();
  const namespace = testNamespace('lister-iso');
  let server: Awaited<ReturnType<typeof listen>>;
  const streams: StreamClient[] = [];

  beforeAll(async () => {
    await namespace.create();
    server = await listen(app);
  });
  afterAll(async () => {
    for (const stream of streams) stream.close();
    server.server.close();
    await namespace.remove();
    logger.flush();
  });

  it("never answers one identity's list from another identity's cache", async () => {
    const admin = await signIn(server.server, adminToken());
    const restricted = await signIn(server.server, restrictedToken());
    const cookie = (who: { cookie: string }) => ({ Cookie: who.cookie });
    await kubectl(['-n', namespace.name, 'create', 'secret', 'generic', 'admin-only', '--from-literal=k=v']);

    // The admin's stream syncs the admin's watches of a namespace the restricted user may not read.
    streams.push(connectStream(server.server, namespace.name, cookie(admin)));
    const adminBase = `${server.url}/api/namespaces/${namespace.name}`;
    await cacheServes(adminBase, 'secrets', cookie(admin));
    expect((await listOf(adminBase, 'secrets', cookie(admin))).names).toContain('admin-only');
    for (const kind of ['secrets', 'deployments'] as const) {
      const res = await fetch(`${adminBase}/${kind}`, { headers: cookie(restricted) });
      expect(res.status, kind).toBe(403);
      expect(res.headers.get(listSourceHeader), kind).not.toBe('cache');
      expect(await res.text(), kind).not.toContain('admin-only');
    }

    // In team-a both may list: each identity is answered from its own watches only, so the restricted user's first
    // lists are reads until its own stream has synced.
    const teamA = `${server.url}/api/namespaces/team-a`;
    streams.push(connectStream(server.server, 'team-a', cookie(admin)));
    await cacheServes(teamA, 'secrets', cookie(admin));
    expect((await listOf(teamA, 'secrets', cookie(restricted))).source).toBe('api');
    streams.push(connectStream(server.server, 'team-a', cookie(restricted)));
    await cacheServes(teamA, 'secrets', cookie(restricted));
  });
});
