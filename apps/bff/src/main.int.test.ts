// main.ts as a user runs it: fails fast with a clear message, serves the API, stops cleanly on SIGTERM.
import { createServer } from 'node:net';
import { describe, expect, it } from 'vitest';
import { env, eventually } from './testing/cluster';
import { runMain } from './testing/run-main';
import { unreachableKubeconfigFile } from './testing/unreachable-cluster';

describe('main', () => {
  it('serves the API on the printed URL and stops cleanly on SIGTERM', async () => {
    const bff = runMain(['--port', '0', '--no-spa'], { KUBECONFIG: env('KUBECONFIG') });
    const url = await eventually(
      'the listening line',
      () => /"url":"(http:\/\/127\.0\.0\.1:\d+)"/.exec(bff.stdout())?.[1],
      30_000,
    );
    const response = await fetch(`${url}/api/readyz`);
    expect(response.status).toBe(200);
    bff.child.kill('SIGTERM');
    expect(await bff.exited).toBe(0);
  });

  it('refuses to start with a missing kubeconfig, an unreachable API server, or on a port in use', async () => {
    const none = runMain(['--no-spa', '--kubeconfig', '/nonexistent/kubeconfig']);
    expect(await none.exited).toBe(1);
    expect(none.stderr()).toContain('Cannot read kubeconfig /nonexistent/kubeconfig');

    const unreachable = runMain(['--port', '0', '--no-spa', '--kubeconfig', unreachableKubeconfigFile()]);
    expect(await unreachable.exited).toBe(1);
    expect(unreachable.stderr()).toContain('https://127.0.0.1:65534');

    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const address = blocker.address();
    const port = typeof address === 'object' && address !== null ? address.port : 0;
    const busy = runMain(['--port', String(port), '--no-spa'], { KUBECONFIG: env('KUBECONFIG') });
    expect(await busy.exited).toBe(1);
    expect(busy.stderr()).toContain(`port ${port}`);
    blocker.close();
  });
});
