// Every kubeconfig context in one BFF, against real API servers: the shared cluster (context `a`, also the default) and
// a private kube-apiserver with an etcd prefix of its own, so it is a second cluster with its own objects (context named
// like an EKS ARN, with a `/`, to prove the URL encoding); plus a closed port and a server that accepts and never answers.
import { createServer, type Server as NetServer, type Socket } from 'node:net';
import type { Server } from 'node:http';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { CoreV1Api, type KubeConfig } from '@kubernetes/client-node';
import { clusterList, secretList } from '@berth/contracts';
import { deleteEtcdPrefix, startPrivateApiServer, type PrivateApiServer } from '@berth/local-cluster/testing';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app';
import { loadKubeConfig } from '../kube/kubeconfig/load-kubeconfig';
import { adminKubeConfig, eventually, testNamespace } from '../testing/cluster';
import { captureLogs } from '../testing/log-capture';
import { connectStream } from '../testing/sse-client';
import { adminToken, signIn } from '../testing/signed-in';
import { ClusterProbes } from './cluster-probe';
import { ClusterSet } from './cluster-set';
import { watchKubeconfigFiles, type KubeconfigWatch } from './kubeconfig-watch';

const b = 'arn:aws:eks:local:000000000000:cluster/berth-b';
const inB = (rest: string) => `/api/clusters/${encodeURIComponent(b)}${rest}`;
const namespace = testNamespace('clusters-bff');
// Cluster B's objects live under this prefix of the shared etcd, deleted afterwards (its namespace cannot be: no controllers).
const etcdPrefix = `/berth-clusters-bff-${randomBytes(4).toString('hex')}/`;

interface Context {
  name: string;
  server: string;
  ca?: string;
  token: string;
}

/** A kubeconfig file as `aws eks update-kubeconfig` would write one, every context with its own cluster and user. */
function kubeconfigText(contexts: readonly Context[], current = 'a'): string {
  return JSON.stringify({
    apiVersion: 'v1',
    kind: 'Config',
    clusters: contexts.map((c) => ({
      name: c.name,
      cluster: {
        server: c.server,
        ...(c.ca ? { 'certificate-authority-data': c.ca } : { 'insecure-skip-tls-verify': true }),
      },
    })),
    users: contexts.map((c) => ({ name: `${c.name}-user`, user: { token: c.token } })),
    contexts: contexts.map((c) => ({ name: c.name, context: { cluster: c.name, user: `${c.name}-user` } })),
    'current-context': current,
  });
}

function contextOf(name: string, kubeConfig: KubeConfig): Context {
  const cluster = kubeConfig.getCurrentCluster();
  const ca = cluster?.caData ?? '';
  return { name, server: cluster?.server ?? '', ca, token: kubeConfig.getCurrentUser()?.token ?? '' };
}

let apiServerB: PrivateApiServer;
let silent: NetServer;
const held: Socket[] = [];
let dir: string;
let file: string;
let contexts: Context[];
let clusters: ClusterSet;
let watch: KubeconfigWatch;
let server: Server;

const listen = (s: NetServer) =>
  new Promise<number>((resolve) => s.listen(0, '127.0.0.1', () => resolve((s.address() as { port: number }).port)));

