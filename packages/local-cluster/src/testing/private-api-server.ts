// A second, stoppable kube-apiserver over the shared cluster's etcd: an HA peer that fault tests may stop and start.
import { type ChildProcess, spawn } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import { createConnection } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { readClusterState } from '../cluster-state';
import { apiserverService } from '../control-plane';
import { writeKubeconfig } from '../kubeconfig';
import { statePaths } from '../paths';
import { apiserverCertificate } from '../pki';
import { terminate } from '../processes';
import type { ServiceSpec } from '../service';
import { adminUser, parseTokenFile } from '../tokens';
import { freeLoopbackPort } from './free-port';

export interface PrivateApiServer {
  /** https://127.0.0.1:<port> */
  url: string;
  /** An admin kubeconfig (in a temp dir) whose server is `url`: same CA and admin token as the shared cluster. */
  kubeconfigPath: string;
  /** SIGTERM to its pid; resolves once the process exited and the port refuses connections. */
  stop(): Promise<void>;
  /** Starts it again on the same port; resolves when /readyz answers 200. */
  start(): Promise<void>;
  /** stop + remove its temp files; safe to call twice. */
  close(): Promise<void>;
}

const readyTimeoutMs = 60_000;
const stopGraceMs = 10_000;

function refusesConnections(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(false);
    });
    socket.once('error', () => resolve(true));
  });
}

function logTail(file: string, lines = 20): string {
  try {
    return readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
  } catch {
    return '(no log)';
  }
}

/** The shared cluster's apiserver binary, token file and keys: the peer must be the same build with the same secrets. */
function sharedClusterSpec(
  port: number,
  watchCache: boolean,
  flags: readonly string[],
): { spec: ServiceSpec; adminToken: string } {
  const paths = statePaths();
  const state = readClusterState(paths);
  const binary = state?.ready
    ? state.services.find((service) => service.name === 'kube-apiserver')?.command
    : undefined;
  if (!binary)
    throw new Error(
      `the shared local cluster in ${paths.root} is not up: lease it first (integration or e2e global setup)`,
    );
  const adminToken = parseTokenFile(readFileSync(paths.tokenFile, 'utf8'))?.admin;
  if (!adminToken) throw new Error(`no admin token in ${paths.tokenFile}`);
  const keys = { privateKey: path.join(paths.pki, 'sa.key'), publicKey: path.join(paths.pki, 'sa.pub') };
  const extraArgs = [
    // An HA peer must not fight the shared apiserver over the `kubernetes` Service endpoints.
    '--endpoint-reconciler-type=none',
    ...(watchCache ? [] : ['--watch-cache=false']),
    ...flags,
  ];
  return {
    spec: apiserverService({ kubeApiserver: binary }, paths, keys, adminToken, { port, extraArgs }),
    adminToken,
  };
}

/** `extraArgs`: more kube-apiserver flags, e.g. `--client-ca-file` for client certificate tests. */
export async function startPrivateApiServer(
  options: { watchCache?: boolean; extraArgs?: readonly string[] } = {},
): Promise<PrivateApiServer> {
  const port = await freeLoopbackPort();
  const { spec, adminToken } = sharedClusterSpec(port, options.watchCache ?? true, options.extraArgs ?? []);
  const url = `https://127.0.0.1:${String(port)}`;
  const dir = mkdtempSync(path.join(tmpdir(), 'berth-private-apiserver-'));
  const logPath = path.join(dir, 'kube-apiserver.log');
  const kubeconfigPath = path.join(dir, 'admin.kubeconfig');
  writeKubeconfig(kubeconfigPath, {
    server: url,
    user: adminUser,
    token: adminToken,
    certificateAuthority: apiserverCertificate(statePaths().pki),
  });
  let child: ChildProcess | undefined;
  let exited: Promise<void> = Promise.resolve();
  let closed = false;

  async function stop(): Promise<void> {
    const running = child;
    child = undefined;
    if (running?.pid !== undefined && running.exitCode === null && running.signalCode === null) {
      await terminate([running.pid], stopGraceMs);
    }
    await exited;
    const deadline = Date.now() + stopGraceMs;
    while (!(await refusesConnections(port))) {
      if (Date.now() > deadline)
        throw new Error(`port ${String(port)} still accepts connections after the private apiserver exited`);
      await sleep(50);
    }
  }

  async function start(): Promise<void> {
    if (closed) throw new Error('this private API server is closed');
    if (child) return;
    const fd = openSync(logPath, 'a');
    // --pdeathsig: the kernel kills it when the process that started it dies, so it never outlives the test run.
    const started = spawn('setpriv', ['--pdeathsig', 'KILL', '--', spec.command, ...spec.args], {
      stdio: ['ignore', fd, fd],
    });
    closeSync(fd);
    child = started;
    let gone = false;
    exited = new Promise((resolve) => started.once('exit', () => resolve()));
    void exited.then(() => (gone = true));
    const deadline = Date.now() + readyTimeoutMs;
    for (;;) {
      if (gone) break;
      if (await spec.isReady().catch(() => false)) return;
      if (Date.now() > deadline) break;
      await sleep(200);
    }
    await stop();
    const why = gone ? 'exited before it was ready' : `not ready after ${String(readyTimeoutMs / 1000)} s`;
    throw new Error(`private kube-apiserver on ${url} ${why}; log tail:\n${logTail(logPath)}`);
  }

  // The kubeconfig holds the admin token: gone with the test process even when nobody called close().
  const removeFiles = () => rmSync(dir, { recursive: true, force: true });
  process.once('exit', removeFiles);

  async function close(): Promise<void> {
    closed = true;
    await stop();
    removeFiles();
    process.off('exit', removeFiles);
  }

  try {
    await start();
  } catch (error) {
    await close();
    throw error;
  }
  return { url, kubeconfigPath, stop, start, close };
}
