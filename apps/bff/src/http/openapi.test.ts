// The OpenAPI document cannot drift from the routes: it describes every operation the app routes, and no other.
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { createApp } from '../app';
import { captureLogs } from '../testing/log-capture';
import { routeTable } from '../testing/route-table';
import { unreachableKubeConfig } from '../testing/unreachable-cluster';

const app = createApp({ kubeConfig: unreachableKubeConfig(), logger: captureLogs().logger });
// Express names a path parameter `:ns`, OpenAPI `{ns}`.
const openApiPath = (path: string) => path.replace(/:(\w+)/g, '{$1}');

describe('GET /api/openapi.json', () => {
  it('has exactly the operations of the route table: every routed method and path, and nothing else', async () => {
    const res = await request(app).get('/api/openapi.json').expect(200);
    const { paths } = res.body as { paths: Record<string, Record<string, unknown>> };
    const documented = Object.entries(paths).flatMap(([path, operations]) =>
      Object.keys(operations).map((method) => `${method.toUpperCase()} ${path}`),
    );
    const routed = routeTable(app).map((route) => `${route.method} ${openApiPath(route.path)}`);
    expect(documented.sort()).toEqual(routed.sort());
  });
});
