import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { KubeConfig } from '@kubernetes/client-node';
import { describe, expect, it } from 'vitest';
import { InformerHub } from './informer-hub';
import { connectKubernetes } from '../kube/clients';
import { captureLogs } from '../testing/log-capture';
import { unreachableKubeConfig } from '../testing/unreachable-cluster';

/** A kubeconfig for a plain HTTP stand-in of the API server, once it listens on a free loopback port. */
async function kubeConfigFor(api: Server): Promise<KubeConfig> {
  await new Promise<void>((resolve) => api.listen(0, '127.0.0.1', resolve));
  const kubeConfig = new KubeConfig();
  kubeConfig.loadFromOptions({
    clusters: [
      { name: 'c', server: `http://127.0.0.1:${String((api.address() as AddressInfo).port)}`, skipTLSVerify: true },
    ],
    users: [{ name: 'u' }],
    contexts: [{ name: 'x', cluster: 'c', user: 'u' }],
    currentContext: 'x',
  });
  return kubeConfig;
}

describe('InformerHub without a reachable API server', () => {
  it(
    'keeps retrying with back-off instead of giving up, and stops the watch with its last listener',
    { timeout: 10_000 },
    async () => {
      const logs = captureLogs();
      const hub = new InformerHub(logs.logger);
      const identity = { key: 'kubeconfig', kubernetes: connectKubernetes(unreachableKubeConfig()) };
      const states: string[] = [];
      const listener = {
        change: () => undefined,
        status: (state: string, message?: string) => states.push(`${state}: ${message ?? ''}`),
      };
      const unsubscribe = hub.subscribe(identity, 'pods', 'default', listener);
      const unsubscribeAgain = hub.subscribe(identity, 'pods', 'default', { ...listener });
      expect(hub.watchCount).toBe(1);
      await expect
        .poll(() => states.filter((s) => s.startsWith('reconnecting')).length, { timeout: 6_000 })
        .toBeGreaterThanOrEqual(3);
      expect(states).toContain('reconnecting: Watching pods failed; retrying in 1 s');
      expect(states).toContain('reconnecting: Watching pods failed; retrying in 2 s');
      expect(states).not.toContain('connected: ');
      unsubscribe();
      expect(hub.watchCount).toBe(1);
      unsubscribeAgain();
      expect(hub.watchCount).toBe(0);
      expect(logs.text()).toContain('watch failed; retrying');
    },
  );
});

describe('InformerHub watches', () => {
  it('lists once, then watches from that resourceVersion with a server-side timeout and bookmarks', async () => {
    const watchUrls: URL[] = [];
    let lists = 0;
    // A plain HTTP stand-in for the two requests of a ListWatch: the list, then a watch that stays open and quiet.
    const api = createServer((req, res) => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      res.writeHead(200, { 'content-type': 'application/json' });
      if (url.searchParams.get('watch') === 'true') {
        watchUrls.push(url);
        res.flushHeaders();
        return;
      }
      lists++;
      res.end(JSON.stringify({ apiVersion: 'v1', kind: 'PodList', metadata: { resourceVersion: '42' }, items: [] }));
    });
    const kubeConfig = await kubeConfigFor(api);
    const hub = new InformerHub(captureLogs().logger);
    const unsubscribe = hub.subscribe({ key: 'fake', kubernetes: connectKubernetes(kubeConfig) }, 'pods', 'default', {
      change: () => undefined,
      status: () => undefined,
    });
    await expect.poll(() => watchUrls.length).toBe(1);
    const query = watchUrls[0]?.searchParams;
    expect(watchUrls[0]?.pathname).toBe('/api/v1/namespaces/default/pods');
    expect(query?.get('resourceVersion')).toBe('42');
    expect(query?.get('allowWatchBookmarks')).toBe('true');
    expect(Number(query?.get('timeoutSeconds'))).toBeGreaterThanOrEqual(300);
    expect(Number(query?.get('timeoutSeconds'))).toBeLessThan(600);
    expect(lists).toBe(1);
    unsubscribe();
    await hub.close();
    api.closeAllConnections();
    api.close();
  });
});

describe('InformerHub on answers with fields omitted or null', () => {
  it.each([
    ['"items": null', { kind: 'PodList', metadata: { resourceVersion: '42' }, items: null }],
    ['no items', { kind: 'PodList', metadata: { resourceVersion: '42' } }],
    ['no metadata and no items', { kind: 'PodList' }],
  ])(
    'starts from a list with %s and delivers what the watch adds, metadata and status missing',
    async (_case, listBody) => {
      const api = createServer((req, res) => {
        const url = new URL(req.url ?? '/', 'http://127.0.0.1');
        res.writeHead(200, { 'content-type': 'application/json' });
        if (url.searchParams.get('watch') === 'true') {
          res.write(
            `${JSON.stringify({ type: 'ADDED', object: { kind: 'Pod', metadata: { name: 'p', namespace: 'default', resourceVersion: '43' } } })}\n`,
          );
          return;
        }
        res.end(JSON.stringify(listBody));
      });
      const kubeConfig = await kubeConfigFor(api);
      const hub = new InformerHub(captureLogs().logger);
      const identity = { key: 'fake', kubernetes: connectKubernetes(kubeConfig) };
      const changes: string[] = [];
      const states: string[] = [];
      const unsubscribe = hub.subscribe(identity, 'pods', 'default', {
        change: (type, object) => changes.push(`${type} ${object.metadata?.name ?? ''}`),
        status: (state) => states.push(state),
      });
      await expect.poll(() => changes).toEqual(['added p']);
      expect(hub.list(identity, 'pods', 'default')).toHaveLength(1);
      expect(states).toEqual([]);
      unsubscribe();
      await hub.close();
      api.closeAllConnections();
      api.close();
    },
  );
});

