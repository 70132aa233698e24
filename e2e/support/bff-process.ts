// The BFF as a user runs it (`npm start`: its node flags, scripts/start.mjs, the esbuild bundle), serving the SPA's
// production build on a free port.
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { closeSync, mkdirSync, openSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { npmStartArguments } from '@berth/local-cluster/testing/any-runner';
import { repoRoot } from '../../scripts/repo-root.mjs';
import { freeLoopbackPort } from './free-port';

/** Where global setup leaves the console's URL for the workers, which start after it. */
export const baseUrlVariable = 'BERTH_E2E_BASE_URL';

export interface RunningBff {
  url: string;
  pid: number;
  stop: () => Promise<void>;
}

// A cold start runs `vite build` first (about a minute on 2 cores).
const readyTimeoutMs = 240_000;

function tail(file: string, lines = 30): string {
  try {
    return readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
  } catch {
    return '';
  }
}

async function isReady(url: string, basePath: string): Promise<boolean> {
  try {
    const res = await fetch(`${url}${basePath}api/readyz`, { signal: AbortSignal.timeout(2_000) });
    return res.status === 200;
  } catch {
    return false;
  }
}

function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once('exit', () => resolve()));
}

/** `vite build` of the SPA as it is now (a second or two), so the console under test is never an older build. */
export function buildSpa(): void {
  const result = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], { cwd: repoRoot, stdio: ['ignore', 2, 2] });
  if (result.status !== 0)
    throw new Error(`vite build failed (exit ${String(result.status)}); run \`npx vite build\` to see why`);
}

/**
 * Starts the BFF against `kubeconfig` and resolves once `/api/readyz` answers 200; its output goes to `logFile`.
 * `env` adds to this process's environment (the benchmarks pass NODE_OPTIONS for profiling); a `BERTH_BASE_PATH`
 * there, written as `/berth/`, moves readyz under it. `url` stays the origin.
 */
export async function startBff(
  kubeconfig: string,
  logFile: string,
  env: Record<string, string> = {},
): Promise<RunningBff> {
  const port = await freeLoopbackPort();
  const url = `http://127.0.0.1:${port}`;
  // A fresh clone has no log folder yet (bench/profiling scripts run before any full bench made it).
  mkdirSync(path.dirname(logFile), { recursive: true });
  const log = openSync(logFile, 'w');
  const child = spawn(process.execPath, [...npmStartArguments(), '--port', String(port), '--kubeconfig', kubeconfig], {
    cwd: repoRoot,
    stdio: ['ignore', log, log],
    env: { ...process.env, ...env },
  });
  closeSync(log);
  const pid = child.pid;
  if (pid === undefined) throw new Error('could not start the BFF');
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    process.kill(pid, 'SIGTERM');
    // Unref'd: a BFF that exits at once must not leave a 20 s timer holding the caller's process open.
    await Promise.race([exited(child), sleep(20_000, undefined, { ref: false })]);
  };
  const basePath = env.BERTH_BASE_PATH ?? '/';
  const deadline = Date.now() + readyTimeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the BFF exited with code ${child.exitCode}:\n${tail(logFile)}`);
    if (await isReady(url, basePath)) return { url, pid, stop };
    await sleep(250);
  }
  await stop();
  throw new Error(
    `the BFF did not answer ${url}${basePath}api/readyz within ${readyTimeoutMs / 1000} s:\n${tail(logFile)}`,
  );
}
