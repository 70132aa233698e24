// The pod page's routes against the real API server and a node agent of this test's own that serves container logs:
// the detail, the log (plain and followed), the API server's refusals as the envelope, and a followed log whose browser
// goes away ending the kubelet's stream too.
import { get } from 'node:http';
import type { AddressInfo } from 'node:net';
import request from 'supertest';
import { apiError, podDetail } from '@berth/contracts';
import { type OwnNode, startOwnNode } from '@berth/local-cluster/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminKubeConfig, env, eventually, kubectl, testApp, testNamespace } from '../../testing/cluster';
import { CoreV1Api } from '@kubernetes/client-node';

const namespace = testNamespace('po-pods');
const { app, logs } = testApp();
let node: OwnNode;
const core = () => adminKubeConfig().makeApiClient(CoreV1Api);
const base = () => `/api/namespaces/${namespace.name}/pods`;

function podYaml(name: string, image: string): string {
  return JSON.stringify({
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name, namespace: namespace.name },
    spec: { nodeName: node.name, containers: [{ name: 'app', image }] },
  });
}

const phaseOf = async (name: string) => (await core().readNamespacedPod({ name, namespace: namespace.name })).status;

beforeAll(async () => {
  node = await startOwnNode({
    name: `${namespace.name}-node`,
    kubeconfigPath: env('KUBECONFIG'),
    mirror: env('BERTH_MIRROR'),
  });
  await namespace.create();
  await kubectl(['apply', '-f', '-'], podYaml('web', 'nginx:latest'));
  await kubectl(['apply', '-f', '-'], podYaml('broken', `${env('BERTH_REGISTRY')}/janedoe/no-such-image:v1`));
  await eventually('web Running', async () => ((await phaseOf('web'))?.phase === 'Running' ? true : undefined));
  await eventually('broken failing its pull', async () =>
    (await phaseOf('broken'))?.containerStatuses?.[0]?.state?.waiting?.reason?.includes('Image') ? true : undefined,
  );
}, 60_000);

afterAll(async () => {
  // The agent finalises the namespace's pods; stopped first, the Deployment's next pod would wait for it forever.
  await namespace.remove();
  await eventually('the pods finalised', async () =>
    (await core().listNamespacedPod({ namespace: namespace.name })).items.length === 0 ? true : undefined,
  );
  await node?.stop();
}, 60_000);

describe('GET pods/{pod}', () => {
  it('answers the containers with their image IDs, the status kubectl shows, the node and the events', async () => {
    const res = await request(app).get(`${base()}/web`).expect(200);
    const detail = podDetail.parse(res.body);
    expect(detail).toMatchObject({ name: 'web', phase: 'Running', status: 'Running', node: node.name });
    expect(detail.containers).toEqual([
      expect.objectContaining({ name: 'app', init: false, state: 'running', ready: true, restarts: 0 }),
    ]);
    expect(detail.containers[0]?.imageID).toMatch(/@sha256:[0-9a-f]{64}$/);
    expect(detail.events.map((e) => e.reason)).toEqual(expect.arrayContaining(['Pulled', 'Started']));
    const broken = podDetail.parse((await request(app).get(`${base()}/broken`).expect(200)).body);
    expect(broken.status).toMatch(/^(ErrImagePull|ImagePullBackOff)$/);
    expect(broken.containers[0]?.message).toContain('no-such-image');
  });

  it("names the Deployment behind a ReplicaSet's pod as its owner", async () => {
    const deployment = {
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: { name: 'site', namespace: namespace.name },
      spec: {
        selector: { matchLabels: { app: 'site' } },
        template: {
          metadata: { labels: { app: 'site' } },
          spec: { nodeName: node.name, containers: [{ name: 'site', image: 'nginx:latest' }] },
        },
      },
    };
    await kubectl(['apply', '-f', '-'], JSON.stringify(deployment));
    const pod = await eventually('the Deployment to make a pod', async () => {
      const pods = await core().listNamespacedPod({ namespace: namespace.name, labelSelector: 'app=site' });
      return pods.items[0]?.metadata?.name;
    });
    const detail = podDetail.parse((await request(app).get(`${base()}/${pod}`).expect(200)).body);
    expect(detail.owner).toEqual({ kind: 'Deployment', name: 'site' });
    const bare = podDetail.parse((await request(app).get(`${base()}/web`).expect(200)).body);
    expect(bare.owner).toBeUndefined();
  }, 30_000);

  it('answers 404 naming a pod that does not exist, and refuses a name no pod can have', async () => {
    const missing = await request(app).get(`${base()}/nope`).expect(404);
    expect(apiError.parse(missing.body).message).toBe(`No pod named nope in namespace ${namespace.name}`);
    const invalid = await request(app).get(`${base()}/Not_A_Pod`).expect(404);
    expect(apiError.parse(invalid.body).message).toContain('The pod parameter "Not_A_Pod" cannot name a pod');
  });
});

