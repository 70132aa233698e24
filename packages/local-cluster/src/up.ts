// `up`: reuse a running cluster, or provision what is missing and start one detached supervisor, then wait until ready.
// `clusters: N` does the same for clusters 2..N, each its own supervisor beside the first (see cluster-plan.ts).
import { spawn } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { ensureKubeBinaries, ensureKubectl, type KubeBinaries } from './binaries';
import { clusterEnv } from './cluster-env';
import { clusterPlan, defaultPorts, type LocalClusterPorts } from './cluster-plan';
import { isSupervisorCommand, readClusterState, supervisorEntry } from './cluster-state';
import { nodeOptionsFromEnv } from './node-agent/node-env';
import { ensureDebianPackages } from './debian-packages';
import { stopCluster, stopSupervised } from './down';
import { cacheDir, logFile, type StatePaths, statePaths } from './paths';
import { clusterStatus } from './status';
import { isAlive, isOurs, terminate } from './processes';
import type { SupervisorConfig } from './supervisor-main';
import { withUpLock } from './up-lock';

export interface ClusterEnv {
  env: Record<string, string>;
  /** False when an already running cluster was reused; only the starter should stop it. */
  startedByUs: boolean;
}

export interface UpOptions {
  fresh?: boolean;
  stateDir?: string;
  /** Progress lines (step and elapsed seconds); console.error by default. */
  onProgress?: (line: string) => void;
  readyTimeoutMs?: number;
  /** How many clusters to have running (1 by default); further ones are added beside a running first. */
  clusters?: number;
  /** Ports of a new set (a private set in tests); a running first cluster's own ports win. */
  ports?: LocalClusterPorts;
}

export class ClusterStartError extends Error {
  constructor(
    message: string,
    readonly logTail: string,
  ) {
    super(message);
    this.name = 'ClusterStartError';
  }
}

function tail(file: string, lines = 30): string {
  if (!existsSync(file)) return '';
  return readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
}

/** What a first start needs on this machine (packages, control-plane binaries, kubectl); instant when cached. */
export async function provision(): Promise<{ binaries: KubeBinaries; kubectl: string }> {
  await ensureDebianPackages();
  const cache = cacheDir();
  return { binaries: await ensureKubeBinaries(cache), kubectl: await ensureKubectl(cache) };
}

/** `BERTH_PULL_BACKOFF_MS=1000,8000` shortens the node agent's image-pull back-off (tests); unset keeps the kubelet's 10 s..5 min. */
export function pullBackoffFromEnv(value: string | undefined): { initialMs: number; maxMs: number } | undefined {
  if (!value) return undefined;
  const [initialMs, maxMs] = value.split(',').map(Number);
  if (!Number.isInteger(initialMs) || !Number.isInteger(maxMs) || !initialMs || !maxMs || initialMs > maxMs) {
    throw new Error(
      `BERTH_PULL_BACKOFF_MS must be "initialMs,maxMs" with 0 < initial <= max, not ${JSON.stringify(value)}`,
    );
  }
  return { initialMs, maxMs };
}

export async function ensureClusterUp(options: UpOptions = {}): Promise<ClusterEnv> {
  const paths = statePaths(options.stateDir);
  const started = Date.now();
  const progress = (line: string) =>
    (options.onProgress ?? console.error)(
      `[berth cluster ${((Date.now() - started) / 1000).toFixed(1).padStart(5)}s] ${line}`,
    );
  const count = options.clusters ?? 1;
  clusterPlan(count, paths.root);
  return withUpLock(
    paths.root,
    (pid) => progress(`another \`cluster up\` (pid ${pid}) is starting the cluster; waiting for it`),
    async () => {
      let { startedByUs } = await startOrReuse(paths, options, progress);
      const ports = readSupervisorConfig(paths)?.ports ?? options.ports ?? defaultPorts;
      for (let index = 2; index <= count; index++) {
        const plan = clusterPlan(index, paths.root, ports);
        const member = { index, firstStateDir: paths.root, registryMirror: clusterEnv(paths).BERTH_MIRROR ?? '' };
        const added = await startOrReuse(
          statePaths(plan.stateDir),
          { ...options, ports, fresh: false },
          (line) => progress(`${plan.name}: ${line}`),
          member,
        );
        startedByUs ||= added.startedByUs;
      }
      return { env: clusterEnv(paths), startedByUs };
    },
  );
}

function readSupervisorConfig(paths: StatePaths): SupervisorConfig | undefined {
  if (!existsSync(paths.supervisorConfig)) return undefined;
  return JSON.parse(readFileSync(paths.supervisorConfig, 'utf8')) as SupervisorConfig;
}

