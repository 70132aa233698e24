// Every path parameter of every route is checked against its Kubernetes name rule before any call: against an API server
// that refuses connections, a hostile value gets 404 naming the parameter, and a valid one gets as far as the 503.
import type { Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiError } from '@berth/contracts';
import { createApp } from '../app';
import { captureLogs } from '../testing/log-capture';
import { hostileNames, paramKind, paramsOf, undecodableNames } from '../testing/hostile-names';
import { fillPath, rawRequest, serverUrl } from '../testing/raw-request';
import { routeTable } from '../testing/route-table';
import { unreachableKubeConfig } from '../testing/unreachable-cluster';

const kubeConfig = unreachableKubeConfig();
const app = createApp({ kubeConfig, logger: captureLogs().logger });
// `/api/clusters/:cluster/...` names the kubeconfig's context, so every other parameter reaches its own check.
const context = { cluster: kubeConfig.getCurrentContext() };
const withParams = routeTable(app).filter((r) => paramsOf(r.path).length > 0);
const json = { 'Content-Type': 'application/json' };
let server: Server;
let base: string;

const send = (method: string, path: string) =>
  rawRequest(base, method, path, json, method === 'GET' ? undefined : '{}');

describe('path parameters', () => {
  beforeAll(async () => {
    server = app.listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    base = serverUrl(server);
  });
  afterAll(() => {
    server.close();
  });

  it('are all covered by a name rule', () => {
    expect(withParams.length).toBeGreaterThanOrEqual(12);
    for (const { path } of withParams)
      for (const param of paramsOf(path)) expect(paramKind(path, param), `${path} :${param}`).toBeDefined();
  });

  it.each(withParams.map((r) => [r.method, r.path] as const))(
    '%s %s: each hostile value gets 404 naming the parameter',
    async (method, path) => {
      for (const param of paramsOf(path)) {
        const kind = paramKind(path, param);
        for (const { sent, labelsOnly } of hostileNames) {
          if (labelsOnly && kind !== 'namespace') continue;
          const res = await send(method, fillPath(path, { ...context, [param]: sent }, 'ok'));
          expect(res.status, `${method} ${path} :${param}=${sent} ${res.text}`).toBe(404);
          const error = apiError.parse(JSON.parse(res.text));
          expect(error.fields?.[0]?.path, sent).toBe(param);
          expect(error.message).toContain(`The ${param} parameter`);
        }
        for (const sent of undecodableNames) {
          const res = await send(method, fillPath(path, { ...context, [param]: sent }, 'ok'));
          expect(res.status, `${method} ${path} :${param}=${sent}`).toBe(400);
          expect(res.text).not.toContain(sent);
        }
      }
    },
  );

  it.each(withParams.filter((r) => !r.path.endsWith('/stream')).map((r) => [r.method, r.path] as const))(
    '%s %s: a valid name gets as far as the API server',
    async (method, path) => {
      const res = await send(method, fillPath(path, context, 'a'));
      expect([422, 503], res.text).toContain(res.status);
    },
  );

  it('an empty value matches no route with that parameter', async () => {
    for (const { method, path } of withParams) {
      for (const param of paramsOf(path)) {
        const res = await send(method, fillPath(path, { ...context, [param]: '' }, 'ok'));
        const sameAsCollection = routeTable(app).some(
          (r) => r.method === method && `${r.path}/` === path.slice(0, path.lastIndexOf('/') + 1),
        );
        if (!sameAsCollection || !path.endsWith(`:${param}`))
          expect(res.status, `${method} ${path} :${param}=''`).toBe(404);
      }
    }
  });
});