describe('GET pods/{pod}/log', () => {
  it("answers the container's log as text, tailed and with timestamps when asked", async () => {
    const res = await request(app).get(`${base()}/web/log`).expect(200);
    expect(res.headers['content-type']).toBe('text/plain; charset=utf-8');
    expect(res.text).toMatch(/^Pulled image "nginx:latest" in \d+ ms: .+@sha256:[0-9a-f]{64}\nStarted container app\n/);
    const tailed = await request(app).get(`${base()}/web/log?tailLines=1&timestamps=true`).expect(200);
    expect(tailed.text).toMatch(/^\S+Z \S.*\n$/);
    // Log text is the user's: it reaches the browser, never the BFF's own log lines.
    expect(logs()).not.toContain('Started container');
  });

  it('refuses a bad parameter naming it, before asking the API server', async () => {
    const tail = await request(app).get(`${base()}/web/log?tailLines=ten`).expect(400);
    expect(tail.body).toMatchObject({ reason: 'BadRequest', fields: [{ path: 'tailLines' }] });
    expect(apiError.parse(tail.body).message).toMatch(/^tailLines: /);
    const follow = await request(app).get(`${base()}/web/log?follow=yes`).expect(400);
    expect(apiError.parse(follow.body).fields?.[0]?.path).toBe('follow');
    const unknown = await request(app).get(`${base()}/web/log?sinceBytes=1`).expect(400);
    expect(apiError.parse(unknown.body).message).toContain('sinceBytes');
  });

  it("passes on the API server's refusals as the envelope: waiting to start, no such container, no previous run", async () => {
    const waiting = await request(app).get(`${base()}/broken/log`).expect(400);
    expect(waiting.body).toMatchObject({ status: 400, reason: 'BadRequest' });
    expect(apiError.parse(waiting.body).message).toMatch(
      /^container "app" in pod "broken" is waiting to start: (image can't be pulled|trying and failing to pull image)$/,
    );
    const container = await request(app).get(`${base()}/web/log?container=other`).expect(400);
    expect(apiError.parse(container.body).message).toBe('container other is not valid for pod web');
    const previous = await request(app).get(`${base()}/web/log?previous=true`).expect(400);
    expect(apiError.parse(previous.body).message).toBe('previous terminated container "app" in pod "web" not found');
  });

  it('streams a followed log as lines arrive, and ends the upstream stream when the browser goes away', async () => {
    const server = app.listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    const { port } = server.address() as AddressInfo;
    const followsEnded = () => node.events().filter((e) => e.event === 'container-log-follow-ended').length;
    const endedBefore = followsEnded();
    const text = await new Promise<string>((resolve, reject) => {
      const req = get(`http://127.0.0.1:${port}${base()}/web/log?follow=true&tailLines=0`, (res) => {
        let received = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => {
          received += chunk;
          // A line written after the request began: it came live, then the "browser" leaves.
          if (received.includes('\n')) {
            req.destroy();
            resolve(received);
          }
        });
      });
      req.on('error', (error) => (req.destroyed ? undefined : reject(error)));
    });
    expect(text).toMatch(/^app is running \(up \d+ s\)\n/);
    const ended = await eventually('the node agent to end its follower', () => {
      const event = node
        .events()
        .slice(-50)
        .findLast((e) => e.event === 'container-log-follow-ended');
      return Promise.resolve(followsEnded() > endedBefore ? event : undefined);
    });
    expect(ended).toMatchObject({ why: 'client-gone' });
    server.close();
  }, 30_000);
});
