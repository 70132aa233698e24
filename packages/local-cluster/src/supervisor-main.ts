// The detached supervisor: provisions per-state-dir files, starts every service in order, records them, stops them on TERM.
import { readFileSync, writeFileSync } from 'node:fs';
import { connect } from 'node:tls';
import type { KubeBinaries } from './binaries';
import { type ClusterState, writeClusterState } from './cluster-state';
import {
  apiserverService,
  apiserverUrl,
  controllerManagerService,
  etcdService,
  schedulerService,
} from './control-plane';
import { writeKubeconfig } from './kubeconfig';
import type { NodeResources } from './node-agent/node-resources';
import { parseMirrorFlags } from './node-agent/registry-mirror';
import { statePaths } from './paths';
import { apiserverCertificate, ensureServiceAccountKeys } from './pki';
import { prepareRegistries } from './registries/prepare-registries';
import { ServiceFailedError, Supervisor } from './supervisor';
import { adminUser, type ClusterTokens, ensureTokens, restrictedUser } from './tokens';

export interface SupervisorConfig {
  stateDir: string;
  binaries: KubeBinaries;
  kubectl: string;
  pullBackoff?: { initialMs: number; maxMs: number };
  /** The node's CPU, memory and pods (BERTH_NODE_CPU, BERTH_NODE_MEMORY); the machine's by default. */
  resources?: NodeResources;
  /** How long a Job's container runs (BERTH_JOB_RUN_MS). */
  runMs?: number;
}

const config = JSON.parse(readFileSync(process.argv.at(-1) ?? '', 'utf8')) as SupervisorConfig;
const paths = statePaths(config.stateDir);
const log = (line: string) => console.error(`[berth supervisor ${new Date().toISOString()}] ${line}`);
const state: ClusterState = {
  supervisorPid: process.pid,
  startedAt: new Date().toISOString(),
  phase: 'starting',
  ready: false,
  services: [],
};
const save = () => writeClusterState(paths, state);
const supervisor = new Supervisor(paths, log, (records) => {
  state.services = records;
  save();
});

function phase(text: string): void {
  state.phase = text;
  log(text);
  save();
}

/** The apiserver's self-signed certificate verifies for 127.0.0.1 once it exists; else kubeconfigs skip verification. */
function certificateVerifies(caFile: string): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host: '127.0.0.1', port: 6443, ca: readFileSync(caFile) }, () => {
      resolve(socket.authorized);
      socket.end();
    });
    socket.on('error', () => resolve(false));
  });
}

function writeKubeconfigs(tokens: ClusterTokens, certificateAuthority?: string): void {
  const server = apiserverUrl;
  writeKubeconfig(paths.adminKubeconfig, { server, user: adminUser, token: tokens.admin, certificateAuthority });
  writeKubeconfig(paths.restrictedKubeconfig, {
    server,
    user: restrictedUser,
    token: tokens.restricted,
    certificateAuthority,
  });
}

/** Settles later, but a rejection before anyone awaits it must not crash the supervisor as "unhandled". */
function started<T>(promise: Promise<T>): Promise<T> {
  promise.catch(() => undefined);
  return promise;
}

async function run(): Promise<void> {
  save();
  const keys = await ensureServiceAccountKeys(paths.pki);
  const tokens = ensureTokens(paths.tokenFile);
  writeKubeconfigs(tokens);

  // The registries need nothing of the control plane: they start and seed while etcd and the apiserver come up.
  const registries = started(prepareRegistries({ stateDir: paths.root }));
  const registriesSeeded = started(
    registries.then(async (prepared) => {
      await Promise.all(prepared.services.map((service) => supervisor.start(service)));
      await prepared.seed();
      log('registries seeded');
    }),
  );
  // A registry that cannot start fails the whole start now, not after the control plane is up.
  registriesSeeded.catch(fail);
  phase('starting etcd');
  await supervisor.start(etcdService(paths));
  phase('starting kube-apiserver');
  const apiserverReady = supervisor.start(apiserverService(config.binaries, paths, keys, tokens.admin));
  // @kubernetes/client-node takes a second to load, blocking: it loads while the apiserver starts, not before etcd.
  const rbac = started(import('./rbac'));
  const nodeAgent = started(import('./node-agent/node-agent-service'));
  await apiserverReady;
  const certificate = apiserverCertificate(paths.pki);
  writeKubeconfigs(tokens, (await certificateVerifies(certificate)) ? certificate : undefined);

  // The node agent needs only the API and the mirror map; it registers while the rest starts.
  const nodeReady = started(
    Promise.all([nodeAgent, registries, import('./node-readiness')]).then(
      ([agent, { env }, { readyAfterOwnHeartbeat }]) => {
        // BERTH_MIRROR is `docker.io=http://127.0.0.1:5001`, the node agent's own --mirror form, comma-separated when several.
        const mirrors = parseMirrorFlags((env.BERTH_MIRROR ?? '').split(',').filter(Boolean));
        const kubeconfigPath = paths.adminKubeconfig;
        const service = agent.nodeAgentService({
          stateDir: paths.root,
          kubeconfigPath,
          mirrors,
          ...(config.pullBackoff ? { backoff: config.pullBackoff } : {}),
          ...(config.resources ? { resources: config.resources } : {}),
          ...(config.runMs ? { runMs: config.runMs } : {}),
        });
        return supervisor.start(readyAfterOwnHeartbeat(service, kubeconfigPath, agent.nodeName));
      },
    ),
  );
  phase('apiserver ready; applying RBAC for team-a');
  await (await rbac).applyRestrictedAccess(paths.adminKubeconfig);
  phase('starting kube-controller-manager and kube-scheduler');
  await supervisor.start(controllerManagerService(config.binaries, paths, keys));
  await supervisor.start(schedulerService(config.binaries, paths));
  phase('waiting for the registries to be seeded and the node to be Ready');
  await registriesSeeded;
  await nodeReady;

  const env: Record<string, string> = {
    KUBECONFIG: paths.adminKubeconfig,
    BERTH_RESTRICTED_KUBECONFIG: paths.restrictedKubeconfig,
    BERTH_KUBECTL: config.kubectl,
    ...(await registries).env,
  };
  writeFileSync(paths.envJson, `${JSON.stringify(env, null, 2)}\n`, { mode: 0o600 });
  state.ready = true;
  state.readyAt = new Date().toISOString();
  phase('ready');
}

let shuttingDown = false;
async function shutdown(code: number): Promise<never> {
  if (!shuttingDown) {
    shuttingDown = true;
    phase('stopping every service');
    await supervisor.stopAll();
    log(`stopped; exiting with ${code}`);
  }
  process.exit(code);
}

for (const name of ['SIGTERM', 'SIGINT', 'SIGHUP'] as const) {
  process.on(name, () => void shutdown(0));
}

async function fail(error: unknown): Promise<void> {
  // Stopping while starting makes the pending start fail; that is the stop, not a failure to report.
  if (supervisor.isStopping) return;
  const message = error instanceof Error ? error.message : String(error);
  state.failed = { service: error instanceof ServiceFailedError ? error.service : undefined, message };
  phase(`failed: ${message}`);
  await shutdown(1);
}

run().catch(fail);
