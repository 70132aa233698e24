// The detached supervisor: provisions per-state-dir files, starts every service in order, records them, stops them on TERM.
// Cluster 1's runs etcd and the registries too; cluster N's runs only its control plane and node, over those.
import { readFileSync, writeFileSync } from 'node:fs';
import { connect } from 'node:tls';
import type { KubeBinaries } from './binaries';
import { clusterPlan, defaultPorts, type LocalClusterPorts } from './cluster-plan';
import { type ClusterState, writeClusterState } from './cluster-state';
import { apiserverService, controllerManagerService, etcdService, schedulerService } from './control-plane';
import { contextName, type KubeconfigInput, withContext, writeKubeconfig } from './kubeconfig';
import type { NodeResources } from './node-agent/node-resources';
import { parseMirrorFlags } from './node-agent/registry-mirror';
import { statePaths } from './paths';
import { apiserverCertificate, ensureKubeletClientCertificates, ensureServiceAccountKeys } from './pki';
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
  /** The set's ports (a private set in tests); 6443, 23790 and 5000-5003 by default. */
  ports?: LocalClusterPorts;
  /** Cluster 2 and up: which one, and the first cluster whose etcd, registries and kubeconfigs it shares. */
  member?: { index: number; firstStateDir: string; registryMirror: string };
}

const config = JSON.parse(readFileSync(process.argv.at(-1) ?? '', 'utf8')) as SupervisorConfig;
const paths = statePaths(config.stateDir);
const ports = config.ports ?? defaultPorts;
const plan = clusterPlan(config.member?.index ?? 1, config.member?.firstStateDir ?? config.stateDir, ports);
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
    const socket = connect({ host: '127.0.0.1', port: plan.apiserverPort, ca: readFileSync(caFile) }, () => {
      resolve(socket.authorized);
      socket.end();
    });
    socket.on('error', () => resolve(false));
  });
}

function writeKubeconfigs(tokens: ClusterTokens, certificateAuthority?: string): void {
  const entry = { server: plan.apiserverUrl, certificateAuthority, clusterName: plan.name };
  writeKubeconfig(paths.adminKubeconfig, { ...entry, user: adminUser, token: tokens.admin });
  writeKubeconfig(paths.restrictedKubeconfig, { ...entry, user: restrictedUser, token: tokens.restricted });
}

/** Cluster N's contexts join the first cluster's kubeconfigs, whose current context stays the first cluster's. */
function addToFirstKubeconfigs(firstStateDir: string, tokens: ClusterTokens, certificateAuthority?: string): void {
  const first = statePaths(firstStateDir);
  const entry = { server: plan.apiserverUrl, certificateAuthority, clusterName: plan.name };
  const add = (file: string, input: KubeconfigInput) =>
    writeFileSync(file, withContext(readFileSync(file, 'utf8'), input), { mode: 0o600 });
  add(first.adminKubeconfig, { ...entry, user: adminUser, token: tokens.admin });
  add(first.restrictedKubeconfig, { ...entry, user: restrictedUser, token: tokens.restricted });
}

/** Settles later, but a rejection before anyone awaits it must not crash the supervisor as "unhandled". */
function started<T>(promise: Promise<T>): Promise<T> {
  promise.catch(() => undefined);
  return promise;
}

/** Cluster 1 starts and seeds the registries; cluster N is served by the first cluster's. Resolves BERTH_MIRROR. */
function startRegistries(): { mirror: Promise<string>; seeded: Promise<void>; env: Promise<Record<string, string>> } {
  if (config.member) {
    const { registryMirror } = config.member;
    return { mirror: Promise.resolve(registryMirror), seeded: Promise.resolve(), env: Promise.resolve({}) };
  }
  const registries = started(prepareRegistries({ stateDir: paths.root, ports: ports.registries }));
  const seeded = started(
    registries.then(async (prepared) => {
      await Promise.all(prepared.services.map((service) => supervisor.start(service)));
      await prepared.seed();
      log('registries seeded');
    }),
  );
  // A registry that cannot start fails the whole start now, not after the control plane is up.
  seeded.catch(fail);
  const env = registries.then((prepared) => prepared.env);
  return { mirror: env.then((values) => values.BERTH_MIRROR ?? ''), seeded, env };
}

