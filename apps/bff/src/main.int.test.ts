// main.ts as a user runs it: fails fast with a clear message, serves the API, stops cleanly on SIGTERM.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { env, eventually } from './testing/cluster';
import { unreachableKubeconfigFile } from './testing/unreachable-cluster';

const main = fileURLToPath(new URL('./main.ts', import.meta.url));

function run(args: string[], extraEnv: Record<string, string | undefined> = {}) {
  const child = spawn(process.execPath, ['--import', 'tsx', main, ...args], { env: { ...process.env, ...extraEnv }, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
  return { child, exited, stdout: () => stdout, stderr: () => stderr };
}

describe('main', () => {
  it('serves the API on the printed URL and stops cleanly on SIGTERM', async () => {
    const bff = run(['--port', '0', '--no-spa'], { KUBECONFIG: env('KUBECONFIG') });
    const url = await eventually('the listening line', () => /"url":"(http:\/\/127\.0\.0\.1:\d+)"/.exec(bff.stdout())?.[1], 30_000);
    const response = await fetch(`${url}/api/readyz`);
    expect(response.status).toBe(200);
    bff.child.kill('SIGTERM');
    expect(await bff.exited).toBe(0);
  });

  it('refuses to start with a missing kubeconfig, an unreachable API server, or on a port in use', async () => {
    const none = run(['--no-spa', '--kubeconfig', '/nonexistent/kubeconfig']);
    expect(await none.exited).toBe(1);
    expect(none.stderr()).toContain('Cannot read kubeconfig /nonexistent/kubeconfig');

    const unreachable = run(['--port', '0', '--no-spa', '--kubeconfig', unreachableKubeconfigFile()]);
    expect(await unreachable.exited).toBe(1);
    expect(unreachable.stderr()).toContain('https://127.0.0.1:65534');

    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const address = blocker.address();
    const port = typeof address === 'object' && address !== null ? address.port : 0;
    const busy = run(['--port', String(port), '--no-spa'], { KUBECONFIG: env('KUBECONFIG') });
    expect(await busy.exited).toBe(1);
    expect(busy.stderr()).toContain(`port ${port}`);
    blocker.close();
  });
});
