// `npm start`'s bundled BFF when it crashes: the message and where (a source-mapped file:line), never bundle source.
// Node's own report quotes the source line of the throw, and in the esbuild bundle that line is about 100 KB long.
import { spawnSync } from 'node:child_process';
import { requiredEnv } from '@berth/local-cluster/testing';
import { beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from './repo-root.mjs';

/** scripts/start.mjs with `preload` imported first: the fault it injects is the only thing not as a user runs it. */
function startWith(preload: string, args: string[]) {
  const injected = `data:text/javascript,${encodeURIComponent(preload)}`;
  return spawnSync(process.execPath, ['--import', injected, 'scripts/start.mjs', '--no-spa', ...args], {
    cwd: repoRoot,
    encoding: 'utf8',
    timeout: 60_000,
  });
}

function expectNoSource(output: string): void {
  const longest = Math.max(...output.split('\n').map((line) => line.length));
  expect(longest, 'a line as long as minified source').toBeLessThan(400);
  expect(output.length).toBeLessThan(4_000);
}

beforeAll(() => {
  // Bundled before the clock of any test starts (a minute on a busy machine).
  expect(spawnSync(process.execPath, ['scripts/bundle-bff.mjs'], { cwd: repoRoot, stdio: 'inherit' }).status).toBe(0);
});

describe('a crash of the bundled BFF', () => {
  it('while it loads prints the message and where it failed (Node 20 lacks zlib.createZstdDecompress)', () => {
    const result = startWith("import zlib from 'node:zlib'; delete zlib.createZstdDecompress;", [
      '--kubeconfig',
      '/nonexistent',
    ]);
    expect(result.stderr).toContain("berth: crashed: TypeError: Cannot read properties of undefined (reading 'bind')");
    expect(result.stderr).toMatch(/node_modules\/undici\/lib\/interceptor\/decompress\.js:\d+:\d+/);
    expectNoSource(result.stderr);
    expect(result.status).toBe(1);
  });

  it('while it runs prints the message and the .ts line that failed', () => {
    const preload =
      "import net from 'node:net'; net.Server.prototype.listen = function () { throw new Error('listen failed (injected)'); };";
    const result = startWith(preload, ['--port', '0', '--kubeconfig', requiredEnv('KUBECONFIG')]);
    expect(result.stderr).toContain('berth: crashed: Error: listen failed (injected)');
    expect(result.stderr).toMatch(/apps\/bff\/src\/main\.ts:\d+:\d+/);
    expectNoSource(result.stderr);
    expect(result.status).toBe(1);
  });
});