/** One cluster of the set: cluster 1 (no `member`) or cluster N, which runs over cluster 1's etcd and registries. */
async function startOrReuse(
  paths: StatePaths,
  options: UpOptions,
  progress: (line: string) => void,
  member?: SupervisorConfig['member'],
): Promise<ClusterEnv> {
  if (options.fresh) {
    await stopCluster(paths);
    // Everything but the lock we hold.
    for (const entry of readdirSync(paths.root)) {
      if (entry !== 'up.lock') rmSync(path.join(paths.root, entry), { recursive: true, force: true });
    }
    progress(`wiped ${paths.root}`);
  }
  const existing = readClusterState(paths);
  if (existing && isOurs(existing.supervisorPid, isSupervisorCommand(paths))) {
    const { dead } = clusterStatus(paths);
    if (!existing.ready && dead.length === 0) {
      progress(`another start is in progress (supervisor pid ${existing.supervisorPid}); waiting for it`);
      await waitUntilReady(paths, existing.supervisorPid, progress, options.readyTimeoutMs);
      return { env: clusterEnv(paths), startedByUs: false };
    }
    if (dead.length === 0) return { env: clusterEnv(paths), startedByUs: false };
    progress(`${dead.join(', ')} stopped since the start; restarting the cluster`);
  }
  // A supervisor that died (kill -9, reboot) leaves its record; clear it and anything of it still running.
  if (existing) await (member ? stopSupervised(paths) : stopCluster(paths));

  progress('checking Debian packages and binaries');
  const { binaries, kubectl } = await provision();
  mkdirSync(paths.logs, { recursive: true, mode: 0o700 });
  rmSync(paths.envJson, { force: true });
  const pullBackoff = pullBackoffFromEnv(process.env.BERTH_PULL_BACKOFF_MS);
  const config: SupervisorConfig = {
    stateDir: paths.root,
    binaries,
    kubectl,
    ...(pullBackoff ? { pullBackoff } : {}),
    ...nodeOptionsFromEnv(process.env),
    ...(options.ports ? { ports: options.ports } : {}),
    ...(member ? { member } : {}),
  };
  writeFileSync(paths.supervisorConfig, `${JSON.stringify(config, null, 2)}\n`, { mode: 0o600 });

  const supervisorPid = spawnSupervisor(paths);
  progress(`supervisor started (pid ${supervisorPid}); logs in ${paths.logs}`);
  // Until it is ready, the supervisor is part of this command: interrupting `up` must not leave it behind.
  const interrupted = new AbortController();
  const abandon = () => {
    if (interrupted.signal.aborted) return;
    interrupted.abort();
    progress('interrupted: stopping the supervisor');
    void terminate([supervisorPid], 30_000).then(() => process.exit(130));
  };
  const signals = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;
  for (const name of signals) process.on(name, abandon);
  try {
    await waitUntilReady(paths, supervisorPid, progress, options.readyTimeoutMs, interrupted.signal);
  } catch (error) {
    await terminate([supervisorPid], 30_000);
    throw error;
  } finally {
    for (const name of signals) process.off(name, abandon);
  }
  return { env: clusterEnv(paths), startedByUs: true };
}

function spawnSupervisor(paths: StatePaths): number {
  const log = openSync(logFile(paths, 'supervisor'), 'a');
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', path.join(import.meta.dirname, supervisorEntry), paths.supervisorConfig],
    // Its own session: a terminal's Ctrl-C or hangup reaches `up`, which decides; the running cluster outlives `up`.
    { detached: true, stdio: ['ignore', log, log], cwd: path.resolve(import.meta.dirname, '..') },
  );
  closeSync(log);
  if (child.pid === undefined) throw new Error('could not start the local cluster supervisor');
  child.unref();
  return child.pid;
}

async function waitUntilReady(
  paths: StatePaths,
  supervisorPid: number,
  progress: (line: string) => void,
  timeoutMs = 300_000,
  interrupted?: AbortSignal,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let lastPhase = '';
  for (;;) {
    // After Ctrl-C the interrupt handler owns the ending (stop the supervisor, exit 130); stop reporting.
    if (interrupted?.aborted) return new Promise<void>(() => undefined);
    const state = readClusterState(paths);
    if (state && state.supervisorPid === supervisorPid && state.phase !== lastPhase) {
      lastPhase = state.phase;
      progress(state.phase);
    }
    if (state?.supervisorPid === supervisorPid && state.ready) return;
    if (!isAlive(supervisorPid) || state?.failed) {
      await sleep(200);
      const failing = state?.failed?.service;
      const file = logFile(paths, failing ?? 'supervisor');
      throw new ClusterStartError(
        `the local cluster did not start: ${state?.failed?.message ?? 'the supervisor exited'} (log: ${file})`,
        tail(file),
      );
    }
    if (Date.now() > deadline) {
      throw new ClusterStartError(
        `the local cluster was not ready after ${timeoutMs / 1000} s`,
        tail(logFile(paths, 'supervisor')),
      );
    }
    await sleep(100);
  }
}
