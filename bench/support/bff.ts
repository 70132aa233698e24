// The BFF as a user runs it (`node --import tsx apps/bff/src/main.ts`), as a child process whose memory and sockets we can read.
import { type ChildProcess, spawn } from 'node:child_process';
import { closeSync, openSync, readFileSync, readdirSync, readlinkSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

export const repoRoot = path.resolve(import.meta.dirname, '../..');

export interface RunningBff {
  url: string;
  pid: number;
  stop: () => Promise<void>;
}

function freeLoopbackPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      server.close(() => (port > 0 ? resolve(port) : reject(new Error('no free loopback port'))));
    });
  });
}

export const reuseDispatcher = process.env.BERTH_BENCH_REUSE_DISPATCHER === '1';

/** BERTH_BENCH_BFF_NODE_OPTIONS reaches the BFF alone (e.g. --cpu-prof); the dispatcher experiment is preloaded after tsx. */
function bffNodeOptions(): string {
  const experiment = reuseDispatcher ? `--import tsx --import ${path.join(import.meta.dirname, '../profiling/reuse-dispatcher.ts')}` : undefined;
  return [process.env.NODE_OPTIONS, process.env.BERTH_BENCH_BFF_NODE_OPTIONS, experiment].filter(Boolean).join(' ');
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

/** Starts the BFF on a free port; resolves once `/api/readyz` answers. Its log (one line per request) goes to `logFile`. */
export async function startBff(kubeconfig: string, logFile: string): Promise<RunningBff> {
  const port = await freeLoopbackPort();
  const url = `http://127.0.0.1:${port}`;
  const log = openSync(logFile, 'a');
  const child = spawn(process.execPath, ['--import', 'tsx', 'apps/bff/src/main.ts', '--port', String(port), '--kubeconfig', kubeconfig], {
    cwd: repoRoot,
    stdio: ['ignore', log, log],
    env: { ...process.env, NODE_OPTIONS: bffNodeOptions() },
  });
  closeSync(log);
  const pid = child.pid;
  if (pid === undefined) throw new Error('could not start the BFF');
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    process.kill(pid, 'SIGTERM');
    await Promise.race([exited(child), sleep(20_000)]);
  };
  // A stale SPA build makes the first start run `vite build` (about a minute on 2 cores).
  const deadline = Date.now() + 240_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the BFF exited with code ${child.exitCode}; see ${logFile}`);
    if (await isReady(url)) return { url, pid, stop };
    await sleep(200);
  }
  await stop();
  throw new Error(`the BFF did not become ready; see ${logFile}`);
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