describe('InformerHub hands a shared watch over', () => {
  it("resumes the watch with the next member's token from the same resourceVersion, without relisting", async () => {
    const watches: { authorization: string; resourceVersion: string | null }[] = [];
    let lists = 0;
    const api = createServer((req, res) => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      res.writeHead(200, { 'content-type': 'application/json' });
      if (url.pathname.endsWith('/selfsubjectaccessreviews')) {
        res.end(
          JSON.stringify({
            kind: 'SelfSubjectAccessReview',
            apiVersion: 'authorization.k8s.io/v1',
            status: { allowed: true },
          }),
        );
      } else if (url.searchParams.get('watch') === 'true') {
        watches.push({
          authorization: req.headers.authorization ?? '',
          resourceVersion: url.searchParams.get('resourceVersion'),
        });
        res.flushHeaders();
      } else {
        lists++;
        const pod = { kind: 'Pod', metadata: { name: 'p', namespace: 'default', resourceVersion: '42' } };
        res.end(JSON.stringify({ kind: 'PodList', metadata: { resourceVersion: '42' }, items: [pod] }));
      }
    });
    const server = (await kubeConfigFor(api)).getCurrentCluster()?.server ?? '';
    const identity = (token: string) => {
      const kubeConfig = new KubeConfig();
      kubeConfig.loadFromOptions({
        clusters: [{ name: 'c', server, skipTLSVerify: true }],
        users: [{ name: 'u', token }],
        contexts: [{ name: 'x', cluster: 'c', user: 'u' }],
        currentContext: 'x',
      });
      return { key: token, kubernetes: connectKubernetes(kubeConfig) };
    };
    const hub = new InformerHub(captureLogs().logger);
    const [first, second] = [identity('first-token'), identity('second-token')];
    const seenBySecond: string[] = [];
    const leave = hub.subscribe(first, 'pods', 'default', { change: () => undefined, status: () => undefined });
    await expect.poll(() => watches.length).toBe(1);
    const stay = hub.subscribe(second, 'pods', 'default', {
      change: (type, o) => seenBySecond.push(`${type} ${o.metadata?.name ?? ''}`),
      status: () => undefined,
    });
    await expect.poll(() => seenBySecond).toEqual(['added p']);
    leave();
    await expect.poll(() => watches.length).toBe(2);
    expect(watches).toEqual([
      { authorization: 'Bearer first-token', resourceVersion: '42' },
      { authorization: 'Bearer second-token', resourceVersion: '42' },
    ]);
    expect(lists).toBe(1);
    expect(hub.holderOf('pods', 'default')).toBe('second-token');
    expect(hub.watchCount).toBe(1);
    stay();
    await hub.close();
    api.closeAllConnections();
    api.close();
  });
});

describe('InformerHub stores, as the lister reads them', () => {
  it("is synced once listed, follows each event's resourceVersion, is not synced while its watch fails, and is per identity", async () => {
    let failing = false;
    const openWatches: ServerResponse[] = [];
    const api = createServer((req, res) => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      if (url.searchParams.get('watch') === 'true') {
        if (failing) {
          res.writeHead(500, { 'content-type': 'application/json' }).end('{"kind":"Status","code":500}');
          return;
        }
        res.writeHead(200, { 'content-type': 'application/json' });
        res.write(
          `${JSON.stringify({ type: 'ADDED', object: { kind: 'Secret', metadata: { name: 's', namespace: 'default', uid: 'u1', resourceVersion: '43' } } })}\n`,
        );
        openWatches.push(res);
        return;
      }
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ kind: 'SecretList', metadata: { resourceVersion: '42' }, items: [] }));
    });
    const kubeConfig = await kubeConfigFor(api);
    const hub = new InformerHub(captureLogs().logger);
    const identity = { key: 'fake', kubernetes: connectKubernetes(kubeConfig) };
    expect(hub.store(identity, 'secrets', 'default')).toBeUndefined();
    const unsubscribe = hub.subscribe(identity, 'secrets', 'default', {
      change: () => undefined,
      status: () => undefined,
    });
    const store = hub.store(identity, 'secrets', 'default');
    await expect.poll(() => store?.resourceVersion).toBe('43');
    expect(store?.synced).toBe(true);
    expect(store?.get('s')?.metadata?.uid).toBe('u1');
    expect(hub.store({ ...identity, key: 'someone else' }, 'secrets', 'default')).toBeUndefined();

    failing = true;
    for (const res of openWatches) res.destroy();
    await expect.poll(() => store?.synced).toBe(false);
    unsubscribe();
    await hub.close();
    api.closeAllConnections();
    api.close();
  });
});

describe('InformerHub stores of an identity whose access cannot be asked', () => {
  it('gives the lister no watch of its own: nobody re-asks its access, and the API server does only at a reconnect', async () => {
    const hub = new InformerHub(captureLogs().logger, { review: () => Promise.resolve('unknown') });
    const kubernetes = connectKubernetes(unreachableKubeConfig());
    const [opener, unreviewable] = [
      { key: 'opener', kubernetes },
      { key: 'unreviewable', kubernetes },
    ];
    const leaveOpener = hub.subscribe(opener, 'secrets', 'default', {
      change: () => undefined,
      status: () => undefined,
    });
    const leave = hub.subscribe(unreviewable, 'secrets', 'default', {
      change: () => undefined,
      status: () => undefined,
    });
    // The unreviewable identity's review answered "unknown": it now holds a watch of its own beside the shared one.
    await expect.poll(() => hub.watchCount).toBe(2);
    expect(hub.store(opener, 'secrets', 'default')).toBeDefined();
    expect(hub.store(unreviewable, 'secrets', 'default')).toBeUndefined();
    leave();
    leaveOpener();
    await hub.close();
  });
});
