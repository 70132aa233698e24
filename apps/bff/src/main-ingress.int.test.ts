// main.ts with the ingress flags as a Deployment passes them: everything under the prefix, the public host through a
// trusted proxy's X-Forwarded-Host, and a clear refusal of a bad flag before anything starts.
import { describe, expect, it } from 'vitest';
import { env, eventually } from './testing/cluster';
import { runMain } from './testing/run-main';

describe('main behind an ingress', () => {
  it('serves under --base-path, answers the --public-url host from a --trusted-proxy, and prints both URLs', async () => {
    const bff = runMain(
      [
        ...['--port', '0', '--no-spa', '--base-path', 'berth'],
        ...['--public-url', 'https://console.example.com/berth/', '--trusted-proxy', '10.0.0.0/8,127.0.0.1'],
      ],
      { KUBECONFIG: env('KUBECONFIG') },
    );
    try {
      const url = await eventually(
        'the listening line',
        () => /"url":"(http:\/\/127\.0\.0\.1:\d+\/berth\/)"/.exec(bff.stdout())?.[1],
        30_000,
      );
      expect(bff.stdout()).toContain('"publicUrl":"https://console.example.com/berth/"');
      expect((await fetch(`${url}api/readyz`)).status).toBe(200);
      expect((await fetch(new URL('/api/readyz', url))).status).toBe(404);
      const forwarded = (host: string) => fetch(`${url}api/healthz`, { headers: { 'X-Forwarded-Host': host } });
      expect((await forwarded('console.example.com')).status).toBe(200);
      expect((await forwarded('evil.example')).status).toBe(403);
    } finally {
      bff.child.kill('SIGTERM');
      expect(await bff.exited).toBe(0);
    }
  });

  it('refuses to start with a base path that is not a plain path, or a public URL whose path differs, naming the flag', async () => {
    const bad = runMain(['--no-spa', '--base-path', '/a b/'], { KUBECONFIG: env('KUBECONFIG') });
    expect(await bad.exited).toBe(1);
    expect(bad.stderr()).toContain('basePath: --base-path must be a path such as /berth/');
    const differs = runMain(['--no-spa', '--base-path', '/berth/', '--public-url', 'https://x.example/other/'], {
      KUBECONFIG: env('KUBECONFIG'),
    });
    expect(await differs.exited).toBe(1);
    expect(differs.stderr()).toContain("publicUrl: --public-url's path must be --base-path");
  });
});