describe('every kubeconfig context in one BFF', () => {
  beforeAll(async () => {
    // Its own etcd prefix: the same etcd, but none of the shared cluster's objects, as a second cluster has none.
    apiServerB = await startPrivateApiServer({
      extraArgs: [`--etcd-prefix=${etcdPrefix}`],
    });
    silent = createServer((socket) => held.push(socket));
    const silentPort = await listen(silent);
    const closed = createServer();
    const closedPort = await listen(closed);
    await new Promise((resolve) => closed.close(resolve));
    const a = contextOf('a', adminKubeConfig());
    contexts = [
      a,
      { ...contextOf(b, loadKubeConfig(apiServerB.kubeconfigPath)) },
      { name: 'refused', server: `https://127.0.0.1:${String(closedPort)}`, token: 'none' },
      { name: 'silent', server: `https://127.0.0.1:${String(silentPort)}`, token: 'none' },
    ];
    dir = mkdtempSync(path.join(tmpdir(), 'berth-clusters-bff-'));
    file = path.join(dir, 'config');
    writeFileSync(file, kubeconfigText(contexts), { mode: 0o600 });
    const { logger } = captureLogs();
    const kubeConfig = loadKubeConfig(file);
    clusters = new ClusterSet(kubeConfig, { logger });
    watch = watchKubeconfigFiles([file], clusters, logger, 50);
    const probes = new ClusterProbes({ timeoutMs: 1_000, cacheMs: 5_000 });
    const app = createApp({ kubeConfig, logger, clusters, clusterProbes: probes });
    server = app.listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    await namespace.create();
    await loadKubeConfig(apiServerB.kubeconfigPath)
      .makeApiClient(CoreV1Api)
      .createNamespace({ body: { metadata: { name: namespace.name } } });
  }, 120_000);

  afterAll(async () => {
    watch.close();
    await clusters.close();
    server.closeAllConnections();
    server.close();
    for (const socket of held) socket.destroy();
    silent.close();
    await apiServerB.close();
    await deleteEtcdPrefix(etcdPrefix);
    await namespace.remove();
    rmSync(dir, { recursive: true, force: true });
  });

  it('lists every context at once: the unreachable ones with why, the one that never answers as still checking', async () => {
    const started = performance.now();
    const first = clusterList.parse((await request(server).get('/api/clusters').expect(200)).body);
    const elapsed = performance.now() - started;
    console.error(`[clusters] GET /api/clusters with a silent cluster answered in ${elapsed.toFixed(0)} ms`);
    const byName = new Map(first.items.map((item) => [item.name, item]));
    expect(first.items.map((item) => item.name)).toEqual(['a', b, 'refused', 'silent']);
    expect(byName.get('a')).toMatchObject({
      default: true,
      reachability: 'reachable',
      version: 'v1.20.2',
      user: 'a-user',
    });
    expect(byName.get(b)).toMatchObject({ default: false, reachability: 'reachable', server: apiServerB.url });
    expect(byName.get('refused')).toMatchObject({ reachability: 'unreachable', message: 'Connection refused' });
    expect(byName.get('silent')).toMatchObject({ reachability: 'checking' });
    // The silent one's 1 s timeout was not waited for: the list came 50 ms (answeredWindowMs) after the slower of the two that answered.
    expect(elapsed).toBeLessThan(700);
    await eventually('the silent cluster timed out', async () => {
      const again = clusterList.parse((await request(server).get('/api/clusters').expect(200)).body);
      const item = again.items.find((i) => i.name === 'silent');
      return item?.reachability === 'unreachable' ? item : undefined;
    }).then((item) => expect(item.message).toBe('No answer within 1 s'));
  });

  it("keeps cluster A's secret out of cluster B's lists and stream, and B's out of A's", async () => {
    const streamA = connectStream(server, namespace.name, {}, '/', 'a');
    const streamB = connectStream(server, namespace.name, {}, '/', b);
    const secret = (name: string) => ({ metadata: { name }, type: 'Opaque', stringData: { note: 'clusters test' } });
    await adminKubeConfig()
      .makeApiClient(CoreV1Api)
      .createNamespacedSecret({ namespace: namespace.name, body: secret('only-in-a') });
    await loadKubeConfig(apiServerB.kubeconfigPath)
      .makeApiClient(CoreV1Api)
      .createNamespacedSecret({ namespace: namespace.name, body: secret('only-in-b') });
    const names = async (path: string) =>
      secretList
        .parse((await request(server).get(path).expect(200)).body)
        .items.map((item) => item.name)
        // The shared cluster's token controller adds a service account token secret; only the test's own count here.
        .filter((name) => name.startsWith('only-in-'));
    const streamed = (stream: ReturnType<typeof connectStream>) =>
      stream.messages.flatMap((m) => (m.kind === 'secret' ? [m.object.name] : []));
    await eventually('each secret on its own cluster stream', () =>
      streamed(streamA).includes('only-in-a') && streamed(streamB).includes('only-in-b') ? true : undefined,
    );
    expect(await names(`/api/clusters/a/namespaces/${namespace.name}/secrets`)).toEqual(['only-in-a']);
    expect(await names(inB(`/namespaces/${namespace.name}/secrets`))).toEqual(['only-in-b']);
    // Today's route is the default cluster's.
    expect(await names(`/api/namespaces/${namespace.name}/secrets`)).toEqual(['only-in-a']);
    expect(streamed(streamA)).not.toContain('only-in-b');
    expect(streamed(streamB)).not.toContain('only-in-a');
    streamA.close();
    streamB.close();
  });

  it("answers each cluster's readyz from its own API server, so the banner watches the cluster the page shows", async () => {
    await request(server).get('/api/readyz').expect(200, { status: 'ok' });
    await request(server).get(inB('/readyz')).expect(200, { status: 'ok' });
    const refused = await request(server).get('/api/clusters/refused/readyz').expect(503);
    expect(refused.body).toMatchObject({ reason: 'ClusterUnavailable' });
    const unknown = await request(server).get('/api/clusters/nowhere/readyz').expect(404);
    expect(unknown.body).toMatchObject({
      message: 'The cluster parameter "nowhere" names no context of the kubeconfig',
    });
  });

  it('answers 404 naming a cluster the kubeconfig does not have', async () => {
    const res = await request(server).get('/api/clusters/nowhere/namespaces').expect(404);
    expect(res.body).toMatchObject({
      reason: 'NotFound',
      message: 'The cluster parameter "nowhere" names no context of the kubeconfig',
    });
  });

  it('in token mode holds a token per cluster, each asked of and sent to its own cluster only', async () => {
    const { logger } = captureLogs();
    const app = createApp({ kubeConfig: loadKubeConfig(file), logger, auth: { mode: 'token' } });
    await request(app).get('/api/clusters').expect(401);
    const user = await signIn(app, adminToken());
    const signedIn = async (headers: Record<string, string>) =>
      clusterList
        .parse((await request(app).get('/api/clusters').set(headers).expect(200)).body)
        .items.map((item) => [item.name, item.signedIn]);
    expect(await signedIn(user.headers)).toEqual([
      ['a', true],
      [b, false],
      ['refused', false],
      ['silent', false],
    ]);
    const secretsOfB = inB(`/namespaces/${namespace.name}/secrets`);
    const notYet = await request(app).get(secretsOfB).set(user.headers).expect(401);
    expect(notYet.body).toMatchObject({ message: `Sign in to cluster ${b}: this session has no token for it` });
    // Joining a cluster changes the session: its CSRF token is required, as for any change.
    const join = (cluster: string, headers: Record<string, string>) =>
      request(app).post('/api/session').set(headers).send({ token: adminToken(), cluster });
    await join(b, { Cookie: user.cookie, 'Content-Type': 'application/json' }).expect(403);
    // Asked of that cluster's own API server: the closed port's, not the default cluster's, which would accept it.
    expect((await join('refused', user.headers)).status).toBe(503);
    const joined = await join(b, user.headers).expect(201);
    const cookie = String(([] as string[]).concat(joined.headers['set-cookie'] ?? [])[0]).split(';')[0] ?? '';
    const headers = { ...user.headers, Cookie: cookie };
    expect(await signedIn(headers)).toEqual([
      ['a', true],
      [b, true],
      ['refused', false],
      ['silent', false],
    ]);
    const secrets = secretList.parse((await request(app).get(secretsOfB).set(headers).expect(200)).body);
    expect(secrets.items.map((item) => item.name)).toEqual(['only-in-b']);
    await request(app).delete('/api/session').set(headers).expect(204);
    await request(app).get(secretsOfB).set(headers).expect(401);
  });

  it('shows a context added to the file without a restart, and forgets one removed, ending its streams', async () => {
    const added = { ...contexts[1], name: 'added' } as Context;
    writeFileSync(file, kubeconfigText([...contexts.filter((c) => c.name !== 'refused'), added]));
    await eventually(
      'the added context listed, the removed one gone',
      async () => {
        const list = clusterList.parse((await request(server).get('/api/clusters').expect(200)).body);
        const listed = list.items.map((i) => i.name);
        return listed.includes('added') && !listed.includes('refused') ? listed : undefined;
      },
      10_000,
    );
    const res = await request(server).get(`/api/clusters/added/namespaces/${namespace.name}/secrets`).expect(200);
    expect(secretList.parse(res.body).items.map((item) => item.name)).toEqual(['only-in-b']);
    await request(server).get('/api/clusters/refused/namespaces').expect(404);
    const stream = connectStream(server, namespace.name, {}, '/', 'added');
    await eventually('the stream of the added context', () => (stream.messages.length > 0 ? true : undefined));
    writeFileSync(file, kubeconfigText(contexts));
    // At its next heartbeat (15 s): the browser's EventSource then reconnects and is told the cluster is gone (404).
    await eventually("the removed context's stream ended", () => (stream.ended() ? true : undefined), 20_000);
    await request(server).get(`/api/clusters/added/namespaces/${namespace.name}/stream`).expect(404);
  });

  it("keeps serving the default context at /api/... when the file's current-context changes, and lists the new one", async () => {
    // As `kubectl config use-context`: kubectl would now talk to B. One write also adds a context, to see the re-read.
    const later = { ...contexts[0], name: 'later' } as Context;
    writeFileSync(file, kubeconfigText([...contexts, later], b));
    await eventually(
      'the re-read kubeconfig',
      async () => {
        const list = clusterList.parse((await request(server).get('/api/clusters').expect(200)).body);
        return list.items.some((i) => i.name === 'later') ? list : undefined;
      },
      10_000,
    ).then((list) => expect(list.items.filter((i) => i.default).map((i) => i.name)).toEqual(['a']));
    const info = await request(server).get('/api/cluster').expect(200);
    expect(info.body).toMatchObject({ context: 'a' });
    const names = secretList
      .parse((await request(server).get(`/api/namespaces/${namespace.name}/secrets`).expect(200)).body)
      .items.map((item) => item.name)
      .filter((name) => name.startsWith('only-in-'));
    expect(names).toEqual(['only-in-a']);
    writeFileSync(file, kubeconfigText(contexts));
  });
});
