// Issue 14's corpus of pathological bodies, posted to every route that takes a body, against the BFF as `npm start`
// runs it (a child process with V8's 256 MB old-generation cap), in both modes: never a 5xx, the process alive after
// each, and its resident memory within a bound. Token mode signs in as the restricted user, posting to a namespace
// where it has no rights: before the fix, one manifest nested 300,000 levels deep ended the process in either mode.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiError, csrfHeader, sessionInfo } from '@berth/contracts';
import { env, testApp, testNamespace } from './testing/cluster';
import { hostileBodies } from './testing/hostile-bodies';
import { fillPath, rawRequest } from './testing/raw-request';
import { routeTable } from './testing/route-table';
import { restrictedToken } from './testing/signed-in';
import { residentMiB, startBff, type StartedBff } from './testing/started-bff';

/**
 * Growth of the BFF's RSS over the whole corpus, above what ordinary 1 MiB bodies leave (measured 25 to 78 MiB over 9 runs
 * with 25 body routes; 39 to 107 MiB over 4 runs with the 43 of issues 17 and 19, more garbage before a collection). The
 * largest step is the yaml library reading a 1 MiB double-quoted string (about 60 MB for a moment); parsing is
 * synchronous, so only one such moment exists at a time. Before the bounds, one body took RSS to 384 MB or ended the process.
 */
const rssGrowthBoundMiB = 128;
const namespace = testNamespace('bff-hostile');
const unsafe = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
// `/api/clusters/:cluster/...` runs the very handlers of `/api/...` (app.ts builds both with one function): sent once.
const bodyRoutes = routeTable(testApp().app).filter(
  (r) => unsafe.has(r.method) && !r.path.startsWith('/api/clusters/:cluster/'),
);
/** A manifest at the body limit, for the warm-up (the API server refuses its 1 MiB annotation, as it would kubectl's). */
const ordinaryManifest = [
  'apiVersion: apps/v1',
  'kind: Deployment',
  `metadata: {name: ordinary, annotations: {note: ${'x'.repeat(1024 * 1024 - 400)}}}`,
  'spec: {replicas: 0, selector: {matchLabels: {app: o}}, template: {metadata: {labels: {app: o}}, spec: {containers: [{name: c, image: nginx}]}}}',
].join('\n');

async function signInAs(url: string, token: string): Promise<Record<string, string>> {
  const res = await fetch(`${url}/api/session`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ token }),
  });
  const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const { csrfToken } = sessionInfo.parse(await res.json());
  return { Cookie: cookie, [csrfHeader]: csrfToken ?? '' };
}

describe('pathological bodies against the BFF as npm start runs it', () => {
  beforeAll(namespace.create);
  afterAll(namespace.remove);

  it('holds 1 MiB bodies under the limit, so each reaches the parsers rather than the 413', () => {
    for (const { what, body } of hostileBodies) expect(Buffer.byteLength(body), what).toBeLessThanOrEqual(1024 * 1024);
  });

  it.each([
    ['single-user', [] as string[]],
    ['token', ['--auth=token']],
  ])('%s mode: never a 5xx, alive after each, RSS within the bound', async (mode, args) => {
    let bff: StartedBff | undefined;
    try {
      bff = await startBff([...args, '--kubeconfig', env('KUBECONFIG')]);
      const { url, pid } = bff;
      const auth = mode === 'token' ? await signInAs(url, restrictedToken()) : {};
      const send = (method: string, path: string, body: string | Buffer, contentType = 'application/json') =>
        rawRequest(
          url,
          method,
          `${fillPath(path, { ns: namespace.name }, 'target')}?dryRun=true`,
          { ...auth, 'Content-Type': contentType },
          body,
        );
      // Warm-up: what ordinary traffic at the body limit needs, a 1 MiB name to every route and a 1 MiB manifest.
      for (const { method, path } of bodyRoutes)
        await send(method, path, JSON.stringify({ name: 'x'.repeat(1024 * 1024 - 100) }));
      await send('POST', '/api/namespaces/:ns/deployments', JSON.stringify({ manifest: ordinaryManifest }));
      const baseline = residentMiB(pid);
      let peak = baseline;
      const failures: string[] = [];
      for (const { what, body, contentType } of hostileBodies) {
        for (const { method, path } of bodyRoutes) {
          const res = await send(method, path, body, contentType).catch((error: unknown) => ({
            status: 0,
            text: String(error),
          }));
          const envelope = res.status >= 400 && apiError.safeParse(JSON.parse(res.text || 'null')).success;
          if (res.status === 0 || res.status >= 500 || (res.status >= 400 && !envelope))
            failures.push(`${what}: ${method} ${path} -> ${res.status} ${res.text.slice(0, 200)}`);
          const health = await fetch(`${url}/api/healthz`).catch(() => undefined);
          if (bff.exited() || health?.status !== 200)
            throw new Error(`the BFF died on ${what} (${method} ${path}):\n${bff.output().slice(-2000)}`);
          peak = Math.max(peak, residentMiB(pid));
        }
      }
      console.error(
        `[hostile-bodies] ${mode}: RSS ${baseline.toFixed(0)} MiB after warm-up, peak ${peak.toFixed(0)} MiB over ${hostileBodies.length} bodies x ${bodyRoutes.length} routes`,
      );
      expect(failures).toEqual([]);
      expect(peak - baseline).toBeLessThanOrEqual(rssGrowthBoundMiB);
      expect(await bff.stop(), 'exit code after SIGTERM').toBe(0);
    } finally {
      await bff?.stop();
    }
  });
});
