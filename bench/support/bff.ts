// The BFF as `npm start` runs it (its node flags, scripts/start.mjs, the esbuild bundle), plus what the benchmarks read of it: memory and sockets.
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { closeSync, openSync, readFileSync, readdirSync, readlinkSync } from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { freeLoopbackPort } from '../../e2e/support/free-port';
import { repoRoot, type RunningBff } from '../../e2e/support/bff-process';

export { repoRoot, type RunningBff } from '../../e2e/support/bff-process';

/** Bundles the BFF now if its sources changed, so no timed start includes esbuild. */
export function ensureBffBundled(): void {
  const result = spawnSync(process.execPath, ['scripts/bundle-bff.mjs'], { cwd: repoRoot, stdio: ['ignore', 2, 2] });
  if (result.status !== 0) throw new Error(`bundling the BFF failed (exit ${String(result.status)})`);
}

/** `npm start`'s node arguments from package.json, so the benchmarks run the BFF with the same V8 heap flags. */
function startArguments(): string[] {
  const { scripts } = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { scripts: { start: string } };
  const [node, ...rest] = scripts.start.replace(/^exec /, '').split(/\s+/);
  if (node !== 'node') throw new Error(`npm start runs ${String(node)}, not node`);
  return rest;
}

function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once('exit', () => resolve()));
}

async function isReady(url: string): Promise<boolean> {
  try {
    return (await fetch(`${url}/api/readyz`, { signal: AbortSignal.timeout(2_000) })).status === 200;
  } catch {
    return false;
  }
}

/**
 * Starts the BFF on a free port as `npm start` does, with BERTH_BENCH_BFF_NODE_OPTIONS (e.g. --cpu-prof) as its
 * NODE_OPTIONS; resolves once `/api/readyz` answers. (e2e/support/bff-process.ts still starts it under tsx.)
 */
export async function startBff(kubeconfig: string, logFile: string): Promise<RunningBff> {
  const port = await freeLoopbackPort();
  const url = `http://127.0.0.1:${port}`;
  const log = openSync(logFile, 'w');
  const nodeOptions = [process.env.NODE_OPTIONS, process.env.BERTH_BENCH_BFF_NODE_OPTIONS].filter(Boolean).join(' ');
  const child = spawn(process.execPath, [...startArguments(), '--port', String(port), '--kubeconfig', kubeconfig], {
    cwd: repoRoot,
    stdio: ['ignore', log, log],
    env: { ...process.env, NODE_OPTIONS: nodeOptions },
  });
  closeSync(log);
  const pid = child.pid;
  if (pid === undefined) throw new Error('could not start the BFF');
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    process.kill(pid, 'SIGTERM');
    await Promise.race([exited(child), sleep(20_000)]);
  };
  const deadline = Date.now() + 240_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the BFF exited with code ${child.exitCode}; see ${logFile}`);
    if (await isReady(url)) return { url, pid, stop };
    await sleep(250);
  }
  await stop();
  throw new Error(`the BFF did not answer ${url}/api/readyz within 240 s; see ${logFile}`);
}

/** Resident memory of a process in MB, from /proc/<pid>/status (VmRSS, or VmHWM for the peak). */
export function residentMb(pid: number, field: 'VmRSS' | 'VmHWM' = 'VmRSS'): number {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8')
    .split('\n')
    .find((l) => l.startsWith(`${field}:`));
  const kb = Number(line?.split(/\s+/)[1] ?? Number.NaN);
  return kb / 1024;
}

/** Samples RSS every `everyMs` until stopped; answers the largest sample. */
export function sampleRss(pid: number, everyMs = 100): () => number {
  let peak = residentMb(pid);
  const timer = setInterval(() => {
    peak = Math.max(peak, residentMb(pid));
  }, everyMs);
  return () => {
    clearInterval(timer);
    return Math.max(peak, residentMb(pid));
  };
}

/**
 * Established TCP connections from `pid` to the API server's port: socket inodes among its fds matched with /proc/net/tcp.
 * Each watch holds one connection for its lifetime; idle keep-alive sockets of list calls are counted too (an upper bound).
 */
export function connectionsTo(pid: number, port: number): number {
  const inodes = new Set<string>();
  for (const fd of readdirSync(`/proc/${pid}/fd`)) {
    try {
      const match = /^socket:\[(\d+)\]$/.exec(readlinkSync(`/proc/${pid}/fd/${fd}`));
      if (match?.[1]) inodes.add(match[1]);
    } catch {
      // The fd closed between listing and reading it.
    }
  }
  const portHex = port.toString(16).toUpperCase().padStart(4, '0');
  let count = 0;
  for (const table of [`/proc/${pid}/net/tcp`, `/proc/${pid}/net/tcp6`]) {
    for (const line of readFileSync(table, 'utf8').split('\n').slice(1)) {
      const fields = line.trim().split(/\s+/);
      // Fields: sl local remote state ... inode (10th); state 01 is ESTABLISHED.
      if (fields[2]?.endsWith(`:${portHex}`) && fields[3] === '01' && inodes.has(fields[9] ?? '')) count += 1;
    }
  }
  return count;
}
