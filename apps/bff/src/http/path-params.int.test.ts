// Issue 14's hostile names against the real API server, in both modes: `.`, `..`, encoded slashes, empty and over-long
// values in every path parameter of every route. Canaries in a fresh namespace prove nothing was deleted or changed
// (before the fix, DELETE secrets/%2e deleted every secret and DELETE secrets/%2e%2e the namespace).
import type { Server } from 'node:http';
import { AppsV1Api, CoreV1Api } from '@kubernetes/client-node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiError } from '@berth/contracts';
import { adminKubeConfig, testApp, testNamespace } from '../testing/cluster';
import { hostileNames, paramKind, paramsOf } from '../testing/hostile-names';
import { fillPath, rawRequest, serverUrl } from '../testing/raw-request';
import { routeTable } from '../testing/route-table';
import { adminToken, signIn, tokenApp } from '../testing/signed-in';

const namespace = testNamespace('bff-names');
const core = adminKubeConfig().makeApiClient(CoreV1Api);
const apps = adminKubeConfig().makeApiClient(AppsV1Api);
const modes = { 'single-user': testApp().app, token: tokenApp().app };
const servers: Server[] = [];
// Bodies the routes accept, so only the parameter check stands between a hostile name and the API server.
const bodies: Record<string, string> = {
  PUT: JSON.stringify({ registries: [{ server: 'r.example.com', username: 'u', password: 'p' }] }),
  PATCH: JSON.stringify({ replicas: 0 }),
  POST: '{}',
  DELETE: '{}',
};

const secretNames = async () =>
  (await core.listNamespacedSecret({ namespace: namespace.name })).items.map((s) => s.metadata?.name).sort();
const deploymentNames = async () =>
  (await apps.listNamespacedDeployment({ namespace: namespace.name })).items.map((d) => d.metadata?.name).sort();

describe('hostile path parameters against the real API server', () => {
  let secretsBefore: (string | undefined)[];
  beforeAll(async () => {
    await namespace.create();
    await core.createNamespacedSecret({
      namespace: namespace.name,
      body: { metadata: { name: 'canary' }, stringData: { note: 'must survive' } },
    });
    const labels = { app: 'canary' };
    const spec = {
      replicas: 0,
      selector: { matchLabels: labels },
      template: { metadata: { labels }, spec: { containers: [{ name: 'c', image: 'nginx' }] } },
    };
    await apps.createNamespacedDeployment({ namespace: namespace.name, body: { metadata: { name: 'canary' }, spec } });
    // Dotted names are valid for both kinds (DNS-1123 subdomains), as kubectl makes them: the check must let them through.
    await apps.createNamespacedDeployment({ namespace: namespace.name, body: { metadata: { name: 'web.v2' }, spec } });
    await core.createNamespacedSecret({
      namespace: namespace.name,
      body: { metadata: { name: 'pull.v2' }, stringData: { note: 'x' } },
    });
    secretsBefore = await secretNames();
  });
  afterAll(async () => {
    for (const server of servers) server.close();
    await namespace.remove();
  });

  it.each(Object.keys(modes) as (keyof typeof modes)[])(
    '%s mode: every route answers 404 naming the parameter, or no route at all',
    async (mode) => {
      const app = modes[mode];
      const server = app.listen(0, '127.0.0.1');
      servers.push(server);
      await new Promise((resolve) => server.once('listening', resolve));
      const headers =
        mode === 'token' ? (await signIn(app, adminToken())).headers : { 'Content-Type': 'application/json' };
      const table = routeTable(app);
      const withParams = table.filter((r) => paramsOf(r.path).length > 0);
      const failures: string[] = [];
      for (const { method, path } of withParams) {
        for (const param of paramsOf(path)) {
          // `/api/clusters/:cluster/...` names the default context, so every other parameter reaches its own check.
          const valid = { cluster: adminKubeConfig().getCurrentContext(), ns: namespace.name, name: 'canary' };
          for (const { sent, labelsOnly } of [...hostileNames, { sent: '' }]) {
            if (labelsOnly && paramKind(path, param) !== 'namespace') continue;
            const res = await rawRequest(
              serverUrl(server),
              method,
              fillPath(path, { ...valid, [param]: sent }, 'canary'),
              headers,
              bodies[method],
            );
            const isCollection =
              sent === '' &&
              path.endsWith(`/:${param}`) &&
              table.some((r) => r.method === method && path.startsWith(`${r.path}/:`));
            if (isCollection) {
              if (res.status >= 500 || (method !== 'GET' && res.status < 400))
                failures.push(`${method} ${path} :${param}='' -> ${res.status}`);
              continue;
            }
            const named =
              res.status === 404 && (sent === '' || apiError.parse(JSON.parse(res.text)).fields?.[0]?.path === param);
            if (!named)
              failures.push(
                `${method} ${path} :${param}=${sent.slice(0, 20)} -> ${res.status} ${res.text.slice(0, 200)}`,
              );
          }
        }
      }
      expect(failures).toEqual([]);
      for (const path of [
        `/api/namespaces/${namespace.name}/deployments/web.v2`,
        `/api/namespaces/${namespace.name}/secrets/pull.v2`,
      ]) {
        expect((await rawRequest(serverUrl(server), 'GET', path, headers)).status, path).toBe(200);
      }
    },
  );

  it('left the namespace, its secrets and its Deployment as they were', async () => {
    const ns = await core.readNamespace({ name: namespace.name });
    expect(ns.metadata?.deletionTimestamp).toBeUndefined();
    expect(ns.status?.phase).toBe('Active');
    expect(await secretNames()).toEqual(secretsBefore);
    expect(await deploymentNames()).toEqual(['canary', 'web.v2']);
    const canary = await apps.readNamespacedDeployment({ name: 'canary', namespace: namespace.name });
    expect(canary.spec?.template.spec?.containers.map((c) => c.image)).toEqual(['nginx']);
  });
});
