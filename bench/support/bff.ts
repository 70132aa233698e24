// The BFF as `npm start` runs it (its node flags, scripts/start.mjs, the esbuild bundle), plus what the benchmarks read of it: memory and sockets.
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync, readlinkSync } from 'node:fs';
import { type RunningBff, startBff as startE2eBff } from '../../e2e/support/bff-process';
import { repoRoot } from '../../scripts/repo-root.mjs';

export type { RunningBff } from '../../e2e/support/bff-process';

/** Bundles the BFF now if its sources changed, so no timed start includes esbuild. */
export function ensureBffBundled(): void {
  const result = spawnSync(process.execPath, ['scripts/bundle-bff.mjs'], { cwd: repoRoot, stdio: ['ignore', 2, 2] });
  if (result.status !== 0) throw new Error(`bundling the BFF failed (exit ${String(result.status)})`);
}

/**
 * The BFF as `npm start` runs it, with BERTH_BENCH_BFF_NODE_OPTIONS (e.g. --cpu-prof) as its NODE_OPTIONS;
 * `env` adds its settings (e.g. `BERTH_AUTH: 'token'` for sign-in mode).
 */
export function startBff(kubeconfig: string, logFile: string, env: Record<string, string> = {}): Promise<RunningBff> {
  const nodeOptions = [process.env.NODE_OPTIONS, process.env.BERTH_BENCH_BFF_NODE_OPTIONS].filter(Boolean).join(' ');
  return startE2eBff(kubeconfig, logFile, { ...env, NODE_OPTIONS: nodeOptions });
}

/** CPU time (user + system) the process has used so far, in ms, from /proc/<pid>/stat. */
export function cpuMs(pid: number): number {
  // Fields after the command's closing parenthesis: state is the 3rd field, utime the 14th, stime the 15th.
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
  const ticks = Number(fields[11]) + Number(fields[12]);
  // USER_HZ is 100 on Linux.
  return ticks * 10;
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