/** What `cluster env` exports: cluster 1's as always; cluster N's under names ending in _N. */
async function clusterEnvValues(registriesEnv: Promise<Record<string, string>>): Promise<Record<string, string>> {
  if (config.member) {
    const suffix = String(plan.index);
    return {
      [`BERTH_KUBECONTEXT_${suffix}`]: contextName(adminUser, plan.name),
      [`BERTH_SERVER_${suffix}`]: plan.apiserverUrl,
      [`BERTH_KUBECONFIG_${suffix}`]: paths.adminKubeconfig,
    };
  }
  return {
    KUBECONFIG: paths.adminKubeconfig,
    BERTH_RESTRICTED_KUBECONFIG: paths.restrictedKubeconfig,
    BERTH_KUBECTL: config.kubectl,
    ...(await registriesEnv),
  };
}

async function run(): Promise<void> {
  save();
  const keys = await ensureServiceAccountKeys(paths.pki);
  const kubeletClient = await ensureKubeletClientCertificates(paths.pki);
  const tokens = ensureTokens(paths.tokenFile);
  writeKubeconfigs(tokens);

  // The registries need nothing of the control plane: they start and seed while etcd and the apiserver come up.
  const registries = startRegistries();
  if (!config.member) {
    phase('starting etcd');
    await supervisor.start(etcdService(paths, ports));
  }
  phase('starting kube-apiserver');
  const apiserverReady = supervisor.start(
    apiserverService(config.binaries, paths, keys, tokens.admin, {
      port: plan.apiserverPort,
      etcdUrl: plan.etcdUrl,
      etcdPrefix: plan.etcdPrefix,
      kubeletClient,
    }),
  );
  // @kubernetes/client-node takes a second to load, blocking: it loads while the apiserver starts, not before etcd.
  const rbac = started(import('./rbac'));
  const nodeAgent = started(import('./node-agent/node-agent-service'));
  await apiserverReady;
  const certificate = apiserverCertificate(paths.pki);
  const certificateAuthority = (await certificateVerifies(certificate)) ? certificate : undefined;
  writeKubeconfigs(tokens, certificateAuthority);
  if (config.member) addToFirstKubeconfigs(config.member.firstStateDir, tokens, certificateAuthority);

  // The node agent needs only the API and the mirror map; it registers while the rest starts.
  const nodeReady = started(
    Promise.all([nodeAgent, registries.mirror, import('./node-readiness')]).then(
      ([agent, mirror, { readyAfterOwnHeartbeat }]) => {
        // BERTH_MIRROR is `docker.io=http://127.0.0.1:5001`, the node agent's own --mirror form, comma-separated when several.
        const mirrors = parseMirrorFlags(mirror.split(',').filter(Boolean));
        const kubeconfigPath = paths.adminKubeconfig;
        const service = agent.nodeAgentService(
          {
            stateDir: paths.root,
            kubeconfigPath,
            mirrors,
            ...(config.pullBackoff ? { backoff: config.pullBackoff } : {}),
            ...(config.resources ? { resources: config.resources } : {}),
            ...(config.runMs ? { runMs: config.runMs } : {}),
            kubeletPort: plan.kubeletPort,
            clientCaFile: kubeletClient.certificateAuthority,
          },
          plan.nodeName,
        );
        return supervisor.start(readyAfterOwnHeartbeat(service, kubeconfigPath, plan.nodeName));
      },
    ),
  );
  phase('apiserver ready; applying RBAC for team-a');
  await (await rbac).applyRestrictedAccess(paths.adminKubeconfig);
  phase('starting kube-controller-manager and kube-scheduler');
  await supervisor.start(controllerManagerService(config.binaries, paths, keys));
  await supervisor.start(schedulerService(config.binaries, paths));
  phase('waiting for the registries to be seeded and the node to be Ready');
  await registries.seeded;
  await nodeReady;

  const env = await clusterEnvValues(registries.env);
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
