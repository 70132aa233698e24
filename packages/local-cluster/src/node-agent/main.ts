// The node agent process: registers the node, heartbeats, syncs its pods; exits with its parent.
import path from 'node:path';
import { CoreV1Api, KubeConfig } from '@kubernetes/client-node';
import { ensureKubeletServingCertificate } from '../pki';
import { ContainerLogs } from './container-logs';
import { startKubeletServer } from './kubelet-server';
import { parseFlags } from './flags';
import { errorText, jsonLineLog } from './log';
import { heartbeatIntervalMs, startNodeHeartbeat } from './node-heartbeat';
import { nodeIP, nodeName } from './node-object';
import { apiEventRecorder } from './pod-events';
import { PodSyncLoop } from './pod-sync-loop';
import { PulledImages } from './pulled-images';
import { PodSyncer } from './sync-pod';

const log = jsonLineLog();

async function main(): Promise<void> {
  const options = parseFlags(process.argv.slice(2));
  const kubeConfig = new KubeConfig();
  kubeConfig.loadFromFile(options.kubeconfigPath);
  const core = kubeConfig.makeApiClient(CoreV1Api);

  // Per node, since two clusters' agents may share a state dir's parent.
  const logs = new ContainerLogs(path.join(options.stateDir, 'pod-logs', nodeName));
  const serving = await ensureKubeletServingCertificate(
    path.join(options.stateDir, 'kubelet', nodeName),
    nodeName,
    nodeIP,
  );
  const server = await startKubeletServer({
    core,
    logs,
    log,
    nodeName,
    address: nodeIP,
    port: options.kubeletPort,
    ...serving,
    ...(options.clientCaFile ? { clientCertificateAuthority: options.clientCaFile } : {}),
  });
  const stopHeartbeat = startNodeHeartbeat(core, log, options.resources, heartbeatIntervalMs, {
    kubeletPort: options.kubeletPort,
    taints: options.taints,
  });
  const syncer = new PodSyncer({
    core,
    mirrors: options.mirrors,
    backoff: options.backoff,
    pulledImages: PulledImages.inStateDir(options.stateDir),
    recordEvent: apiEventRecorder(core, log),
    log,
    now: () => Date.now(),
    runMs: options.runMs,
    containerLogs: logs,
  });
  const loop = new PodSyncLoop(kubeConfig, core, syncer, log);
  await loop.start();
  log('node-agent-started', {
    mirrors: options.mirrors,
    backoff: options.backoff,
    resources: options.resources,
    runMs: options.runMs,
    kubeletPort: options.kubeletPort,
    clientCertificates: options.clientCaFile ? 'required' : 'any',
  });

  const shutdown = (why: string): void => {
    log('node-agent-stopping', { why });
    stopHeartbeat();
    logs.stop();
    server.close();
    void loop.stop().finally(() => process.exit(0));
  };
  process.once('SIGTERM', () => shutdown('SIGTERM'));
  process.once('SIGINT', () => shutdown('SIGINT'));
  // Orphaned (the supervisor died without stopping us): no process must outlive `cluster down`.
  const parent = process.ppid;
  setInterval(() => {
    if (process.ppid !== parent) shutdown('parent exited');
  }, 1_000).unref();
}

main().catch((error: unknown) => {
  log('node-agent-failed', { error: errorText(error) });
  process.exit(1);
});
